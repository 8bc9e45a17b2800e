/**
 * What a page yields: one prospect (a person and their company) as read off the page.
 * The shape is a public seam (CONTRACT.md §2); keep it stable.
 */
export interface ProspectPerson {
  /** Display name as written on the page, whitespace-collapsed. */
  fullName?: string;
  firstName?: string;
  lastName?: string;
  /** Current job title (from the current position when the page has one). */
  title?: string;
  /** LinkedIn-style headline, when different from the title. */
  headline?: string;
  location?: string;
  /** Lower-cased, de-obfuscated, valid addresses only, in page order. */
  emails: string[];
  /** E.164 when the country is known or inferable, else digits as written. */
  phones: string[];
  /** Canonical: https://www.linkedin.com/in/<slug>/ */
  linkedinUrl?: string;
  /**
   * Sales Navigator's key of the member (`ACwAAB…` from `/sales/lead/<id>,…`), kept apart: it cannot
   * be turned into an /in/ URL, but it tells the same lead captured again from Sales Navigator.
   */
  salesNavigatorId?: string;
  /** Canonical: https://x.com/<handle> */
  twitterUrl?: string;
  /** Canonical: https://github.com/<login> */
  githubUrl?: string;
  websiteUrl?: string;
  avatarUrl?: string;
}

export const COMPANY_SIZES = [
  '1-10',
  '11-50',
  '51-200',
  '201-500',
  '501-1000',
  '1001-5000',
  '5001-10000',
  '10001+',
] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export interface ProspectCompany {
  name?: string;
  /** Registrable domain, lower-case, no 'www.' (e.g. 'acme.com.ua'). */
  domain?: string;
  website?: string;
  industry?: string;
  size?: CompanySize;
  /** When the page states a number. */
  employeeCount?: number;
  location?: string;
  /** Canonical: https://www.linkedin.com/company/<slug>/ */
  linkedinUrl?: string;
  description?: string;
}

export const PAGE_KINDS = [
  'linkedin-person',
  'linkedin-company',
  'linkedin-list',
  'github',
  'x',
  'crunchbase',
  'company-site',
  'generic',
  'none',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface ProspectSource {
  url: string;
  kind: PageKind;
  /** Which layers contributed, e.g. ['json-ld', 'h-card', 'dom:linkedin']. */
  extractors: string[];
}

export interface ProspectDraft {
  person: ProspectPerson;
  company: ProspectCompany;
  source: ProspectSource;
}

export function emptyDraft(url: string, kind: PageKind = 'none'): ProspectDraft {
  return { person: { emails: [], phones: [] }, company: {}, source: { url, kind, extractors: [] } };
}
