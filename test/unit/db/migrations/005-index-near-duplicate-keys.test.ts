import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createLeadsStore } from '@/lib/db/migrations/001-create-leads';
import { indexReminderDueDates } from '@/lib/db/migrations/002-index-reminder-due-dates';
import { addPrivacyAndImportStores } from '@/lib/db/migrations/003-add-privacy-and-import-stores';
import { recordCaptureHistory } from '@/lib/db/migrations/004-record-capture-history';
import { openLeadsDb } from '@/lib/db/open';
import { LEADS_DB_NAME, type LeadsDBV4, type LeadV4 } from '@/lib/db/schema';
import { makeStoredLead, storedByV4 } from '../../../fixtures/leads';

/** Keyed as v4 keyed them: a role mailbox was still a key, a name at a domain was not. */
const OLEKSANDR = storedByV4(
  makeStoredLead({
    id: 'oleksandr',
    person: { fullName: 'Олександр Шевченко', firstName: undefined, lastName: undefined, emails: ['info@finlytics.io'] },
    company: { name: 'Finlytics', domain: 'finlytics.io' },
    identityKeys: ['email:info@finlytics.io'],
  }),
);
const NO_COMPANY = storedByV4(
  makeStoredLead({ id: 'no-company', person: { fullName: 'Taras', emails: [] }, company: { name: undefined, domain: undefined }, identityKeys: [] }),
);

/** A database exactly as the v4 build left it. */
async function seedVersion4(leads: LeadV4[]): Promise<void> {
  const db = await openDB<LeadsDBV4>(LEADS_DB_NAME, 4, {
    async upgrade(upgrading, _old, _new, transaction) {
      createLeadsStore(upgrading as never);
      indexReminderDueDates(transaction as never);
      addPrivacyAndImportStores(upgrading as never, transaction as never);
      await recordCaptureHistory(transaction);
    },
  });
  await Promise.all(leads.map((lead) => db.put('leads', lead)));
  db.close();
}

describe('migration 005: index near-duplicate keys', () => {
  it('should key every stored lead for near duplicates and add the name-at-domain identity key, keeping the old keys', async () => {
    await seedVersion4([OLEKSANDR, NO_COMPANY]);

    const db = await openLeadsDb();
    const [noCompany, oleksandr] = await db.getAll('leads');

    expect(oleksandr).toEqual({
      ...OLEKSANDR,
      identityKeys: ['email:info@finlytics.io', 'name:олександр шевченко@finlytics.io'],
      nearKeys: [
        'name:d:finlytics.io:lksndr',
        'name:d:finlytics.io:svsnk',
        'name:n:finlytics:lksndr',
        'name:n:finlytics:svsnk',
      ],
    });
    expect(noCompany).toEqual({ ...NO_COMPANY, nearKeys: [] });
    expect(await db.getAllKeysFromIndex('leads', 'nearKeys', 'name:d:finlytics.io:svsnk')).toEqual(['oleksandr']);
    db.close();
  });
});
