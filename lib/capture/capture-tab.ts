import { browser } from 'wxt/browser';
import { finishReading } from '@/lib/extract/finish';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { captureBlockReason } from './block-reason';
import { captureFailure, TAB_GONE, UNREADABLE_PAGE } from './capture-failure';
import { readPageCapture } from './page-capture';

/**
 * Read the prospects on tab `tabId` by injecting the capture script (entrypoints/capture.ts), then
 * finish its reading here in the background, which can afford the Public Suffix List and the phone
 * metadata that pages are spared.
 * Needs the `activeTab` grant that the user's click on the toolbar icon (or the shortcut) gives;
 * with it the tab's URL is visible, so a page no extension may script is explained before trying.
 * Never throws: every failure comes back as a message for the rep.
 */
export async function captureTab(tabId: number): Promise<CaptureResult> {
  try {
    // Firefox and Chrome reject an unknown id; the fake browser in tests answers undefined.
    const tab = await browser.tabs.get(tabId);
    if (!tab) return TAB_GONE;
    const fileAccessAllowed = tab.url?.startsWith('file:')
      ? await browser.extension.isAllowedFileSchemeAccess()
      : false;
    const blocked = captureBlockReason(tab.url, { fileAccessAllowed });
    if (blocked) return { ok: false, reason: 'restricted', message: blocked };
    const [mainFrame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
    const reading = readPageCapture(mainFrame?.result);
    if (!reading) return UNREADABLE_PAGE;
    return { ok: true, ...finishReading(reading), title: tab.title ?? '', referrer: reading.referrer };
  } catch (error) {
    return captureFailure(error);
  }
}
