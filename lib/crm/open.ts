import { openDB, type IDBPDatabase } from 'idb';
import { createCrmStores } from './migrations/001-create-stores';
import { CRM_DB_NAME, CRM_DB_VERSION, type CrmDB } from './schema';

/**
 * Opens the CRM database, upgrading it step by step like `openLeadsDb` (a version k database runs only
 * the steps above k, in one `versionchange` transaction). `name` is for tests; `onClosed` as for `openLeadsDb`.
 */
export function openCrmDb(name: string = CRM_DB_NAME, onClosed?: () => void): Promise<IDBPDatabase<CrmDB>> {
  return openDB<CrmDB>(name, CRM_DB_VERSION, {
    terminated: onClosed,
    upgrade(db, oldVersion) {
      if (oldVersion < 1) createCrmStores(db);
    },
    // A newer build wants to upgrade: this code cannot read the new schema, so let it go.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
