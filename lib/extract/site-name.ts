/**
 * The name a site gives itself, for a company's own pages that carry no structured data: a contact
 * page whose only address is `sales@…` is still that company's page, and the rep wants its name.
 * From the most to the least deliberate: `og:site_name`, `application-name`, the title beside a page
 * word ("Contact | Acme Logistics"), the header's link home (its logo's `alt`, else its text), the
 * footer's copyright holder.
 */
import { cleanText, TEXT_LIMITS } from './clean-text';

export function siteNameOf(doc: Document, meta: ReadonlyMap<string, string>, location: URL | undefined): string | undefined {
  return (
    cleanText(meta.get('og:site_name'), TEXT_LIMITS.name) ??
    cleanText(meta.get('application-name'), TEXT_LIMITS.name) ??
    nameBesidePageWord(doc) ??
    homeLinkName(doc, location) ??
    copyrightHolder(doc)
  );
}

/** "Contact | Acme Logistics", "Acme Logistics — About us", "Контакти - Акме": the part that is not the page's. */
function nameBesidePageWord(doc: Document): string | undefined {
  const parts = (cleanText(doc.title, TEXT_LIMITS.headline) ?? '').split(TITLE_SEPARATOR).map((part) => part.trim());
  if (parts.length < 2 || parts.length > 3) return undefined;
  const heading = cleanText(doc.querySelector('h1')?.textContent, TEXT_LIMITS.headline)?.toLowerCase();
  const others = parts.filter((part) => !PAGE_WORDS.test(part) && part.toLowerCase() !== heading);
  return others.length === 1 && others.length < parts.length ? asName(others[0]) : undefined;
}

const TITLE_SEPARATOR = /\s+[|–—·•:»/]\s+|\s+-\s+/;

/** Titles of a site's own pages, in English, Ukrainian and Russian: never a company's name. */
const PAGE_WORDS =
  /^(?:contacts?(?: us)?|get in touch|about(?: us)?|our team|team|home(?:page)?|impressum|imprint|kontakt[eiy]?|контакти|контакты|про нас|о нас|про компанію|о компании|команда|наша команда|головна|главная|зв.язатися з нами|связаться с нами)$/i;

/** The header's link to the site's home page: its logo's `alt` (without "logo"), its label, or its short text. */
function homeLinkName(doc: Document, location: URL | undefined): string | undefined {
  if (!location) return undefined;
  const links = [...doc.querySelectorAll('header a[href], [role="banner"] a[href], nav a[href]')].slice(0, MAX_HEADER_LINKS);
  const home = links.find((link) => isHomeUrl(link.getAttribute('href') ?? '', location));
  if (!home) return undefined;
  const logo = home.querySelector('img[alt]')?.getAttribute('alt')?.replace(LOGO_WORD, '');
  return asName(logo) ?? asName(home.getAttribute('aria-label')?.replace(LOGO_WORD, '')) ?? asName(home.textContent);
}

/** A header has a few dozen links; more is a mega-menu, whose first ones hold the logo. */
const MAX_HEADER_LINKS = 40;
const LOGO_WORD = /\b(?:logo(?:type)?|логотип|home|головна|главная)\b/gi;

function isHomeUrl(href: string, location: URL): boolean {
  try {
    const url = new URL(href, location.href);
    return url.host === location.host && /^\/(?:index\.\w+|[a-z]{2}(?:-[a-z]{2})?\/?)?$/i.test(url.pathname);
  } catch {
    return false;
  }
}

/** "© 2019–2025 Acme Logistics LLC. All rights reserved." → "Acme Logistics LLC". */
function copyrightHolder(doc: Document): string | undefined {
  const footer = doc.querySelector('footer, [role="contentinfo"]');
  const text = (footer?.textContent ?? '').slice(0, MAX_FOOTER_CHARS);
  const holder = COPYRIGHT.exec(text)?.[1];
  return asName(holder?.replace(RIGHTS_RESERVED, ''));
}

const MAX_FOOTER_CHARS = 4000;
const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–—]\s*(?:\d{4}|present))?\s*)?(?:by\s+)?([^\n|•·©]{2,100})/i;
const RIGHTS_RESERVED = /[.,]?\s*(?:all rights reserved|усі права захищені|все права защищены)[\s\S]*$|\.\s[\s\S]*$|\.$/i;

/** Text short enough to be a company's name: at most six words, no sentence, no page word. */
function asName(text: string | null | undefined): string | undefined {
  const name = cleanText(text, TEXT_LIMITS.name);
  if (!name || name.length > MAX_NAME_CHARS || name.split(' ').length > 6 || PAGE_WORDS.test(name) || !/\p{L}/u.test(name)) return undefined;
  return name;
}

const MAX_NAME_CHARS = 80;
