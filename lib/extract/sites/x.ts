/**
 * The `dom:x` layer: an X (Twitter) profile header. X navigates without reloading, so the header is
 * read only when its @handle is the one in the URL: a stale header would file one account's bio
 * under another's handle, and the title, which lags too, would name the wrong person: the page then
 * shows no prospect at all.
 */
import { canonicalXUrl, xHandle } from '@/lib/canonical/profiles';
import { cleanText, textOf, TEXT_LIMITS } from '../clean-text';
import { webUrl } from '../fields';
import type { ExtractionLayer } from '../layers/layer';
import { xSelectors as selectors } from './x.selectors';

export const xLayer: ExtractionLayer = {
  name: 'dom:x',
  confirmsProspect: true,
  extract(page) {
    if (page.siteKind !== 'x' || !page.doc.querySelector(selectors.userName.selector)) return {};
    const lines = [...page.doc.querySelectorAll(selectors.userNameLines.selector)].map((line) => cleanText(line.textContent, TEXT_LIMITS.name));
    const handle = lines.find((line) => line?.startsWith('@'))?.slice(1).toLowerCase();
    if (handle !== xHandle(page.url)) return { showsAnotherProfile: true };
    const shownWebsite = cleanText(textOf(page.doc, selectors.website.selector), TEXT_LIMITS.url);
    return {
      subject: {
        person: {
          fullName: lines.find((line) => line && !line.startsWith('@')),
          headline: cleanText(textOf(page.doc, selectors.bio.selector), TEXT_LIMITS.headline),
          location: cleanText(textOf(page.doc, selectors.location.selector), TEXT_LIMITS.location),
          twitterUrl: canonicalXUrl(page.url),
          // The shown address, unless X shortened it with an ellipsis: the link itself only goes through t.co.
          websiteUrl: shownWebsite && !shownWebsite.endsWith('…') ? webUrl(`https://${shownWebsite.replace(/^https?:\/\//, '')}`) : undefined,
          avatarUrl: webUrl(page.doc.querySelector(selectors.avatar.selector)?.getAttribute('src'), page.location?.href),
        },
        company: {},
      },
    };
  },
};

/*
 * Handles: X profile pages (x.com and twitter.com), logged in.
 * Fixtures: test/fixtures/pages/x-profile.html (also read at another handle's URL: a stale header).
 */
