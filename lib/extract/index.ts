/**
 * Prospect extraction, the seam of CONTRACT.md §2. Pure and synchronous: reads only `doc` and `url`,
 * never globals, the extension APIs or the network; never mutates `doc`; never throws (a page that
 * breaks the extractor gives an empty draft). Works on a live page and on a parsed Document alike.
 *
 * Two steps, so that the capture script injects only the first into pages: `readProspects` reads the
 * page (read.ts), `finishReading` completes the drafts with what needs the big tables (finish.ts).
 */
import { finishReading, type PageExtraction } from './finish';
import { readProspects } from './read';
import { emptyDraft, type ProspectDraft } from './types';

/** The prospect the page at `url` is about; `source.kind` 'none' with empty person and company when there is none. */
export function extractProspect(doc: Document, url: string): ProspectDraft {
  return extractPage(doc, url).draft;
}

/** The prospects a list or team page shows, one draft each; [] when the page lists none. */
export function extractProspects(doc: Document, url: string): ProspectDraft[] {
  return extractPage(doc, url).list;
}

function extractPage(doc: Document, url: string): PageExtraction {
  try {
    return finishReading(readProspects(doc, url));
  } catch {
    return { draft: emptyDraft(url, 'none'), list: [] };
  }
}
