import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/messenger';
import { settingsItem } from '@/lib/settings/settings';
import type { PopupDeps, TargetTab } from './popup-model';

/** `?tabId=N`: the popup opened as a normal tab (by tests or the dashboard) captures tab N. */
export function tabIdFromSearch(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || value.trim() === '') return undefined;
  const id = Number(value);
  return Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}

async function findTargetTab(): Promise<TargetTab | undefined> {
  const requested = tabIdFromSearch(location.search);
  if (requested !== undefined) {
    const tab = await browser.tabs.get(requested).catch(() => undefined);
    return { id: requested, url: tab?.url };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id === undefined ? undefined : { id: active.id, url: active.url };
}

/** The popup's real dependencies: the background, settings storage and the browser's tabs. */
export function createBrowserPopupDeps(): PopupDeps {
  return {
    request,
    settings: settingsItem,
    findTargetTab,
    openDashboard() {
      void browser.tabs.create({ url: browser.runtime.getURL('/leads.html') });
    },
  };
}
