import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createLeadsStore } from '@/lib/db/migrations/001-create-leads';
import { indexReminderDueDates } from '@/lib/db/migrations/002-index-reminder-due-dates';
import { addPrivacyAndImportStores } from '@/lib/db/migrations/003-add-privacy-and-import-stores';
import { recordCaptureHistory } from '@/lib/db/migrations/004-record-capture-history';
import { indexNearDuplicateKeys } from '@/lib/db/migrations/005-index-near-duplicate-keys';
import { openLeadsDb } from '@/lib/db/open';
import { LEADS_DB_NAME, type LeadsDBV5 } from '@/lib/db/schema';
import type { Lead } from '@/lib/leads/types';
import { makeStoredLead } from '../../../fixtures/leads';

/** A company's contact page as v5 stored it: no person on it, and so no identity key at all. */
const FINLYTICS = makeStoredLead({
  id: 'finlytics',
  person: { fullName: undefined, firstName: undefined, lastName: undefined, emails: ['sales@finlytics.io'] },
  company: { name: 'Finlytics', domain: 'finlytics.io', linkedinUrl: 'https://www.linkedin.com/company/finlytics/' },
  identityKeys: [],
});
/** A person with no key of their own (one word, no domain): still no key, and never the company's. */
const TARAS = makeStoredLead({
  id: 'taras',
  person: { fullName: 'Taras', emails: [] },
  company: { name: 'Finlytics', domain: 'finlytics.io' },
  identityKeys: [],
});
const OLENA = makeStoredLead({ id: 'olena', identityKeys: ['email:olena@finlytics.io'] });

/** A database exactly as the v5 build left it. */
async function seedVersion5(leads: Lead[]): Promise<void> {
  const db = await openDB<LeadsDBV5>(LEADS_DB_NAME, 5, {
    async upgrade(upgrading, _old, _new, transaction) {
      createLeadsStore(upgrading as never);
      indexReminderDueDates(transaction as never);
      addPrivacyAndImportStores(upgrading as never, transaction as never);
      await recordCaptureHistory(transaction as never);
      await indexNearDuplicateKeys(transaction);
    },
  });
  await Promise.all(leads.map((lead) => db.put('leads', lead)));
  db.close();
}

describe('migration 006: key company leads', () => {
  it('should give a stored company lead its domain and LinkedIn page as keys, and leave every other lead as it was', async () => {
    await seedVersion5([FINLYTICS, TARAS, OLENA]);

    const db = await openLeadsDb();
    const [finlytics, olena, taras] = await db.getAll('leads');

    expect(finlytics).toEqual({ ...FINLYTICS, identityKeys: ['company:finlytics.io', 'linkedin-company:finlytics'] });
    expect(taras).toEqual(TARAS);
    expect(olena).toEqual(OLENA);
    expect(await db.getAllKeysFromIndex('leads', 'identityKeys', 'company:finlytics.io')).toEqual(['finlytics']);
    db.close();
  });
});
