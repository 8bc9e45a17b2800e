/**
 * Prospect extraction, the seam of CONTRACT.md §2. Pure and synchronous: reads only `doc` and `url`,
 * never globals, the extension APIs or the network; never mutates `doc`; never throws (a page that
 * breaks the extractor gives an empty draft). Works on a live page and on a parsed Document alike.
 */
import { extractPage } from './pipeline';
import { emptyDraft, type ProspectDraft } from './types';

/** The prospect the page at `url` is about; `source.kind` 'none' with empty person and company when there is none. */
export function extractProspect(doc: Document, url: string): ProspectDraft {
  try {
    return extractPage(doc, url).draft;
  } catch {
    return emptyDraft(url, 'none');
  }
}

/** The prospects a list or team page shows, one draft each; [] when the page lists none. */
export function extractProspects(doc: Document, url: string): ProspectDraft[] {
  try {
    return extractPage(doc, url).listed;
  } catch {
    return [];
  }
}
