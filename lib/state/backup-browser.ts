import type { IDBPDatabase } from 'idb';
import type { BackupSource } from '@/lib/backup/backup-format';
import { openLeadsDbForReading } from '@/lib/db/read-only';
import type { LeadsDB } from '@/lib/db/schema';
import { onEvent, request } from '@/lib/messaging/messenger';
import { retentionItem } from '@/lib/settings/retention';
import { SETTINGS_VERSION, settingsItem } from '@/lib/settings/settings';
import type { BackupDeps } from './backup-model';

/**
 * The page reads the database itself for a backup: 100k leads never cross the message channel.
 * The background is asked first, so that it has created or upgraded the database; the page opens
 * it read-only (lib/db/read-only.ts) and never upgrades it (only the background writes).
 */
function databaseSource(): BackupSource {
  let connection: Promise<IDBPDatabase<LeadsDB>> | undefined;
  const db = () => {
    connection ??= request('listLeads', { limit: 0 }).then(async () => {
      const open = await openLeadsDbForReading();
      if (!open) throw new Error('The leads database is not there yet');
      return open;
    });
    return connection;
  };
  return {
    async settings() {
      const [settings, retention] = await Promise.all([settingsItem.getValue(), retentionItem.getValue()]);
      return { settings: { version: SETTINGS_VERSION, value: settings }, retention };
    },
    async suppression() {
      const open = await db();
      const [salts, entries] = await Promise.all([open.get('meta', 'suppressionSalts'), open.getAll('suppression')]);
      return { salts: salts ?? [], entries };
    },
    async countLeads() {
      return (await db()).count('leads');
    },
    async readLeads(afterId, limit) {
      return (await db()).getAll('leads', afterId === undefined ? null : IDBKeyRange.lowerBound(afterId, true), limit);
    },
  };
}

/** The backup panel's real dependencies. */
export function createBrowserBackupDeps(download: BackupDeps['download']): BackupDeps {
  return {
    request,
    download,
    source: databaseSource(),
    retention: retentionItem,
    onImportProgress: (listener) => onEvent('importProgress', listener),
    now: () => new Date(),
  };
}
