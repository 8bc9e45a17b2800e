import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LeadsDBV3 } from '../schema';

/** A random salt as hex: 128 bits, so a stolen suppression list cannot be matched against a list of emails. */
export function newSalt(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * v2 → v3: the suppression list (salted hashes only) with its salt, generated once here, and the
 * stores a bulk import is staged in. No lead is touched.
 */
export function addPrivacyAndImportStores(
  db: IDBPDatabase<LeadsDBV3>,
  transaction: IDBPTransaction<LeadsDBV3, StoreNames<LeadsDBV3>[], 'versionchange'>,
): void {
  db.createObjectStore('suppression', { keyPath: 'hash' });
  db.createObjectStore('meta');
  db.createObjectStore('importJobs', { keyPath: 'id' });
  db.createObjectStore('importRows', { keyPath: ['jobId', 'index'] });
  void transaction.objectStore('meta').put([newSalt()], 'suppressionSalts');
}
