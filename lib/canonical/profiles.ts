/** Canonical LinkedIn, X and GitHub profile URLs and the ids in them (CRM.md §6). */
import { parseWebUrl } from './host';

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
  const slug = linkedInCompanySlug(url);
  return slug && `https://www.linkedin.com/company/${slug}/`;
}

/** The slug (or numeric id) of a LinkedIn company URL, as `linkedInSlug` reads a person's. */
export function linkedInCompanySlug(url: string): string | undefined {
  return linkedInPathId(url, 'company');
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
