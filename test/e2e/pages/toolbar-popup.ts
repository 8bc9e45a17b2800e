import type { Page } from 'playwright-core';

/**
 * The toolbar popup itself, which Playwright does not attach to as a page: read and driven from one
 * of the extension's own pages (`observer`), through `chrome.extension.getViews({ type: 'popup' })`,
 * the popup's window as the extension sees it. For the popup opened as `popup.html?tabId=N` in a
 * tab, use PopupPage.
 */
export class ToolbarPopup {
  constructor(readonly observer: Page) {}

  /** Resolves once the popup is open and its fields show what it captured. */
  async ready(): Promise<this> {
    await this.observer.waitForFunction(() =>
      chrome.extension.getViews({ type: 'popup' }).some((view) => view.performance.getEntriesByName('leadscout:popup-ready').length > 0),
    );
    return this;
  }

  /** The values of the popup's labelled text fields, by label. */
  fields(): Promise<Record<string, string>> {
    return this.observer.evaluate(() => {
      const [popup] = chrome.extension.getViews({ type: 'popup' });
      const inputs = [...popup.document.querySelectorAll<HTMLInputElement>('input:not([type=radio])')];
      return Object.fromEntries(inputs.map((input) => [input.labels?.[0]?.textContent?.trim() ?? '', input.value]));
    });
  }

  async save(): Promise<void> {
    await this.observer.evaluate(() => {
      const [popup] = chrome.extension.getViews({ type: 'popup' });
      const button = [...popup.document.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Save lead');
      button?.click();
    });
  }

  /** Resolves once the popup's status announces `text`. */
  async announced(text: string): Promise<void> {
    await this.observer.waitForFunction(
      (expected) => chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector('[role="status"]')?.textContent?.includes(expected),
      text,
    );
  }
}
