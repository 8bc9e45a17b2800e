import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserPopupDeps, tabIdFromSearch } from '@/lib/state/popup-browser';

describe('tabIdFromSearch', () => {
  it.each([
    ['?tabId=42', 42],
    ['?tabId=0', 0],
    ['?foo=1&tabId=7', 7],
    ['', undefined],
    ['?tabId=', undefined],
    ['?tabId=abc', undefined],
    ['?tabId=-3', undefined],
    ['?tabId=1.5', undefined],
  ])('should read %j as %j', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});

describe('createBrowserPopupDeps', () => {
  afterEach(() => {
    history.replaceState(null, '', '/');
  });

  it('should capture the tab named in the address when the popup is opened as a page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/jane-doe/' });
    history.replaceState(null, '', `/popup.html?tabId=${tab.id}`);

    const target = await createBrowserPopupDeps().findTargetTab();

    expect(target).toEqual({ id: tab.id, url: 'https://www.linkedin.com/in/jane-doe/' });
  });

  it('should capture the active tab of the window in the toolbar popup', async () => {
    const active = await fakeBrowser.tabs.create({ url: 'https://github.com/jane' });
    // The fake browser has no way to activate a tab it created, so the query answers for it.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([active]);

    const target = await createBrowserPopupDeps().findTargetTab();

    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(target).toEqual({ id: active.id, url: 'https://github.com/jane' });
  });
});
