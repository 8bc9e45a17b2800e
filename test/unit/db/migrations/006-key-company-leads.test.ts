import { describe, expect, it } from 'vitest';
import { openLeadsDb } from '@/lib/db/open';
import { seedDatabaseAt } from '../../../fixtures/db-versions';
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

describe('migration 006: key company leads', () => {
  it('should give a stored company lead its domain and LinkedIn page as keys, and leave every other lead as it was', async () => {
    await seedDatabaseAt(5, [FINLYTICS, TARAS, OLENA]);

    const db = await openLeadsDb();
    const [finlytics, olena, taras] = await db.getAll('leads');

    expect(finlytics).toEqual({ ...FINLYTICS, identityKeys: ['company:finlytics.io', 'linkedin-company:finlytics'] });
    expect(taras).toEqual(TARAS);
    expect(olena).toEqual(OLENA);
    expect(await db.getAllKeysFromIndex('leads', 'identityKeys', 'company:finlytics.io')).toEqual(['finlytics']);
    db.close();
  });
});
