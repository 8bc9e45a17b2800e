import type { CaptureFailure, CaptureResult } from '@/lib/messaging/protocol';

export type CaptureFailed = Extract<CaptureResult, { ok: false }>;

export const TAB_GONE: CaptureFailed = {
  ok: false,
  reason: 'tab-gone',
  message: "That tab is closed. Open the prospect's page again and capture it there.",
};

export const UNREADABLE_PAGE: CaptureFailed = {
  ok: false,
  reason: 'failed',
  message: "LeadScout couldn't read this page. Reload it and try again.",
};

/**
 * What the browser says when `tabs.get` or `scripting.executeScript` fails (Chrome's and Firefox's
 * wording), and what the rep is told instead. First match wins: an error page also "cannot be
 * accessed", but asking for a click would not help there.
 */
const KNOWN_FAILURES: ReadonlyArray<{ said: RegExp; failure: CaptureFailed }> = [
  {
    said: /cannot access a chrome(-extension)?:\/\/ url|extensions gallery cannot be scripted/i,
    failure: failed(
      'restricted',
      "LeadScout can't capture the browser's own pages or its extension store. Open the prospect's web page and try again.",
    ),
  },
  {
    said: /showing error page|chrome-error:\/\//i,
    failure: failed('failed', "This page didn't load. Reload it, then capture again."),
  },
  {
    said: /cannot access contents of|missing host permission|must request permission to access/i,
    failure: failed(
      'no-access',
      'LeadScout can only read this page after you click its toolbar icon or press Alt+Shift+L on it.',
    ),
  },
  { said: /no tab with id|invalid tab id/i, failure: TAB_GONE },
  {
    said: /frame with id \d+ was removed|no frame with id/i,
    failure: failed(
      'tab-gone',
      'The page changed while LeadScout was reading it. Wait until it has loaded, then try again.',
    ),
  },
];

/** A failed capture as the popup shows it: browser errors are never shown raw. */
export function captureFailure(error: unknown): CaptureFailed {
  const said = error instanceof Error ? error.message : String(error);
  return KNOWN_FAILURES.find((known) => known.said.test(said))?.failure ?? UNREADABLE_PAGE;
}

function failed(reason: CaptureFailure, message: string): CaptureFailed {
  return { ok: false, reason, message };
}
