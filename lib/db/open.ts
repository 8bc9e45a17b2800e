import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { createLeadsStore } from './migrations/001-create-leads';
import { indexReminderDueDates } from './migrations/002-index-reminder-due-dates';
import { addPrivacyAndImportStores } from './migrations/003-add-privacy-and-import-stores';
import { recordCaptureHistory } from './migrations/004-record-capture-history';
import { indexNearDuplicateKeys } from './migrations/005-index-near-duplicate-keys';
import { keyCompanyLeads } from './migrations/006-key-company-leads';
import { LEADS_DB_NAME, LEADS_DB_VERSION, type LeadsDB, type LeadsDBV1, type LeadsDBV2, type LeadsDBV3, type LeadsDBV4 } from './schema';

/**
 * Open the leads database, creating or upgrading it first. The upgrade is a ladder: a database at
 * version k runs only the steps above k, in order, all in the one `versionchange` transaction, so a
 * step that throws leaves the database at k with its data.
 *
 * Callers share one connection (`reopenWhenClosed(...)` in the background); `name` is for tests.
 * `onClosed` hears that the browser closed the connection (not `close()`): see `reopenWhenClosed`.
 */
export function openLeadsDb(name: string = LEADS_DB_NAME, onClosed?: () => void): Promise<IDBPDatabase<LeadsDB>> {
  return openDB<LeadsDB>(name, LEADS_DB_VERSION, {
    terminated: onClosed,
    // Steps that rewrite records await only their own requests, so the transaction stays open.
    async upgrade(db, oldVersion, _newVersion, transaction) {
      // Each step sees the database as the schema it starts from defines it.
      if (oldVersion < 1) createLeadsStore(db as unknown as IDBPDatabase<LeadsDBV1>);
      if (oldVersion < 2) indexReminderDueDates(transaction as unknown as IDBPTransaction<LeadsDBV2, 'leads'[], 'versionchange'>);
      if (oldVersion < 3) {
        addPrivacyAndImportStores(
          db as unknown as IDBPDatabase<LeadsDBV3>,
          transaction as unknown as IDBPTransaction<LeadsDBV3, StoreNames<LeadsDBV3>[], 'versionchange'>,
        );
      }
      if (oldVersion < 4) {
        await recordCaptureHistory(transaction as unknown as IDBPTransaction<LeadsDBV4, StoreNames<LeadsDBV4>[], 'versionchange'>);
      }
      if (oldVersion < 5) await indexNearDuplicateKeys(transaction);
      if (oldVersion < 6) await keyCompanyLeads(transaction);
    },
    // A newer build of the extension wants to upgrade: this connection's code can't read the new
    // schema anyway, so close it rather than stall the upgrade until this page or worker goes away.
    blocking(_currentVersion, _blockedVersion, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
