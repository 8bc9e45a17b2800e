import type { IDBPDatabase } from 'idb';
import type { LeadsDBV1 } from '../schema';

/** v0 → v1: the `leads` store with its dedupe and paging indexes. */
export function createLeadsStore(db: IDBPDatabase<LeadsDBV1>): void {
  const leads = db.createObjectStore('leads', { keyPath: 'id' });
  leads.createIndex('identityKeys', 'identityKeys', { unique: false, multiEntry: true });
  leads.createIndex('updatedAt', 'updatedAt');
}
