import { openDB, type IDBPDatabase } from 'idb';
import { LEADS_DB_NAME, type LeadsDB } from './schema';

/**
 * The leads database opened by an extension page for reading only: at whatever version it is, so the
 * page never creates or upgrades it (only the background does), and closed as soon as a newer build
 * wants to upgrade it. Null while the background has not created it yet: no lead was ever saved.
 *
 * Bulk reads (an export of 100k leads) go through this rather than messages: every message to the
 * background serialises its leads as JSON, which costs more than reading them.
 */
export async function openLeadsDbForReading(name: string = LEADS_DB_NAME): Promise<IDBPDatabase<LeadsDB> | null> {
  const databases = await indexedDB.databases();
  if (!databases.some((database) => database.name === name)) return null;
  const db = await openDB<LeadsDB>(name, undefined, {
    blocking(_currentVersion, _blockedVersion, event) {
      (event.target as IDBDatabase).close();
    },
  });
  if (db.objectStoreNames.contains('leads')) return db;
  db.close();
  return null;
}
