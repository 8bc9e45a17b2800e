import { describe, expect, it } from 'vitest';
import { openLeadsDb } from '@/lib/db/open';
import { seedDatabaseAt } from '../../../fixtures/db-versions';
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

describe('migration 005: index near-duplicate keys', () => {
  it('should key every stored lead for near duplicates and add the name-at-domain identity key, keeping the old keys', async () => {
    await seedDatabaseAt(4, [OLEKSANDR, NO_COMPANY]);

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
