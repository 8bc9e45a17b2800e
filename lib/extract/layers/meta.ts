/**
 * The `meta` layer: OpenGraph, Twitter cards, the document title and the name a site gives itself
 * (site-name.ts). They describe any page, so they only name a person on a profile page (by URL or
 * `og:type=profile`) and only name a company on a site's own, non-article pages; they never show by
 * themselves that a prospect is there.
 */
import { cleanText, TEXT_LIMITS } from '../clean-text';
import { webUrl } from '../fields';
import { cleanDocumentTitle, joinName, nameFromProfileTitle } from '../names';
import { PERSON_PROFILE_KINDS, platformOf } from '../site-kind';
import { siteNameOf } from '../site-name';
import { isGithubOrganisation } from '../sites/github';
import type { ProspectPerson } from '../types';
import type { ExtractionLayer, Finding, PageContext } from './layer';

export const metaLayer: ExtractionLayer = {
  name: 'meta',
  confirmsProspect: false,
  extract(page) {
    const meta = readMeta(page.doc);
    const type = meta.get('og:type')?.toLowerCase() ?? '';
    const siteName = cleanText(meta.get('og:site_name'), TEXT_LIMITS.name);
    // A GitHub organisation's page has a profile's URL, type and title, but shows a company.
    const isOrganisation = page.siteKind === 'github' && isGithubOrganisation(page.doc);
    const isProfile = !isOrganisation && (PERSON_PROFILE_KINDS.has(page.siteKind) || type === 'profile');
    const isSitePage = !isProfile && !type.startsWith('article') && page.location && !platformOf(page.location);
    const finding: Finding = {
      person: isProfile ? profilePerson(meta, page, siteName) : {},
      company: isSitePage ? { name: siteNameOf(page.doc, meta, page.location) } : {},
    };
    return { subject: finding };
  },
};

function profilePerson(meta: ReadonlyMap<string, string>, page: PageContext, siteName: string | undefined): Partial<ProspectPerson> {
  const firstName = cleanText(meta.get('profile:first_name'), TEXT_LIMITS.name);
  const lastName = cleanText(meta.get('profile:last_name'), TEXT_LIMITS.name);
  const title = cleanDocumentTitle(meta.get('og:title') ?? meta.get('twitter:title') ?? page.doc.title, siteName);
  return {
    fullName: joinName(firstName, lastName) ?? (title && nameFromProfileTitle(title, page.siteKind)),
    firstName,
    lastName,
    avatarUrl: webUrl(meta.get('og:image') ?? meta.get('twitter:image'), page.location?.href),
  };
}

/** Every `<meta property|name=… content=…>`, keys lower-cased; the first of repeated keys wins. */
function readMeta(doc: Document): ReadonlyMap<string, string> {
  const meta = new Map<string, string>();
  for (const element of doc.querySelectorAll('meta[content]')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name'))?.trim().toLowerCase();
    if (key && !meta.has(key)) meta.set(key, element.getAttribute('content') ?? '');
  }
  return meta;
}

/*
 * Handles: every page; names people on LinkedIn, GitHub and X profiles and on `og:type=profile` pages.
 * Fixtures: test/fixtures/pages/linkedin-profile.html (title "(3) Olena Kovalenko | LinkedIn"),
 * company-contact.html (og:site_name), news-article.html (article: no company from og:site_name).
 */
