import { githubLogin, linkedInSlug, xHandle } from '@/lib/canonical/profiles';
import type { PageKind } from './types';

/**
 * The kind of page the URL alone points at. 'generic' for any other site: whether it is a company's
 * own site, or shows a prospect at all, only the page content can tell.
 */
export function siteKindOf(location: URL | undefined): PageKind {
  if (!location) return 'generic';
  switch (platformOf(location)) {
    case 'linkedin':
      return linkedInKind(location);
    case 'github':
      return isGithubProfile(location) ? 'github' : 'generic';
    case 'x':
      return xHandle(location.href) ? 'x' : 'generic';
    case 'crunchbase':
      return /^\/(organization|person)\//.test(location.pathname) ? 'crunchbase' : 'generic';
    default:
      return 'generic';
  }
}

type Platform = 'linkedin' | 'github' | 'x' | 'crunchbase';

/**
 * The platform a URL belongs to: a site that shows other people's profiles, so that its own name
 * (og:site_name, title suffix) is never a prospect's company.
 */
export function platformOf(location: URL): Platform | undefined {
  const host = location.hostname.replace(/^(www|mobile)\./, '');
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (host === 'github.com') return 'github';
  if (host === 'x.com' || host === 'twitter.com') return 'x';
  if (host === 'crunchbase.com') return 'crunchbase';
  return undefined;
}

/** A user or organisation page; a repository page (`/owner/repo`) is about code, not a person. */
function isGithubProfile(location: URL): boolean {
  const segments = location.pathname.split('/').filter(Boolean);
  return githubLogin(location.href) !== undefined && (segments.length === 1 || segments[0] === 'orgs');
}

function linkedInKind(location: URL): PageKind {
  if (linkedInSlug(location.href) || salesNavigatorLeadId(location)) return 'linkedin-person';
  if (/^\/company\/[^/]+/.test(location.pathname)) return 'linkedin-company';
  if (/^\/(?:search\/results\/people|sales\/search\/people|sales\/lists\/people)/.test(location.pathname)) return 'linkedin-list';
  return 'generic';
}

/**
 * The id of a Sales Navigator lead page (`/sales/lead/ACwAAB…,NAME_SEARCH,x1Yz`): the member's
 * Sales Navigator key, which no public profile URL can be made from.
 */
export function salesNavigatorLeadId(location: URL): string | undefined {
  return salesNavigatorIdOf(/^\/sales\/(?:lead|people)\/([^/?#]+)/.exec(location.pathname)?.[1]);
}

/** "ACwAAB1x2y3,NAME_SEARCH,x1Yz" (the lead link's path segment) → "ACwAAB1x2y3". */
export function salesNavigatorIdOf(segment: string | undefined): string | undefined {
  const id = segment?.split(/,|%2C/i)[0];
  return id && /^[A-Za-z0-9_-]{10,100}$/.test(id) ? id : undefined;
}

/** Kinds whose URL names one person, so that the page title is that person's name. */
export const PERSON_PROFILE_KINDS: ReadonlySet<PageKind> = new Set(['linkedin-person', 'github', 'x']);
