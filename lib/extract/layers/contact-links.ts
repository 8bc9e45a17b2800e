/**
 * The `contact-links` layer: `mailto:` and `tel:` links, the contact points a page offers on purpose.
 * Addresses are validated and lower-cased; numbers are kept as written, for the finish step to read
 * them (finish.ts: E.164 when the page's country is known or the number carries its `+` prefix).
 * On a page about a product or an article they are the site's, not a prospect's: none are read. Nor
 * on LinkedIn, GitHub, X or Crunchbase, whose site layers read the contacts of the profile on screen
 * only (a stale overlay or a quoted post carries someone else's). The links of a person's card on a
 * team page are that person's (landmarks.ts lists them), not the page's.
 */
import { MAX_CONTACT_POINTS, draftEmails, writtenPhones } from '../fields';
import { platformOf } from '../site-kind';
import { isAboutSomethingElse } from '../walls';
import { personCardElements } from './landmarks';
import type { ExtractionLayer } from './layer';

export const contactLinksLayer: ExtractionLayer = {
  name: 'contact-links',
  confirmsProspect: true,
  extract(page) {
    if ((page.location && platformOf(page.location)) || isAboutSomethingElse(page)) return {};
    const contactLinks = [...page.doc.querySelectorAll(CONTACT_LINK_SELECTOR)];
    const cards = new Set(contactLinks.length > 0 ? personCardElements(page) : []);
    const hrefs = contactLinks
      .filter((link) => cards.size === 0 || !hasAncestorIn(link, cards))
      .map((link) => link.getAttribute('href')?.trim() ?? '');
    // Only as many raw values as can fill the draft, with room for invalid ones: a directory has thousands.
    const emails = draftEmails(hrefs.flatMap(mailtoAddresses).slice(0, MAX_CONTACT_POINTS * 4)).slice(0, MAX_CONTACT_POINTS);
    const phones = writtenPhones(hrefs.flatMap(telNumber).slice(0, MAX_CONTACT_POINTS * 4)).slice(0, MAX_CONTACT_POINTS);
    if (emails.length === 0 && phones.length === 0) return {};
    return { subject: { person: { emails, phones }, company: {} } };
  },
};

/** Matched natively: a long page has tens of thousands of other links, not worth a look each from script. */
const CONTACT_LINK_SELECTOR = ['mailto:', 'tel:', 'callto:'].map((scheme) => `a[href^="${scheme}" i]`).join(', ');

/** Up the ancestors rather than `contains` on every card: a long page has thousands of links. */
function hasAncestorIn(element: Element, ancestors: ReadonlySet<Element>): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) if (ancestors.has(parent)) return true;
  return false;
}

/** `mailto:a@x.com,b@x.com?subject=Hi` → both addresses, percent-decoded. */
function mailtoAddresses(href: string): string[] {
  if (!/^mailto:/i.test(href)) return [];
  const addresses = percentDecode(href.slice('mailto:'.length).split('?')[0]);
  return addresses.split(/[,;]/);
}

/** `tel:+380441234567;ext=12` → `+380441234567`; `callto:` is Skype's older spelling. */
function telNumber(href: string): string[] {
  const scheme = /^(?:tel|callto):/i.exec(href);
  if (!scheme) return [];
  return [percentDecode(href.slice(scheme[0].length).split(/[;?]/)[0])];
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/*
 * Handles: every page. Fixtures: test/fixtures/pages/company-contact.html (mailto and a national-format tel link).
 */
