/**
 * The finishing side of extraction: what turns a page's reading (read.ts) into drafts in the forms
 * the contract asks for (CONTRACT.md §2). It needs the Public Suffix List and the phone metadata,
 * too big to inject into every captured page, so it runs outside the page (lib/capture/capture-tab.ts).
 */
import { parseWebUrl } from '@/lib/canonical/host';
import { isFreeMailDomain, isPlatformHostedSite, registrableDomain } from '@/lib/canonical/domain';
import { normalisePhone } from '@/lib/canonical/phone';
import { companySizeFor, fillBlanks, unique } from './fields';
import { splitFullName } from './names';
import type { PageReading } from './read';
import type { ProspectCompany, ProspectDraft, ProspectPerson } from './types';

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
  // The display name stays as the page writes it (CONTRACT.md §2), emoji and all; the parts a CRM
  // greets the contact by leave them out, and a name of nothing but emoji is no name.
  const plainName = person.fullName === undefined ? undefined : withoutEmoji(person.fullName);
  if (!plainName) delete person.fullName;
  for (const part of ['firstName', 'lastName'] as const) {
    if (person[part] === undefined) continue;
    const name = withoutEmoji(person[part]);
    if (name) person[part] = name;
    else delete person[part];
  }
  if (plainName && !person.firstName && !person.lastName) fillBlanks(person, splitFullName(plainName) ?? {});
  if (person.headline && person.headline.toLowerCase() === person.title?.toLowerCase()) delete person.headline;
  const site = parseWebUrl(source.url);
  if (source.kind === 'generic' && site && isCompanyOwnSite(company, person, site)) source.kind = 'company-site';
  fillBlanks(company, {
    size: company.employeeCount === undefined ? undefined : companySizeFor(company.employeeCount),
    website: source.kind === 'company-site' && site ? `${site.origin}/` : undefined,
  });
  fillBlanks(company, { domain: companyDomain(company, person) });
  return draft;
}

/**
 * A page that names a company and sits on that company's own domain (or names no other), unless it
 * is the person's own site (jane.dev) or a site on a hosting platform (jane.github.io).
 */
function isCompanyOwnSite(company: ProspectCompany, person: ProspectPerson, site: URL): boolean {
  const pageDomain = registrableDomain(site.hostname);
  const websiteDomain = company.website && registrableDomain(company.website);
  return Boolean(
    company.name &&
      pageDomain &&
      (!websiteDomain || websiteDomain === pageDomain) &&
      isCompanyDomainCandidate(site.hostname, company, person),
  );
}

/**
 * From the website, else from a business address (CRM.md §6.3). A personal domain never becomes the
 * company's: not a free mailbox, not a site on a hosting platform, not the person's own website
 * (a developer's `iryna@ibondar.dev` on GitHub or X) unless that domain bears the company's name.
 */
function companyDomain(company: ProspectCompany, person: ProspectPerson): string | undefined {
  const website = company.website && isCompanyDomainCandidate(company.website, company, person) ? company.website : undefined;
  const businessEmail = person.emails.find(
    (email) => !isFreeMailDomain(email) && isCompanyDomainCandidate(email.split('@')[1], company, person),
  );
  return (website && registrableDomain(website)) || (businessEmail && registrableDomain(businessEmail.split('@')[1])) || undefined;
}

function isCompanyDomainCandidate(urlOrHost: string, company: ProspectCompany, person: ProspectPerson): boolean {
  if (isPlatformHostedSite(urlOrHost)) return false;
  const domain = registrableDomain(urlOrHost);
  const ownSiteDomain = person.websiteUrl && registrableDomain(person.websiteUrl);
  return domain !== ownSiteDomain || bearsName(domain, company.name);
}

/** "cargotrack.com.ua" bears "Cargotrack" and "CargoTrack LLC"; "acmecorp.com" bears "Acme". */
function bearsName(domain: string | undefined, name: string | undefined): boolean {
  const label = domain?.split('.')[0].replace(/[^a-z\d]/g, '');
  const letters = name?.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  return Boolean(label && letters && Math.min(label.length, letters.length) >= 3 && (letters.includes(label) || label.includes(letters)));
}

/** A name without the emoji people decorate display names with ("Mariia Bondarenko 🇺🇦✨"). */
function withoutEmoji(name: string): string | undefined {
  return name.replace(EMOJI, '').replace(/\s+/g, ' ').trim() || undefined;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D}|\u{20E3}|[\u{1F3FB}-\u{1F3FF}]/gu;

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
