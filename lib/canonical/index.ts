/**
 * Canonical forms of the identifiers a prospect carries (CRM.md §6): the one spelling under which
 * two captures of the same person or company compare equal. Capture writes drafts in these forms and
 * de-duplication keys on them, so both must use these functions and nothing else.
 *
 * Every function takes untrusted page text and answers `undefined` (or `false`) instead of throwing.
 */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { getDomain } from 'tldts';
import { FREE_MAIL_DOMAINS } from './free-mail-domains';

/** `https://www.linkedin.com/in/<slug>/` for any LinkedIn person URL variant, else undefined. */
export function canonicalLinkedInPersonUrl(url: string): string | undefined {
  const slug = linkedInSlug(url);
  return slug && `https://www.linkedin.com/in/${slug}/`;
}

/**
 * The public profile slug of a LinkedIn person URL: percent-decoded and lower-cased, whatever the
 * country subdomain, trailing segments (`/overlay/contact-info/`, `/details/…`, a locale), query or fragment.
 */
export function linkedInSlug(url: string): string | undefined {
  return linkedInPathId(url, 'in');
}

/** `https://www.linkedin.com/company/<slug-or-id>/` for any LinkedIn company URL variant, else undefined. */
export function canonicalLinkedInCompanyUrl(url: string): string | undefined {
  const slug = linkedInPathId(url, 'company');
  return slug && `https://www.linkedin.com/company/${slug}/`;
}

/** `https://x.com/<handle>` for an X or Twitter profile URL, else undefined. */
export function canonicalXUrl(url: string): string | undefined {
  const handle = xHandle(url);
  return handle && `https://x.com/${handle}`;
}

/** The lower-cased handle of an X or Twitter profile URL (handles are case-insensitive). */
export function xHandle(url: string): string | undefined {
  const parsed = parseWebUrl(url);
  if (!parsed || !X_HOSTS.has(parsed.hostname)) return undefined;
  const [first] = pathSegments(parsed);
  const handle = first === 'intent' ? parsed.searchParams.get('screen_name') : first;
  if (!handle || !X_HANDLE.test(handle) || X_RESERVED_PATHS.has(handle.toLowerCase())) return undefined;
  return handle.toLowerCase();
}

/** `https://github.com/<login>` for a GitHub user or organisation URL, else undefined. */
export function canonicalGithubUrl(url: string): string | undefined {
  const login = githubLogin(url);
  return login && `https://github.com/${login}`;
}

/** The lower-cased login of a GitHub user or organisation URL (logins are case-insensitive). */
export function githubLogin(url: string): string | undefined {
  const parsed = parseWebUrl(url);
  if (!parsed || !GITHUB_HOSTS.has(parsed.hostname)) return undefined;
  const [first, second] = pathSegments(parsed);
  const login = first === 'orgs' ? second : first;
  if (!login || !GITHUB_LOGIN.test(login) || GITHUB_RESERVED_PATHS.has(login.toLowerCase())) return undefined;
  return login.toLowerCase();
}

/**
 * The registrable domain (eTLD+1) of a URL, host or e-mail domain, by the ICANN section of the
 * Public Suffix List: `https://eu.acme.com.ua/x` → `acme.com.ua`. The private section is ignored on
 * purpose, so that `someone.github.io` gives `github.io`, not a customer's own domain (CRM.md §6.3).
 * Undefined for IP addresses, single-label hosts and anything that is not a host.
 */
export function registrableDomain(urlOrHost: string): string | undefined {
  const host = hostOf(urlOrHost);
  return (host && getDomain(host, { allowPrivateDomains: false })) || undefined;
}

/**
 * The strict e-mail key of CRM.md §6.1: trimmed, NFC, local part and domain lower-cased, domain in
 * punycode without a trailing dot; undefined when the address is not a valid dot-atom address.
 * A leading `mailto:` is accepted.
 */
export function normaliseEmail(raw: string): string | undefined {
  const address = raw.trim().replace(/^mailto:/i, '').normalize('NFC');
  const at = address.lastIndexOf('@');
  if (at < 1 || address.length > MAX_EMAIL_LENGTH) return undefined;
  const local = address.slice(0, at).toLowerCase();
  const domain = asciiHost(address.slice(at + 1));
  if (local.length > 64 || !EMAIL_LOCAL_PART.test(local) || !domain || !isDomainName(domain)) return undefined;
  return `${local}@${domain}`;
}

