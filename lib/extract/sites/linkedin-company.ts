/**
 * A LinkedIn company page (`/company/<slug>/`, its About tab above all): the company only, never a
 * person. Name from the top card; industry, size range, website and headquarters from the About
 * definition list, else from the top card's info line.
 */
import { canonicalLinkedInCompanyUrl } from '@/lib/canonical/profiles';
import { cleanText, textOf, TEXT_LIMITS } from '../clean-text';
import { webUrl, withoutRepeatedParts } from '../fields';
import type { Finding, PageContext } from '../layers/layer';
import type { ProspectCompany } from '../types';
import { factOfLabel, sizeOfRange, type CompanyFact } from './labelled-values';
import { linkedInSelectors as selectors } from './linkedin.selectors';

export function linkedInCompanyFinding(page: PageContext): Finding | undefined {
  const topCard = page.doc.querySelector(selectors.companyTopCard.selector);
  const name = topCard && cleanText(textOf(topCard, selectors.companyName.selector), TEXT_LIMITS.name);
  if (!name) return undefined;
  const facts = aboutFacts(page);
  const infoItems = [...(topCard?.querySelectorAll(selectors.companyInfoItem.selector) ?? [])].map((item) =>
    cleanText(item.textContent, TEXT_LIMITS.title),
  );
  const company: ProspectCompany = {
    name,
    website: facts.website,
    industry: facts.industry ?? infoItems[0],
    size: sizeOfRange(facts.size) ?? infoItems.map(sizeOfRange).find(Boolean),
    location: withoutRepeatedParts(facts.headquarters),
    linkedinUrl: canonicalLinkedInCompanyUrl(page.url),
    description: cleanText(textOf(page.doc, selectors.companyDescription.selector), TEXT_LIMITS.description),
  };
  return { person: {}, company };
}

/** The About card's `dt`/`dd` pairs by fact; a website is its link's target, not its (shortened) text. */
function aboutFacts(page: PageContext): Partial<Record<CompanyFact, string>> {
  const facts: Partial<Record<CompanyFact, string>> = {};
  for (const term of page.doc.querySelectorAll(selectors.companyAboutTerm.selector)) {
    const fact = factOfLabel(term.textContent);
    const value = term.nextElementSibling;
    if (!fact || !value || value.localName !== 'dd' || facts[fact]) continue;
    const link = value.querySelector('a[href]')?.getAttribute('href');
    facts[fact] = fact === 'website' ? websiteOf(link ?? value.textContent, page) : cleanText(value.textContent, TEXT_LIMITS.title);
  }
  return facts;
}

/** The public page links a website through LinkedIn's redirect (`/redir/redirect?url=…`): its target is the website. */
function websiteOf(href: string | null, page: PageContext): string | undefined {
  const url = webUrl(href, page.location?.href);
  if (!url) return undefined;
  const { hostname, pathname, searchParams } = new URL(url);
  const isRedirect = (hostname === 'linkedin.com' || hostname.endsWith('.linkedin.com')) && pathname.startsWith('/redir/redirect');
  return isRedirect ? webUrl(searchParams.get('url')) : url;
}

/*
 * Handles: LinkedIn company pages (`/company/<slug>/` and its About tab), logged in (any interface
 * language the labels are known in) and public (logged out: its JSON-LD gives most, the About list the rest).
 * Fixtures: test/fixtures/pages/linkedin-company.html, linkedin-company-uk.html (Ukrainian interface),
 * linkedin-company-public.html (logged out).
 */
