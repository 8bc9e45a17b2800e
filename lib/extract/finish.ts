/**
 * The finishing side of extraction: what turns a page's reading (read.ts) into drafts in the forms
 * the contract asks for (CONTRACT.md §2). It needs the Public Suffix List and the phone metadata,
 * too big to inject into every captured page, so it runs outside the page (lib/capture/capture-tab.ts).
 */
import { parseWebUrl } from '@/lib/canonical/host';
import { isFreeMailDomain, registrableDomain } from '@/lib/canonical/domain';
import { normalisePhone } from '@/lib/canonical/phone';
import { companySizeFor, fillBlanks, unique } from './fields';
import { splitFullName } from './names';
import type { PageReading } from './read';
import type { ProspectCompany, ProspectDraft } from './types';

/** The prospects a page shows, finished. */
export interface PageExtraction {
  /** The prospect the page is about; kind 'none' with empty person and company when there is none. */
  draft: ProspectDraft;
  /** Further prospects the page lists. */
  list: ProspectDraft[];
}

/**
 * The reading's drafts with the fields that follow from the others: phones in E.164, the page kind
 * of a company's own site, the company's website and domain, the name parts, the size. Pure: the
 * reading is left as it was. Never throws on a reading of the right shape, whatever its values.
 */
export function finishReading({ countryHint, draft, list }: PageReading): PageExtraction {
  return { draft: finishDraft(draft, countryHint), list: list.map((listed) => finishDraft(listed, countryHint)) };
}

function finishDraft(reading: ProspectDraft, countryHint: string | undefined): ProspectDraft {
  const draft = structuredClone(reading);
  const { person, company, source } = draft;
  person.phones = draftPhones(person.phones, countryHint);
  if (person.fullName && !person.firstName && !person.lastName) fillBlanks(person, splitFullName(person.fullName) ?? {});
  if (person.headline && person.headline.toLowerCase() === person.title?.toLowerCase()) delete person.headline;
  const site = parseWebUrl(source.url);
  if (source.kind === 'generic' && site && isCompanyOwnSite(company, site)) source.kind = 'company-site';
  fillBlanks(company, {
    size: company.employeeCount === undefined ? undefined : companySizeFor(company.employeeCount),
    website: source.kind === 'company-site' && site ? `${site.origin}/` : undefined,
  });
  fillBlanks(company, { domain: companyDomain(company.website, person.emails) });
  return draft;
}

/** A page that names a company and sits on that company's own domain (or names no other). */
function isCompanyOwnSite(company: ProspectCompany, site: URL): boolean {
  const pageDomain = registrableDomain(site.hostname);
  const websiteDomain = company.website && registrableDomain(company.website);
  return Boolean(company.name && pageDomain && (!websiteDomain || websiteDomain === pageDomain));
}

/** From the website, else from a business (not free-mail) address (CRM.md §6.3). */
function companyDomain(website: string | undefined, emails: readonly string[]): string | undefined {
  const businessEmail = emails.find((email) => !isFreeMailDomain(email));
  return (website && registrableDomain(website)) || (businessEmail && registrableDomain(businessEmail.split('@')[1])) || undefined;
}

/** E.164 when the number can be validated, else its digits as written (with a leading `+` if it had one). */
export function draftPhone(raw: string, countryHint: string | undefined): string | undefined {
  const e164 = normalisePhone(raw, countryHint);
  if (e164) return e164;
  const written = raw.trim();
  const digits = written.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 15) return undefined;
  return written.startsWith('+') ? `+${digits}` : digits;
}

/** Phones in draft form from the numbers as the page wrote them, in order, without repeats. */
export function draftPhones(raws: readonly string[], countryHint: string | undefined): string[] {
  return unique(raws.map((raw) => draftPhone(raw, countryHint)));
}
