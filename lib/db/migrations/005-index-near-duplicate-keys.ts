import type { IDBPTransaction, StoreNames } from 'idb';
import { identityKeys } from '@/lib/leads/identity';
import { nearKeys } from '@/lib/leads/near-duplicates';
import type { Lead } from '@/lib/leads/types';
import type { LeadsDBV5, LeadV4 } from '../schema';

/**
 * v4 → v5: the `nearKeys` index, and every stored lead rewritten with its near-duplicate keys and
 * the identity keys v5 adds (the full name at the company's domain). Identity keys only grow: a
 * role mailbox that older versions keyed stays a key of the lead that has it.
 *
 * Any failure aborts the upgrade: a database half rewritten must not be left at v5.
 */
export async function indexNearDuplicateKeys(
  transaction: IDBPTransaction<LeadsDBV5, StoreNames<LeadsDBV5>[], 'versionchange'>,
): Promise<void> {
  try {
    const store = transaction.objectStore('leads');
    store.createIndex('nearKeys', 'nearKeys', { unique: false, multiEntry: true });
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update(withDuplicateKeys(cursor.value));
    }
  } catch (error) {
    console.error('LeadScout: migration 005 failed; the database stays at v4', error);
    transaction.abort();
  }
}

export function withDuplicateKeys(lead: LeadV4): Lead {
  return {
    ...lead,
    identityKeys: [...new Set([...lead.identityKeys, ...identityKeys(lead.person, lead.company)])],
    nearKeys: nearKeys(lead),
  };
}