/**
 * E.164 (`+380441234567`) when the number is valid, read as international when written with `+` or
 * `00`, else as a national number of `countryHint` (ISO 3166 alpha-2). Undefined when it cannot be
 * made valid: the caller decides what to keep.
 */
export function normalisePhone(raw: string, countryHint?: string): string | undefined {
  const written = raw.trim().replace(/^00/, '+');
  if (!written || written.length > MAX_PHONE_LENGTH) return undefined;
  const country = countryHint?.toUpperCase();
  const defaultCountry = country && isSupportedCountry(country) ? (country as CountryCode) : undefined;
  const phone = parsePhoneNumberFromString(written, defaultCountry);
  return phone?.isValid() ? phone.number : undefined;
}

/** Whether a domain (or the domain of an e-mail address) belongs to a free mailbox provider. */
export function isFreeMailDomain(domainOrEmail: string): boolean {
  const host = asciiHost(domainOrEmail.slice(domainOrEmail.lastIndexOf('@') + 1));
  if (!host) return false;
  const domain = registrableDomain(host);
  return FREE_MAIL_DOMAINS.has(host) || (domain !== undefined && FREE_MAIL_DOMAINS.has(domain));
}

const MAX_EMAIL_LENGTH = 254;
const MAX_PHONE_LENGTH = 40;
const EMAIL_LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/** Slugs and ids are free-form; this only keeps out what cannot be part of one path segment. */
const LINKEDIN_PATH_ID = /^[^\s/?#<>"]{1,100}$/u;
const X_HOSTS = new Set(['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** First path segments of X pages that are not profiles. */
const X_RESERVED_PATHS = new Set([
  'about', 'account', 'compose', 'download', 'explore', 'hashtag', 'home', 'i', 'intent', 'jobs', 'login',
  'logout', 'messages', 'notifications', 'privacy', 'search', 'settings', 'share', 'signup', 'tos',
]);
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);
const GITHUB_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
/** First path segments of GitHub pages that are not users or organisations. */
const GITHUB_RESERVED_PATHS = new Set([
  'about', 'apps', 'collections', 'contact', 'copilot', 'customer-stories', 'dashboard', 'enterprise',
  'events', 'explore', 'features', 'issues', 'join', 'login', 'logout', 'marketplace', 'new', 'notifications',
  'organizations', 'orgs', 'pricing', 'pulls', 'search', 'security', 'settings', 'signup', 'site', 'sponsors',
  'team', 'topics', 'trending',
]);

function linkedInPathId(url: string, section: 'in' | 'company'): string | undefined {
  const parsed = parseWebUrl(url);
  if (!parsed || !(parsed.hostname === 'linkedin.com' || parsed.hostname.endsWith('.linkedin.com'))) return undefined;
  const [first, second] = pathSegments(parsed);
  if (first?.toLowerCase() !== section || !second) return undefined;
  const id = percentDecode(second)?.normalize('NFC').toLowerCase();
  return id && LINKEDIN_PATH_ID.test(id) ? id : undefined;
}

/** An http(s) URL; a bare `host/path` as people paste it is read as https. */
function parseWebUrl(raw: string): URL | undefined {
  const text = raw.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function hostOf(urlOrHost: string): string | undefined {
  const text = urlOrHost.trim();
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) return parseWebUrl(text)?.hostname.replace(/\.$/, '') || undefined;
  return asciiHost(text.split(/[/?#]/, 1)[0] ?? '');
}

/** Lower-case punycode form of a bare host name, without a trailing dot; undefined if it is not one. */
function asciiHost(host: string): string | undefined {
  const text = host.trim();
  if (!text || /[\s/?#@:\\[\]]/.test(text)) return undefined;
  try {
    return new URL(`http://${text}`).hostname.replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}

function isDomainName(host: string): boolean {
  const labels = host.split('.');
  return (
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_LABEL.test(labels[labels.length - 1])
  );
}
