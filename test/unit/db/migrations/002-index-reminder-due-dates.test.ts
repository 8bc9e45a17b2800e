import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createLeadsStore } from '@/lib/db/migrations/001-create-leads';
import { openLeadsDb } from '@/lib/db/open';
import { LEADS_DB_NAME, LEADS_DB_VERSION, type LeadsDBV1 } from '@/lib/db/schema';
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

/** A database exactly as the v1 build left it. */
async function seedVersion1(): Promise<void> {
  const db = await openDB<LeadsDBV1>(LEADS_DB_NAME, 1, { upgrade: (upgrading) => createLeadsStore(upgrading) });
  await Promise.all([WITH_REMINDER, WITHOUT_REMINDER].map((lead) => db.put('leads', lead)));
  db.close();
}

describe('migration 002: index reminder due dates', () => {
  it('should index the reminders already stored and leave every record as it was', async () => {
    await seedVersion1();

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
