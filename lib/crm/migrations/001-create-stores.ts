import type { IDBPDatabase } from 'idb';
import type { CrmDBV1 } from '../schema';

/** v1: the connections, the queue (by due time), sync states (by lead) and known companies. */
export function createCrmStores(db: IDBPDatabase<CrmDBV1>): void {
  db.createObjectStore('connections', { keyPath: 'target' });
  db.createObjectStore('jobs', { keyPath: 'id' }).createIndex('dueAt', 'dueAt');
  db.createObjectStore('sync', { keyPath: 'id' }).createIndex('leadId', 'leadId');
  db.createObjectStore('companies', { keyPath: 'id' });
}
