import { defineUnlistedScript } from '#imports';
import type { PageCapture } from '@/lib/capture/page-capture';
import { readProspects } from '@/lib/extract/read';

// Injected on demand by the background (scripting.executeScript({ files: ['/capture.js'] })) into the
// tab the user clicked on; the main function's return value is what executeScript resolves with.
// Only the page-side step runs here, so that the Public Suffix List and the phone metadata are not
// injected into every page: the background finishes the reading (lib/capture/capture-tab.ts).
// The referrer travels along: it is how the background tells which channel brought the rep here.
export default defineUnlistedScript(
  (): PageCapture => ({ ...readProspects(document, location.href), referrer: document.referrer }),
);
