/**
 * The `dom:github` layer: a GitHub user page's sidebar card. Its schema.org microdata and h-card
 * already give most fields (earlier layers); this layer adds what only the DOM shows (the login as
 * the profile URL, the bio, the social accounts) and reads every field again for pages where the
 * microdata is missing.
 */
import { canonicalGithubUrl } from '@/lib/canonical/profiles';
import { cleanText, textOf, TEXT_LIMITS } from '../clean-text';
import { draftEmails, profileLinks, unique, webUrl } from '../fields';
import type { ExtractionLayer, Finding, PageContext } from '../layers/layer';
import { githubSelectors as selectors } from './github.selectors';

export const githubLayer: ExtractionLayer = {
  name: 'dom:github',
  confirmsProspect: true,
  extract(page) {
    if (page.siteKind !== 'github') return {};
    if (isGithubOrganisation(page.doc)) return { subject: organisationFinding(page) };
    const card = page.doc.querySelector(selectors.profileCard.selector);
    if (!card) return {};
    const login = cleanText(textOf(card, selectors.login.selector), TEXT_LIMITS.name);
    const fullName = cleanText(textOf(card, selectors.fullName.selector), TEXT_LIMITS.name) ?? login;
    const links = (selector: string) =>
      unique([...card.querySelectorAll(selector)].map((link) => webUrl(link.getAttribute('href'), page.location?.href)));
    const { linkedinUrl, twitterUrl } = profileLinks(links(selectors.social.selector));
    const email = card.querySelector(selectors.email.selector)?.getAttribute('href')?.replace(/^mailto:/i, '');
    return {
      subject: {
        person: {
          fullName,
          headline: cleanText(textOf(card, selectors.bio.selector), TEXT_LIMITS.headline),
          location: cleanText(textOf(card, selectors.location.selector), TEXT_LIMITS.location),
          emails: draftEmails(email ? [email] : []),
          githubUrl: canonicalGithubUrl(page.url),
          linkedinUrl,
          twitterUrl,
          websiteUrl: links(selectors.website.selector)[0],
          avatarUrl: webUrl(card.querySelector(selectors.avatar.selector)?.getAttribute('src'), page.location?.href),
        },
        // GitHub's company field is free text, often the organisation's handle: "@finlytics".
        company: { name: cleanText(textOf(card, selectors.company.selector), TEXT_LIMITS.name)?.replace(/^@(?=\S)/, '') },
      },
    };
  },
};

/** An organisation's page: its URL looks like a user's, but it shows a company, never a person. */
export function isGithubOrganisation(doc: Document): boolean {
  return doc.querySelector(selectors.organisationMark.selector) !== null;
}

/** The organisation's header: a company, with its public e-mail as the way to reach it (CONTRACT.md §2). */
function organisationFinding(page: PageContext): Finding {
  const text = (selector: string, limit: number) => cleanText(textOf(page.doc, selector), limit);
  const email = page.doc.querySelector(selectors.organisationEmail.selector)?.getAttribute('href')?.replace(/^mailto:/i, '');
  return {
    person: { emails: draftEmails(email ? [email] : []) },
    company: {
      name: text(selectors.organisationName.selector, TEXT_LIMITS.name),
      website: webUrl(page.doc.querySelector(selectors.organisationWebsite.selector)?.getAttribute('href'), page.location?.href),
      location: text(selectors.organisationLocation.selector, TEXT_LIMITS.location),
      description: text(selectors.organisationDescription.selector, TEXT_LIMITS.description),
    },
  };
}

/*
 * Handles: GitHub user pages (logged in or not) and organisation pages (a company).
 * Fixtures: test/fixtures/pages/github-user.html, github-org.html, github-repo.html (a repository: no prospect).
 */
