import { browser, type Browser } from 'wxt/browser';
import { storage } from '#imports';
import { parseContactText } from '@/lib/extract/text';
import type { ProspectDraft } from '@/lib/extract/types';

/**
 * "Capture selection as lead": the rep selects a signature or a contact block on any page, picks the
 * menu item, and the popup opens with the prospect `parseContactText` read from the selection.
 * The menu asks for no host access: the browser hands the selected text to the click listener.
 */
export const CAPTURE_SELECTION_MENU = {
  id: 'capture-selection',
  title: 'Capture selection as lead',
  contexts: ['selection'],
} satisfies Browser.contextMenus.CreateProperties;

/** On install and update: the browser drops an extension's menus when it is updated. */
export async function createSelectionMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create(CAPTURE_SELECTION_MENU);
}

/**
 * The selection drafts waiting for their popup, one per tab. Kept in memory, where the popup finds
 * one the moment the menu was clicked, and in `storage.session`, where it survives the service
 * worker being stopped between the click and the popup's request. A browser without session
 * storage still has the memory.
 */
export interface SelectionDrafts {
  put(tabId: number, draft: Promise<ProspectDraft>): void;
  /** The tab's draft, once: the next popup on that tab captures the page again. */
  take(tabId: number): Promise<ProspectDraft | null>;
}

export function createSelectionDrafts(): SelectionDrafts {
  const pending = new Map<number, Promise<ProspectDraft>>();
  const sessionKey = (tabId: number) => `session:selection-draft:${tabId}` as const;

  return {
    put(tabId, draft) {
      pending.set(tabId, draft);
      void draft.then((value) => storage.setItem(sessionKey(tabId), value)).catch(() => undefined);
    },
    async take(tabId) {
      const inMemory = pending.get(tabId);
      pending.delete(tabId);
      const stored = await storage.getItem<ProspectDraft>(sessionKey(tabId)).catch(() => null);
      await storage.removeItem(sessionKey(tabId)).catch(() => undefined);
      return inMemory ? await inMemory : stored;
    },
  };
}

export interface SelectionCaptureDeps {
  drafts: SelectionDrafts;
  /** The country of phone numbers written without a country code (Options). */
  defaultCountry(): Promise<string>;
}

/**
 * The menu's click: keep the selection's draft for the tab, then open the popup on it. The popup is
 * opened before anything is awaited, while the click still counts as the user's gesture (Firefox
 * opens popups only then); the popup waits for the draft through `take`.
 */
export function captureSelection(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  deps: SelectionCaptureDeps,
): Promise<void> {
  const tabId = tab?.id;
  if (info.menuItemId !== CAPTURE_SELECTION_MENU.id || tabId === undefined || tabId < 0) return Promise.resolve();
  const draft = deps
    .defaultCountry()
    .catch(() => undefined)
    .then((defaultCountry) => {
      const parsed = parseContactText(info.selectionText ?? '', { defaultCountry });
      return { ...parsed, source: { ...parsed.source, url: info.pageUrl ?? tab?.url ?? '' } };
    });
  deps.drafts.put(tabId, draft);
  return openPopupOn(tabId);
}

/** The toolbar popup where the browser can open it from a script, else the popup page in a small window. */
async function openPopupOn(tabId: number): Promise<void> {
  try {
    // Firefox's MV2 build has `browserAction` where Chrome's MV3 has `action`.
    await (browser.action ?? browser.browserAction).openPopup();
  } catch {
    await browser.windows.create({
      url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`),
      type: 'popup',
      width: 420,
      height: 720,
    });
  }
}
