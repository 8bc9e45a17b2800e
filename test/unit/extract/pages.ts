import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VirtualConsole, VirtualConsolePrinter, Window } from 'happy-dom';
import { inferCountry } from '@/lib/extract/country';
import { draftPhones } from '@/lib/extract/finish';
import type { Finding, LayerOutput, PageContext } from '@/lib/extract/layers/layer';
import { readPage } from '@/lib/extract/read';

export const FIXTURE_PAGES_DIR = path.resolve(import.meta.dirname, '../../fixtures/pages');

/**
 * Saved pages are parsed in a window of their own, with scripts, style sheets and frames off, as a
 * browser's DOMParser does. Its console is never shown: happy-dom reports every frame it does not
 * load, and real pages carry dozens.
 */
const parsingWindow = new Window({
  console: new VirtualConsole(new VirtualConsolePrinter()),
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});

/** A Document built from `html` the way a browser's DOMParser builds one. */
export function parsePage(html: string): Document {
  return new parsingWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** One of our saved pages in test/fixtures/pages. */
export function loadFixture(fileName: string): Document {
  return parsePage(readFileSync(path.join(FIXTURE_PAGES_DIR, fileName), 'utf8'));
}

/** The page context a layer sees for `html` served at `url`. */
export function pageAt(url: string, html: string): PageContext {
  return readPage(parsePage(html), url);
}

/**
 * A layer's output with its phones as the finish step leaves them (E.164 when the page's country
 * tells): layers keep numbers as written, since reading them takes metadata too big for the page.
 */
export function withFinishedPhones(output: LayerOutput, page: PageContext): LayerOutput {
  const countryHint = inferCountry(page.doc, page.location);
  const finished = ({ person, company }: Finding): Finding => ({
    person: person.phones ? { ...person, phones: draftPhones(person.phones, countryHint) } : person,
    company,
  });
  return {
    ...(output.subject && { subject: finished(output.subject) }),
    ...(output.listed && { listed: output.listed.map(finished) }),
  };
}
