import { browser } from 'wxt/browser';
import { readExportChunk, type ExportChunk, type ExportChunkQuery } from '@/lib/db/export-chunks';
import { openLeadsDbForReading } from '@/lib/db/read-only';
import { csvMappingsItem } from '@/lib/export/csv-mappings-item';
import { onEvent, request } from '@/lib/messaging/messenger';
import type { DashboardDeps } from './dashboard-model';
import type { DownloadFile } from './export-model';
import { leadIdFromFragment } from './links';

/** Long enough for the browser to have read the blob into the download. */
const REVOKE_AFTER_MS = 60_000;

/** Saves a file through a temporary link, which needs no `downloads` permission. */
function downloadThroughLink(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob(file.parts, { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  // Firefox only follows a download link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** An export reads its chunks back to back: the connection is kept that long, then let go. */
const CONNECTION_IDLE_MS = 1_000;
let reader: { db: ReturnType<typeof openLeadsDbForReading>; idle?: ReturnType<typeof setTimeout> } | undefined;

/**
 * One read-only connection for the chunks of an export, closed a second after the last one: opening
 * one per chunk cost a tenth of a 100k export. A newer build's upgrade closes it at once (read-only.ts).
 */
async function readChunk(query: ExportChunkQuery): Promise<ExportChunk> {
  reader ??= { db: openLeadsDbForReading() };
  const current = reader;
  clearTimeout(current.idle);
  try {
    const db = await current.db;
    return db ? await readExportChunk(db, query) : { leads: [], done: true };
  } catch (error) {
    // Closed under us by an upgrade, or never opened: the next chunk (or the retried export) opens anew.
    if (reader === current) reader = undefined;
    throw error;
  } finally {
    current.idle = setTimeout(() => {
      if (reader === current) reader = undefined;
      void current.db.then((db) => db?.close());
    }, CONNECTION_IDLE_MS);
  }
}

/** The dashboard's real dependencies: the background, its change events, file downloads and the saved CSV presets. */
export function createBrowserDashboardDeps(): DashboardDeps {
  return {
    request,
    onLeadsChanged: (listener) => onEvent('leadsChanged', () => listener()),
    onCrmSyncChanged: (listener) => onEvent('crmSyncChanged', ({ leadIds }) => listener(leadIds)),
    readChunk,
    download: downloadThroughLink,
    mappings: csvMappingsItem,
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    focusLeadId: leadIdFromFragment(location.hash),
  };
}
