import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createLeadsStore } from '@/lib/db/migrations/001-create-leads';
import { openLeadsDb } from '@/lib/db/open';
import { LEADS_DB_NAME, LEADS_DB_VERSION, type LeadsDBV1 } from '@/lib/db/schema';
import { makeLead } from '../../../fixtures/leads';

const WITH_REMINDER = makeLead(
  { stage: 'contact-later', reminder: { dueAt: '2026-04-01T06:00:00.000Z', note: 'After their audit' } },
  { id: 'with-reminder' },
);
const WITHOUT_REMINDER = makeLead({ person: { fullName: 'Ivan Petrenko', emails: ['ivan@rozetka.ua'], phones: [] } }, { id: 'without' });

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

    expect(db.version).toBe(LEADS_DB_VERSION);
    expect([...db.transaction('leads').store.indexNames]).toEqual(['identityKeys', 'reminderDueAt', 'updatedAt']);
    expect(await db.getAllFromIndex('leads', 'reminderDueAt')).toEqual([WITH_REMINDER]);
    expect(await db.getAll('leads')).toEqual([WITH_REMINDER, WITHOUT_REMINDER]);
    db.close();
  });
});
