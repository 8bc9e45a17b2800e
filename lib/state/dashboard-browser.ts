import { browser } from 'wxt/browser';
import { leadsToCsv } from '@/lib/export/csv';
import { onEvent, request } from '@/lib/messaging/messenger';
import type { DashboardDeps, DownloadFile } from './dashboard-model';
import { leadIdFromFragment } from './links';

/** Long enough for the browser to have read the blob into the download. */
const REVOKE_AFTER_MS = 60_000;

/** Saves a file through a temporary link, which needs no `downloads` permission. */
function downloadThroughLink(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  // Firefox only follows a download link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** The dashboard's real dependencies: the background, its change events and file downloads. */
export function createBrowserDashboardDeps(): DashboardDeps {
  return {
    request,
    onLeadsChanged: (listener) => onEvent('leadsChanged', () => listener()),
    toCsv: (leads) => leadsToCsv(leads, 'generic'),
    download: downloadThroughLink,
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    focusLeadId: leadIdFromFragment(location.hash),
  };
}
