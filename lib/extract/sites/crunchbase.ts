/**
 * The `dom:crunchbase` layer: a Crunchbase organisation page, a company and no person. The About
 * card names each fact by its icon (`iconkey`), the steadiest hook in Crunchbase's Angular markup.
 */
import { cleanText, textOf, TEXT_LIMITS } from '../clean-text';
import { webUrl, withoutTracking } from '../fields';
import type { ExtractionLayer } from '../layers/layer';
import { crunchbaseSelectors as selectors } from './crunchbase.selectors';
import { sizeOfRange } from './labelled-values';

export const crunchbaseLayer: ExtractionLayer = {
  name: 'dom:crunchbase',
  confirmsProspect: true,
  extract(page) {
    const name = page.siteKind === 'crunchbase' ? cleanText(textOf(page.doc, selectors.name.selector), TEXT_LIMITS.name) : undefined;
    if (!name || !page.location?.pathname.startsWith('/organization/')) return {};
    const facts = new Map<string, Element>();
    for (const item of page.doc.querySelectorAll(selectors.aboutItem.selector)) {
      const icon = item.querySelector('label-with-icon[iconkey]')?.getAttribute('iconkey');
      if (icon && !facts.has(icon)) facts.set(icon, item);
    }
    const website = facts.get('icon_website')?.querySelector('a[href]')?.getAttribute('href');
    const industries = [...page.doc.querySelectorAll(selectors.industry.selector)].map((chip) => cleanText(chip.textContent, TEXT_LIMITS.title));
    return {
      subject: {
        person: {},
        company: {
          name,
          website: withoutTracking(webUrl(website, page.location.href)),
          industry: industries.filter(Boolean).join(', ') || undefined,
          size: sizeOfRange(cleanText(facts.get('icon_people')?.textContent, TEXT_LIMITS.title)),
          location: cleanText(facts.get('icon_location')?.textContent, TEXT_LIMITS.location),
          description: cleanText(textOf(page.doc, selectors.description.selector), TEXT_LIMITS.description),
        },
      },
    };
  },
};

/*
 * Handles: Crunchbase organisation pages (`/organization/<slug>`); person pages are read by their meta tags.
 * Fixtures: test/fixtures/pages/crunchbase-org.html.
 */
