import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createLeadsStore } from '@/lib/db/migrations/001-create-leads';
import { indexReminderDueDates } from '@/lib/db/migrations/002-index-reminder-due-dates';
import { openLeadsDb } from '@/lib/db/open';
import { LEADS_DB_NAME, LEADS_DB_VERSION, type LeadsDBV2 } from '@/lib/db/schema';
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

/** A database exactly as the v2 build left it. */
async function seedVersion2(): Promise<void> {
  const db = await openDB<LeadsDBV2>(LEADS_DB_NAME, 2, {
    upgrade(upgrading, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) createLeadsStore(upgrading as never);
      indexReminderDueDates(transaction);
    },
  });
  await Promise.all([WITH_REMINDER, PLAIN].map((lead) => db.put('leads', lead)));
  db.close();
}

describe('migration 003: privacy and import stores', () => {
  it('should add the suppression, meta and import stores and leave every lead and index as it was', async () => {
    await seedVersion2();

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
    await seedVersion2();

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
