import type { IDBPTransaction, StoreNames } from 'idb';
import { identityKeys } from '@/lib/leads/identity';
import type { LeadsDBV6 } from '../schema';

/**
 * v5 → v6: the leads with no person on them (a company's contact page or LinkedIn page, saved as a
 * company lead) get their company's identity keys, so that the next capture of that company merges
 * into them instead of making a second record. Earlier versions stored them with no key at all.
 *
 * Any failure aborts the upgrade: the database stays at v5 with its data.
 */
export async function keyCompanyLeads(transaction: IDBPTransaction<LeadsDBV6, StoreNames<LeadsDBV6>[], 'versionchange'>): Promise<void> {
  try {
    const store = transaction.objectStore('leads');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const lead = cursor.value;
      if (lead.identityKeys.length > 0) continue;
      const keys = identityKeys(lead.person, lead.company);
      if (keys.length > 0) await cursor.update({ ...lead, identityKeys: keys });
    }
  } catch (error) {
    console.error('LeadScout: migration 006 failed; the database stays at v5', error);
    transaction.abort();
  }
}
