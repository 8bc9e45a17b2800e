import { defineUnlistedScript } from '#imports';
import { extractProspect, extractProspects } from '@/lib/extract';

// Injected on demand by the background (scripting.executeScript({ files: ['/capture.js'] })) into the
// tab the user clicked on; the main function's return value is what executeScript resolves with.
export default defineUnlistedScript(() => ({
  draft: extractProspect(document, location.href),
  list: extractProspects(document, location.href),
}));
