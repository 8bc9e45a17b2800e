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
const WITHOUT_REMINDER = storedByV3(
  makeLead({ person: { fullName: 'Ivan Petrenko', emails: ['ivan@rozetka.ua'], phones: [] } }, { id: 'without' }),
);

describe('migration 002: index reminder due dates', () => {
  it('should index the reminders already stored and leave every record as it was', async () => {
    await seedDatabaseAt(1, [WITH_REMINDER, WITHOUT_REMINDER]);

    const db = await openLeadsDb();
    const ids = (leads: { id: string }[]) => leads.map((lead) => lead.id);

    expect(db.version).toBe(LEADS_DB_VERSION);
    expect([...db.transaction('leads').store.indexNames]).toEqual(['identityKeys', 'nearKeys', 'reminderDueAt', 'updatedAt']);
    expect(ids(await db.getAllFromIndex('leads', 'reminderDueAt'))).toEqual(['with-reminder']);
    // Later steps only add fields (004: the capture history, 005: near keys).
    expect((await db.getAll('leads')).map(storedByV3)).toEqual([WITH_REMINDER, WITHOUT_REMINDER]);
    db.close();
  });
});
