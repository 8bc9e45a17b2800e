/**
 * "Capture selection as lead" in the built extension. A headless browser has no context menu to
 * right-click, so the menu's click is the one step not driven as a user would: the test makes a real
 * selection on a served page, reads it as the browser hands it to menus, and dispatches that click
 * through the browser's own `contextMenus.onClicked` event in the service worker. From there on it
 * is the product's path: the background's listener parses the selection, keeps the draft for the
 * tab and opens the toolbar popup, and the popup shows the draft instead of capturing the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { ToolbarPopup } from './pages/toolbar-popup';

const MAIL_URL = 'https://mail.example/inbox/42';
const MAIL_PAGE = `<!doctype html><html lang="en"><head><title>Re: pilot</title></head><body>
  <p>Thanks, let's talk on Monday.</p>
  <div id="signature">З повагою,<br>Олена Коваленко<br>Керівниця відділу продажів<br>ТОВ «Фінлайтікс»<br>
  моб.: 067 123 45 67<br>olena [at] finlytics [dot] com [dot] ua</div>
</body></html>`;

describe('capture selection as lead', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve(MAIL_URL, MAIL_PAGE);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('should register the menu item for selections when installed', async () => {
    const actual = await session.serviceWorker.evaluate(async () => {
      // Updating an item that does not exist fails: this asks the browser whether ours is there. The
      // worker creates it in onInstalled, which runs after the worker starts, and no event says when it
      // is done: ask again, each question one round trip to the browser, until it says yes (bounded).
      const ask = () =>
        new Promise<string>((resolve) => {
          chrome.contextMenus.update('capture-selection', {}, () => resolve(chrome.runtime.lastError?.message ?? 'registered'));
        });
      let answer = await ask();
      for (let round = 0; answer !== 'registered' && round < 500; round++) answer = await ask();
      return answer;
    });

    expect(actual).toBe('registered');
  });

  it('should open the popup with the prospect read from the selected signature, and save it', async () => {
    const popup = new ToolbarPopup(await session.openExtensionPage('leads.html'));
    const { page, tabId } = await session.openTab(MAIL_URL);
    await page.bringToFront();
    const selectionText = await selectSignature(page);

    await session.serviceWorker.evaluate(
      async ({ tabId, selectionText, pageUrl }) => {
        const tab = await chrome.tabs.get(tabId);
        const click = { menuItemId: 'capture-selection', editable: false, frameId: 0, pageUrl, selectionText };
        // The event object the browser fires on a real click, and its listener is the background's own.
        (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(click, tab);
      },
      { tabId, selectionText, pageUrl: MAIL_URL },
    );
    await popup.ready();

    expect(await popup.fields()).toMatchObject({
      'Full name': 'Олена Коваленко',
      'Job title': 'Керівниця відділу продажів',
      Company: 'ТОВ «Фінлайтікс»',
      Email: 'olena@finlytics.com.ua',
      Phone: '+380671234567',
    });
    await popup.save();
    await popup.announced('New lead saved');
    expect(await session.storedLeads()).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ fullName: 'Олена Коваленко', emails: ['olena@finlytics.com.ua'] }),
        sources: [expect.objectContaining({ url: MAIL_URL, kind: 'generic' })],
      }),
    ]);
  });
});

/** Selects the signature as a rep would with the mouse, and returns the text the browser hands to menus. */
async function selectSignature(page: Page): Promise<string> {
  await page.locator('#signature').selectText();
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}
