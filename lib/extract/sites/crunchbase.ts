/**
 * The `dom:crunchbase` layer: a Crunchbase organisation page, a company and no person; a person page,
 * the person at their primary organisation. The About
 * card names each fact by its icon (`iconkey`), the steadiest hook in Crunchbase's Angular markup.
 */
import { cleanText, textOf, TEXT_LIMITS } from '../clean-text';
import { webUrl, withoutTracking } from '../fields';
import type { ExtractionLayer, Finding } from '../layers/layer';
import { crunchbaseSelectors as selectors } from './crunchbase.selectors';
import { sizeOfRange } from './labelled-values';

export const crunchbaseLayer: ExtractionLayer = {
  name: 'dom:crunchbase',
  confirmsProspect: true,
  extract(page) {
    const name = page.siteKind === 'crunchbase' ? cleanText(textOf(page.doc, selectors.name.selector), TEXT_LIMITS.name) : undefined;
    if (!name || !page.location) return {};
    const facts = new Map<string, Element>();
    for (const item of page.doc.querySelectorAll(selectors.aboutItem.selector)) {
      const icon = item.querySelector('label-with-icon[iconkey]')?.getAttribute('iconkey');
      if (icon && !facts.has(icon)) facts.set(icon, item);
    }
    if (page.location.pathname.startsWith('/person/')) return { subject: personFinding(name, page.doc, facts) };
    if (!page.location.pathname.startsWith('/organization/')) return {};
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

/**
 * A person page: the name from its header, the job and company from its title ("Anna Nowak - Co-Founder
 * & CEO @ Routeway - Crunchbase Person Profile"), where Crunchbase writes the primary position.
 */
function personFinding(fullName: string, doc: Document, facts: ReadonlyMap<string, Element>): Finding {
  const position = /^.+? - (.+?) @ (.+?) - Crunchbase\b/.exec(cleanText(doc.title, TEXT_LIMITS.headline) ?? '');
  return {
    person: {
      fullName,
      title: cleanText(position?.[1], TEXT_LIMITS.title),
      location: cleanText(facts.get('icon_location')?.textContent, TEXT_LIMITS.location),
    },
    company: { name: cleanText(position?.[2], TEXT_LIMITS.name) },
  };
}

/*
 * Handles: Crunchbase organisation pages (`/organization/<slug>`) and person pages (`/person/<slug>`).
 * Fixtures: test/fixtures/pages/crunchbase-org.html, crunchbase-org-pl.html, crunchbase-person.html.
 */
