import { isFreeMailDomain, registrableDomain } from '@/lib/canonical';
import { inferCountry } from './country';
import { MAX_CONTACT_POINTS, companySizeFor } from './fields';
import { LAYERS } from './layers';
import type { ExtractionLayer, Finding, LayerOutput, PageContext } from './layers/layer';
import { splitFullName } from './names';
import { siteKindOf } from './site-kind';
import { emptyDraft, type PageKind, type ProspectDraft } from './types';
import { isWallPage } from './walls';

export interface PageExtraction {
  /** The prospect the page is about; kind 'none' with empty person and company when there is none. */
  draft: ProspectDraft;
  /** Further prospects the page lists. */
  listed: ProspectDraft[];
}

/** Runs every layer over the page and merges what they found. Throws only on a broken `doc` object. */
export function extractPage(doc: Document, url: string): PageExtraction {
  const page = readPage(doc, url);
  if (isWallPage(page)) return { draft: emptyDraft(url, 'none'), listed: [] };
  const outputs = LAYERS.map((layer) => ({ layer, output: runContained(layer, page) }));

  const draft = emptyDraft(url, page.siteKind);
  let confirmed = false;
  for (const { layer, output } of outputs) {
    if (output.subject && mergeFinding(draft, output.subject, layer.name)) confirmed ||= layer.confirmsProspect;
  }
  const kind = pageKind(draft, page, confirmed);
  const listed = outputs.flatMap(({ layer, output }) =>
    (output.listed ?? []).map((finding) => {
      const listedDraft = emptyDraft(url);
      mergeFinding(listedDraft, finding, layer.name);
      return finish(listedDraft, page, pageKind(listedDraft, page, true));
    }),
  );
  return { draft: kind === 'none' ? emptyDraft(url, 'none') : finish(draft, page, kind), listed };
}

/** What every layer gets to see of the page. */
export function readPage(doc: Document, url: string): PageContext {
  const location = parseUrl(url);
  return { doc, url, location, siteKind: siteKindOf(location), countryHint: inferCountry(doc, location) };
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

function fillBlanks<T extends object>(target: T, values: Partial<T>): boolean {
  let filled = false;
  for (const key of Object.keys(values) as Array<keyof T>) {
    const value = values[key];
    if (target[key] === undefined && value !== undefined) {
      target[key] = value as T[keyof T];
      filled = true;
    }
  }
  return filled;
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

function pageKind(draft: ProspectDraft, page: PageContext, confirmed: boolean): PageKind {
  const namedByTitle = KINDS_NAMED_BY_TITLE.has(page.siteKind) && draft.person.fullName !== undefined;
  if (!confirmed && !namedByTitle) return 'none';
  if (page.siteKind !== 'generic') return page.siteKind;
  return isCompanyOwnSite(draft, page) ? 'company-site' : 'generic';
}

/** A page that names a company and sits on that company's own domain (or names no other). */
function isCompanyOwnSite({ company }: ProspectDraft, page: PageContext): boolean {
  const pageDomain = page.location && registrableDomain(page.location.hostname);
  const websiteDomain = company.website && registrableDomain(company.website);
  return Boolean(company.name && pageDomain && (!websiteDomain || websiteDomain === pageDomain));
}

/** Fields that follow from the others: name parts, size, the company's website on its own site, its domain. */
function finish(draft: ProspectDraft, page: PageContext, kind: PageKind): ProspectDraft {
  const { person, company } = draft;
  if (person.fullName && !person.firstName && !person.lastName) fillBlanks(person, splitFullName(person.fullName) ?? {});
  if (person.headline && person.headline.toLowerCase() === person.title?.toLowerCase()) delete person.headline;
  fillBlanks(company, {
    size: company.employeeCount === undefined ? undefined : companySizeFor(company.employeeCount),
    website: kind === 'company-site' && page.location ? `${page.location.origin}/` : undefined,
  });
  fillBlanks(company, { domain: companyDomain(company.website, person.emails) });
  draft.source.kind = kind;
  return draft;
}

/** From the website, else from a business (not free-mail) address (CRM.md §6.3). */
function companyDomain(website: string | undefined, emails: readonly string[]): string | undefined {
  const businessEmail = emails.find((email) => !isFreeMailDomain(email));
  return (website && registrableDomain(website)) || (businessEmail && registrableDomain(businessEmail.split('@')[1])) || undefined;
}
