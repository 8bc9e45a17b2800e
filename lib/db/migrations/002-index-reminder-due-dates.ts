import type { IDBPTransaction } from 'idb';
import type { LeadsDBV2 } from '../schema';

/**
 * v1 → v2: an index on `reminder.dueAt`. IndexedDB indexes the records already stored as it creates
 * the index, so no record is rewritten; leads without a reminder are simply not in it.
 */
export function indexReminderDueDates(transaction: IDBPTransaction<LeadsDBV2, 'leads'[], 'versionchange'>): void {
  transaction.objectStore('leads').createIndex('reminderDueAt', 'reminder.dueAt');
}
