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

/** A read-only connection per chunk (about a millisecond each): one kept open between exports would hold up an upgrade. */
async function readChunk(query: ExportChunkQuery): Promise<ExportChunk> {
  const db = await openLeadsDbForReading();
  if (!db) return { leads: [], done: true };
  try {
    return await readExportChunk(db, query);
  } finally {
    db.close();
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
