import { describe, expect, it } from 'vitest';
import { openLeadsDb } from '@/lib/db/open';
import { LEADS_DB_VERSION } from '@/lib/db/schema';
import { seedDatabaseAt } from '../../../fixtures/db-versions';
import { makeLead, storedByV3 } from '../../../fixtures/leads';

const WITH_REMINDER = storedByV3(
  makeLead(
    { stage: 'contact-later', reminder: { dueAt: '2026-04-01T06:00:00.000Z', note: 'After their audit' } },
    { id: 'with-reminder' },
  ),
);
const PLAIN = storedByV3(
  makeLead({ person: { fullName: 'Ivan Petrenko', emails: ['ivan@rozetka.ua'], phones: [] } }, { id: 'plain' }),
);

describe('migration 003: privacy and import stores', () => {
  it('should add the suppression, meta and import stores and leave every lead and index as it was', async () => {
    await seedDatabaseAt(2, [WITH_REMINDER, PLAIN]);

    const db = await openLeadsDb();

    expect(db.version).toBe(LEADS_DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['importJobs', 'importRows', 'leads', 'meta', 'suppression']);
    expect([...db.transaction('leads').store.indexNames]).toEqual(['identityKeys', 'nearKeys', 'reminderDueAt', 'updatedAt']);
    // Later steps only add fields (004: the capture history, 005: near keys).
    expect((await db.getAll('leads')).map(storedByV3)).toEqual([PLAIN, WITH_REMINDER]);
    expect((await db.getAllFromIndex('leads', 'reminderDueAt')).map(storedByV3)).toEqual([WITH_REMINDER]);
    expect(await db.count('suppression')).toBe(0);
    expect(await db.count('importJobs')).toBe(0);
    db.close();
  });

  it('should generate one random salt for the suppression list, once', async () => {
    await seedDatabaseAt(2, [WITH_REMINDER, PLAIN]);

    const first = await openLeadsDb();
    const salts = await first.get('meta', 'suppressionSalts');
    first.close();
    const again = await openLeadsDb();
    const kept = await again.get('meta', 'suppressionSalts');
    again.close();

    expect(salts).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/)]);
    expect(kept).toEqual(salts);
  });
});
