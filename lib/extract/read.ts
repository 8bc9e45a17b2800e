/**
 * The page side of extraction: what the capture script (entrypoints/capture.ts) runs in the page.
 * Everything reachable from here is injected into every captured page, so it must not import the
 * Public Suffix List or the phone metadata (lib/canonical/domain.ts, phone.ts, or the canonical index):
 * what needs them is left to `finishReading` (finish.ts). test/unit/extract/page-bundle.test.ts guards this.
 */
import { inferCountry } from './country';
import { fillBlanks, MAX_CONTACT_POINTS, MAX_LISTED_PROSPECTS } from './fields';
import { jsonLdNodesOf } from './json-ld/page-nodes';
import { LAYERS } from './layers';
import type { ExtractionLayer, Finding, LayerOutput, PageContext } from './layers/layer';
import { siteKindOf } from './site-kind';
import { emptyDraft, type PageKind, type ProspectDraft } from './types';
import { isWallPage } from './walls';

/**
 * The prospects as the page reads them, short of what needs the big tables: phones as written
 * (not yet E.164), no registrable `company.domain`, no name parts or size derived from the other
 * fields, and kind 'generic' where the page may be the company's own site. Plain JSON: it crosses
 * `scripting.executeScript`'s structured clone.
 */
export interface PageReading {
  /** ISO 3166 alpha-2 country for reading the page's national phone numbers, when the page lets us infer one. */
  countryHint?: string;
  /** The prospect the page is about; kind 'none' with empty person and company when there is none. */
  draft: ProspectDraft;
  /** Further prospects the page lists, at most MAX_LISTED_PROSPECTS. */
  list: ProspectDraft[];
}

/** Runs every layer over the page and merges what they found. Throws only on a broken `doc` object. */
export function readProspects(doc: Document, url: string): PageReading {
  const page = readPage(doc, url);
  if (isWallPage(page)) return { draft: emptyDraft(url, 'none'), list: [] };
  const outputs = LAYERS.map((layer) => ({ layer, output: runContained(layer, page) }));
  if (outputs.some(({ output }) => output.showsAnotherProfile)) return { draft: emptyDraft(url, 'none'), list: [] };

  const draft = emptyDraft(url, page.siteKind);
  let confirmed = false;
  for (const { layer, output } of outputs) {
    if (output.subject && mergeFinding(draft, output.subject, layer.name)) confirmed ||= layer.confirmsProspect && !output.subjectIsPublisher;
  }
  const list = outputs.flatMap(({ layer, output }) =>
    (output.listed ?? []).map((finding) => {
      const listedDraft = emptyDraft(url, page.siteKind);
      mergeFinding(listedDraft, finding, layer.name);
      // The people a company's own site lists (its team) work for the company the page is about.
      if (page.siteKind === 'generic') fillBlanks(listedDraft.company, draft.company);
      return listedDraft;
    }),
  );
  // A company site listing its team shows the company too, by the name the site gives itself.
  const showsListingCompany = list.length > 0 && page.siteKind === 'generic' && draft.company.name !== undefined;
  const reading = {
    draft: showsProspect(draft, page, confirmed) || showsListingCompany ? draft : emptyDraft(url, 'none'),
    list: list.slice(0, MAX_LISTED_PROSPECTS),
  };
  // Looking for the page's country searches its addresses, a cost worth paying only for a number
  // written without its calling code.
  const needsCountry = [reading.draft, ...reading.list].some(({ person }) => person.phones.some((phone) => !phone.trim().startsWith('+')));
  const countryHint = needsCountry ? inferCountry(doc, page.location, jsonLdNodesOf(page)) : undefined;
  return countryHint ? { countryHint, ...reading } : reading;
}

/** What every layer gets to see of the page. */
export function readPage(doc: Document, url: string): PageContext {
  const location = parseUrl(url);
  return { doc, url, location, siteKind: siteKindOf(location) };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A layer that fails on a page it does not understand gives nothing; the other layers still count. */
function runContained(layer: ExtractionLayer, page: PageContext): LayerOutput {
  try {
    return layer.extract(page);
  } catch {
    return {};
  }
}

/** Fills the draft's blanks from the finding; true (and the layer is credited) when it added anything. */
function mergeFinding(draft: ProspectDraft, finding: Finding, layerName: string): boolean {
  const { emails = [], phones = [], ...person } = finding.person;
  const contributed = [
    fillBlanks(draft.person, person),
    fillBlanks(draft.company, finding.company),
    appendNew(draft.person.emails, emails),
    appendNew(draft.person.phones, phones),
  ].includes(true);
  if (contributed) draft.source.extractors.push(layerName);
  return contributed;
}

function appendNew(target: string[], values: readonly string[]): boolean {
  const added = values
    .filter((value, index) => !target.includes(value) && values.indexOf(value) === index)
    .slice(0, MAX_CONTACT_POINTS - target.length);
  target.push(...added);
  return added.length > 0;
}

/**
 * Kinds where the URL names one person and the title reliably carries their name, so that meta tags
 * alone show a prospect. Not LinkedIn: it serves walls and lagging titles under profile URLs, so
 * there only its DOM or JSON-LD shows one.
 */
const KINDS_NAMED_BY_TITLE: ReadonlySet<PageKind> = new Set(['github', 'x']);

function showsProspect(draft: ProspectDraft, page: PageContext, confirmed: boolean): boolean {
  return confirmed || (KINDS_NAMED_BY_TITLE.has(page.siteKind) && draft.person.fullName !== undefined);
}
