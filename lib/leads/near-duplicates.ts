import { isFreeMailDomain, isRoleAddress, looseEmailKey, normaliseEmail, registrableDomain } from '@/lib/canonical';
import type { ProspectCompany, ProspectPerson } from '@/lib/extract/types';
import { jaroWinkler, latinSpellings, nameSkeleton, normaliseCompanyName, normaliseName } from './names';

/** What near-duplicate detection reads of a lead or a capture. */
export interface NearFacts {
  person: Pick<ProspectPerson, 'fullName' | 'firstName' | 'lastName' | 'emails'>;
  company: Pick<ProspectCompany, 'name' | 'domain' | 'website'>;
}

/** Why two people may be one: similar names at one company, or the same loose e-mail key. */
export type NearReason = 'name' | 'email';

/** CRM.md §6.4: last names at least this similar (Jaro-Winkler)… */
export const LAST_NAME_SIMILARITY = 0.92;
/** …and first names at least this similar, or one of them an initial of the other. */
export const FIRST_NAME_SIMILARITY = 0.85;

/**
 * The company's registrable domain: stated, from its website, or from a work address (never a free
 * mailbox's) — CRM.md §6.3.
 */
export function companyDomain(facts: {
  person: Pick<ProspectPerson, 'emails'>;
  company: Pick<ProspectCompany, 'domain' | 'website'>;
}): string | undefined {
  const { company, person } = facts;
  const stated = company.domain ?? (company.website ? registrableDomain(company.website) : undefined);
  if (stated) return stated;
  const work = person.emails.flatMap((email) => normaliseEmail(email) ?? []).find((email) => !isFreeMailDomain(email));
  return work ? registrableDomain(work.slice(work.lastIndexOf('@') + 1)) : undefined;
}

/** The same company is the same registrable domain, or the same name without its legal form. */
function companyKeys(facts: NearFacts): string[] {
  const domain = companyDomain(facts);
  const name = facts.company.name ? normaliseCompanyName(facts.company.name) : '';
  return [...(domain ? [`d:${domain}`] : []), ...(name ? [`n:${name}`] : [])];
}

interface NameParts {
  first: string;
  last: string;
}

/** First and last name, normalised: the page's split when it has one, else the first and last word. */
export function nameParts(person: NearFacts['person']): NameParts | undefined {
  const first = normaliseName(person.firstName ?? '');
  const last = normaliseName(person.lastName ?? '');
  if (first && last) return { first, last };
  const words = normaliseName(person.fullName ?? '').split(' ').filter(Boolean);
  return words.length >= 2 ? { first: words[0], last: words[words.length - 1] } : undefined;
}

/** Every Latin spelling of the name (a Cyrillic name has a Ukrainian and a Russian one). */
function spelledNames(parts: NameParts): NameParts[] {
  return latinSpellings(parts.first).flatMap((first) => latinSpellings(parts.last).map((last) => ({ first, last })));
}

function personalLooseKeys(emails: readonly string[]): string[] {
  return emails.filter((email) => !isRoleAddress(email)).flatMap((email) => looseEmailKey(email) ?? []);
}

/**
 * Blocking keys (CRM.md §6.4): a lead is compared only with leads sharing one. A sound skeleton of
 * each name word at each company key (either word: names are also written surname first), and the
 * loose key of each personal address. Stored on the lead and indexed, so finding candidates reads
 * a handful of records, never the whole store.
 */
export function nearKeys(facts: NearFacts): string[] {
  const parts = nameParts(facts.person);
  const words = parts ? spelledNames(parts).flatMap(({ first, last }) => [first, last]) : [];
  const skeletons = [...new Set(words.map(nameSkeleton).filter(Boolean))];
  const nameKeys = companyKeys(facts).flatMap((company) => skeletons.map((skeleton) => `name:${company}:${skeleton}`));
  const emailKeys = personalLooseKeys(facts.person.emails).map((key) => `email:${key}`);
  return [...new Set([...nameKeys, ...emailKeys])];
}

function isInitialOf(initial: string, name: string): boolean {
  return initial.length === 1 && name.startsWith(initial);
}

function firstNamesMatch(a: string, b: string): boolean {
  return isInitialOf(a, b) || isInitialOf(b, a) || jaroWinkler(a, b) >= FIRST_NAME_SIMILARITY;
}

function namesSimilar(a: NameParts, b: NameParts): boolean {
  // Either order: 'Шевченко Олександр' is often written surname first.
  const others = [...spelledNames(b), ...spelledNames({ first: b.last, last: b.first })];
  return spelledNames(a).some((one) =>
    others.some(
      (other) => jaroWinkler(one.last, other.last) >= LAST_NAME_SIMILARITY && firstNamesMatch(one.first, other.first),
    ),
  );
}

/**
 * Whether two people may be one (CRM.md §6.4): the same loose e-mail key, or similar first and last
 * names (any Latin spelling, either order) at the same company. Never a reason to merge silently.
 */
export function nearMatch(a: NearFacts, b: NearFacts): NearReason | undefined {
  const emailsOfB = new Set(personalLooseKeys(b.person.emails));
  if (personalLooseKeys(a.person.emails).some((key) => emailsOfB.has(key))) return 'email';
  const companiesOfB = new Set(companyKeys(b));
  if (!companyKeys(a).some((key) => companiesOfB.has(key))) return undefined;
  const namesA = nameParts(a.person);
  const namesB = nameParts(b.person);
  return namesA && namesB && namesSimilar(namesA, namesB) ? 'name' : undefined;
}
