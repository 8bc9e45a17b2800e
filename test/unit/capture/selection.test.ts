import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CAPTURE_SELECTION_MENU,
  captureSelection,
  createSelectionDrafts,
  createSelectionMenu,
  type SelectionCaptureDeps,
} from '@/lib/capture/selection';
import { deferred } from '../../fixtures/fake-background';

const PAGE_URL = 'https://mail.example/inbox/42';
/** The tab as the menu's click reports it; only its id and URL matter here. */
const TAB = { id: 7, index: 0, windowId: 1, active: true, highlighted: true, incognito: false, pinned: false, url: PAGE_URL } as Browser.tabs.Tab;
const SIGNATURE = 'Olena Kovalenko\nHead of Sales\nolena@finlytics.com.ua\n067 123 45 67';

function menuClick(overrides: Partial<Browser.contextMenus.OnClickData> = {}): Browser.contextMenus.OnClickData {
  return { menuItemId: CAPTURE_SELECTION_MENU.id, editable: false, pageUrl: PAGE_URL, selectionText: SIGNATURE, ...overrides };
}

function givenDeps(country = 'UA'): SelectionCaptureDeps {
  return { drafts: createSelectionDrafts(), defaultCountry: async () => country };
}

function givenNoScriptablePopup() {
  return vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('openPopup is not available'));
}

describe('createSelectionMenu', () => {
  it('should replace any menu left from an older version with the selection item', async () => {
    const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue('capture-selection');

    await createSelectionMenu();

    expect(removeAll).toHaveBeenCalledBefore(create);
    expect(create).toHaveBeenCalledWith({ id: 'capture-selection', title: 'Capture selection as lead', contexts: ['selection'] });
  });
});

describe('captureSelection', () => {
  it('should keep the draft read from the selection for the tab, with the default country and the page URL', async () => {
    const deps = givenDeps('UA');
    vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);

    await captureSelection(menuClick(), TAB, deps);
    const actual = await deps.drafts.take(7);

    expect(actual).toMatchObject({
      person: { fullName: 'Olena Kovalenko', title: 'Head of Sales', emails: ['olena@finlytics.com.ua'], phones: ['+380671234567'] },
      source: { url: PAGE_URL, kind: 'generic', extractors: ['text'] },
    });
  });

  it('should open the toolbar popup where the browser allows it', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');

    await captureSelection(menuClick(), TAB, givenDeps());

    expect(openPopup).toHaveBeenCalledOnce();
    expect(createWindow).not.toHaveBeenCalled();
  });

  it('should open the popup page for the tab in a small window where the toolbar popup cannot be opened', async () => {
    givenNoScriptablePopup();
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');

    await captureSelection(menuClick(), TAB, givenDeps());

    expect(createWindow).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL('/popup.html?tabId=7'),
      type: 'popup',
      width: 420,
      height: 720,
    });
  });

  it('should open the popup before the draft is ready, and the popup should wait for it', async () => {
    const country = deferred<string>();
    const deps: SelectionCaptureDeps = { drafts: createSelectionDrafts(), defaultCountry: () => country.promise };
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);

    const clicked = captureSelection(menuClick(), TAB, deps);
    const taking = deps.drafts.take(7);
    country.resolve('UA');
    await clicked;

    expect(openPopup).toHaveBeenCalledOnce();
    expect((await taking)?.person.phones).toEqual(['+380671234567']);
  });

  it('should read the selection without a default country when the settings cannot be read', async () => {
    const deps: SelectionCaptureDeps = { drafts: createSelectionDrafts(), defaultCountry: () => Promise.reject(new Error('storage')) };
    givenNoScriptablePopup();

    await captureSelection(menuClick({ selectionText: 'Tel: 067 123 45 67' }), TAB, deps);

    expect((await deps.drafts.take(7))?.person.phones).toEqual(['0671234567']);
  });

  it.each([
    ['another menu item', menuClick({ menuItemId: 'other' }), TAB],
    ['a click outside any tab', menuClick(), undefined],
    ['a click in a devtools pane', menuClick(), { ...TAB, id: -1 }],
  ])('should ignore %s', async (_case, info, tab) => {
    const deps = givenDeps();
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);

    await captureSelection(info, tab, deps);

    expect(openPopup).not.toHaveBeenCalled();
    expect(await deps.drafts.take(7)).toBeNull();
  });
});

describe('createSelectionDrafts', () => {
  it('should hand a tab its draft once', async () => {
    const deps = givenDeps();
    givenNoScriptablePopup();
    await captureSelection(menuClick(), TAB, deps);

    const first = await deps.drafts.take(7);
    const second = await deps.drafts.take(7);

    expect(first?.person.fullName).toBe('Olena Kovalenko');
    expect(second).toBeNull();
  });

  it("should keep each tab's draft apart", async () => {
    const deps = givenDeps();
    givenNoScriptablePopup();
    await captureSelection(menuClick(), TAB, deps);

    expect(await deps.drafts.take(8)).toBeNull();
    expect(await deps.drafts.take(7)).not.toBeNull();
  });

  it('should find the draft in session storage after the service worker was restarted', async () => {
    givenNoScriptablePopup();
    await captureSelection(menuClick(), TAB, givenDeps());
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('selection-draft:7')).not.toEqual({}));

    const afterRestart = createSelectionDrafts();
    const actual = await afterRestart.take(7);

    expect(actual?.person.fullName).toBe('Olena Kovalenko');
    expect(await fakeBrowser.storage.session.get('selection-draft:7')).toEqual({});
  });
});
