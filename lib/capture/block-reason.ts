const BROWSER_PAGE_SCHEMES = new Set([
  'about:',
  'brave:',
  'chrome:',
  'chrome-error:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'opera:',
  'vivaldi:',
]);
const EXTENSION_PAGE_SCHEMES = new Set(['chrome-extension:', 'extension:', 'moz-extension:']);

/** Add-on stores: browsers let no extension script them. */
function storeName(url: URL): string | undefined {
  const path = url.pathname;
  if (url.hostname === 'chromewebstore.google.com') return 'the Chrome Web Store';
  if (url.hostname === 'chrome.google.com' && /^\/webstore(\/|$)/.test(path)) return 'the Chrome Web Store';
  if (url.hostname === 'addons.mozilla.org') return 'Firefox Add-ons (addons.mozilla.org)';
  if (url.hostname === 'microsoftedge.microsoft.com' && /^\/addons(\/|$)/.test(path)) return 'Edge Add-ons';
  return undefined;
}

/**
 * Why capture cannot work on the page at `url`, in words for the rep; undefined when it can be
 * tried. An unknown URL (no `activeTab` grant yet) or one that does not parse is left to the attempt,
 * which reports its own failure. Pass `fileAccessAllowed` when the user turned on file access.
 */
export function captureBlockReason(
  url: string | undefined,
  { fileAccessAllowed = false }: { fileAccessAllowed?: boolean } = {},
): string | undefined {
  const page = parseUrl(url);
  if (!page) return undefined;
  const { protocol } = page;
  if (BROWSER_PAGE_SCHEMES.has(protocol)) {
    return "LeadScout can't capture the browser's own pages. Open the prospect's web page and try again.";
  }
  if (EXTENSION_PAGE_SCHEMES.has(protocol)) {
    return "LeadScout can't capture pages of browser extensions. Open the prospect's web page and try again.";
  }
  if (protocol === 'view-source:') {
    return "LeadScout can't capture a page's source view. Open the page itself and try again.";
  }
  if (protocol === 'data:' || protocol === 'blob:') {
    return "LeadScout can't capture a page opened from a data: or blob: address. Open it from its web address and try again.";
  }
  const store = storeName(page);
  if (store) return `LeadScout can't capture ${store}: browsers keep extensions out of their add-on stores.`;
  if (/\.pdf$/i.test(page.pathname)) {
    return "LeadScout can't read PDF files: the browser shows them in its own viewer, which extensions can't access. Type or paste the contact details into the form instead.";
  }
  if (protocol === 'file:' && !fileAccessAllowed) {
    return 'LeadScout can read files on your computer only once you allow it: open LeadScout’s details on the browser’s Extensions page and turn on “Allow access to file URLs”.';
  }
  return undefined;
}

function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
