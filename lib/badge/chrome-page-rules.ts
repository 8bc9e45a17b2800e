import { browser } from 'wxt/browser';
import type { PageRules } from './known-lead-badge';
import type { BucketRule } from './known-page-rules';

/** The sizes the toolbar draws the icon at (1x and 2x). */
const ICON_SIZES = [16, 32] as const;

/**
 * The page rules of Chrome's `declarativeContent`: the browser itself compares each page's address
 * with them and swaps in the marked icon, with no script in the page and no host permission.
 * Undefined where the API does not exist (Firefox): there the icon simply stays plain.
 */
export function chromePageRules(): PageRules | undefined {
  const api = globalThis.chrome?.declarativeContent;
  if (!api) return undefined;
  let icon: Promise<Record<string, ImageData>> | undefined;
  return {
    async replace(ids, rules) {
      await callback<void>((done) => api.onPageChanged.removeRules(ids, done));
      if (rules.length === 0) return;
      // SetIcon takes pixels only (a path is not accepted), drawn once per worker start.
      icon ??= markedIcon();
      const imageData = await icon;
      const declared = rules.map((rule: BucketRule) => ({
        id: rule.id,
        conditions: rule.conditions.map((pageUrl) => new api.PageStateMatcher({ pageUrl })),
        actions: [new api.SetIcon({ imageData })],
      }));
      await callback<unknown>((done) => api.onPageChanged.addRules(declared, done));
    },
  };
}

/** The extension's icon with a green dot in its lower right corner, at each toolbar size. */
async function markedIcon(): Promise<Record<string, ImageData>> {
  const entries = await Promise.all(
    ICON_SIZES.map(async (size) => {
      const response = await fetch(browser.runtime.getURL(`/icon/${size}.png`));
      const bitmap = await createImageBitmap(await response.blob());
      const context = new OffscreenCanvas(size, size).getContext('2d');
      if (!context) throw new Error('No 2D canvas in this worker.');
      context.drawImage(bitmap, 0, 0, size, size);
      const radius = size * 0.22;
      context.beginPath();
      context.arc(size - radius, size - radius, radius, 0, 2 * Math.PI);
      context.fillStyle = '#1f9d55';
      context.fill();
      context.lineWidth = Math.max(1, size / 16);
      context.strokeStyle = '#ffffff';
      context.stroke();
      return [String(size), context.getImageData(0, 0, size, size)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Chrome's rule functions answer through a callback and `runtime.lastError`. */
function callback<T>(call: (done: (result: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    call((result) => {
      const error = chrome.runtime.lastError;
      if (error) reject(new Error(error.message));
      else resolve(result);
    });
  });
}
