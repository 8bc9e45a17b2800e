/**
 * LinkedIn people search results: one prospect per result that links to a profile. Results of
 * "LinkedIn Member"s outside the rep's network link nowhere and name no one: they are skipped. The
 * subtitle is a headline; its "Title at Company" form gives the title and company.
 */
import { canonicalLinkedInPersonUrl } from '@/lib/canonical/profiles';
import { cleanText, textOf, TEXT_LIMITS } from '../clean-text';
import { MAX_LISTED_PROSPECTS, webUrl } from '../fields';
import type { Finding, PageContext } from '../layers/layer';
import { positionOfHeadline } from './linkedin-headline';
import { linkedInSelectors as selectors } from './linkedin.selectors';

export function linkedInSearchResults(page: PageContext): Finding[] {
  const results = [...page.doc.querySelectorAll(selectors.searchResult.selector)].slice(0, MAX_LISTED_PROSPECTS);
  return results.flatMap((result) => {
    const link = result.querySelector(selectors.searchResultLink.selector);
    const linkedinUrl = canonicalLinkedInPersonUrl(webUrl(link?.getAttribute('href'), page.location?.href) ?? '');
    const fullName = link && cleanText(textOf(link, selectors.searchResultName.selector), TEXT_LIMITS.name);
    if (!linkedinUrl || !fullName) return [];
    const headline = cleanText(textOf(result, selectors.searchResultHeadline.selector), TEXT_LIMITS.headline);
    const position = headline ? positionOfHeadline(headline) : undefined;
    const avatar = result.querySelector(selectors.searchResultAvatar.selector)?.getAttribute('src');
    return [
      {
        person: {
          fullName,
          title: position?.title,
          headline,
          location: cleanText(textOf(result, selectors.searchResultLocation.selector), TEXT_LIMITS.location),
          linkedinUrl,
          avatarUrl: webUrl(avatar, page.location?.href),
        },
        company: { name: position?.company },
      },
    ];
  });
}

/*
 * Handles: LinkedIn people search results (`/search/results/people/`), logged in.
 * Fixtures: test/fixtures/pages/linkedin-search.html (with a "LinkedIn Member" outside the network).
 */
