/**
 * The `h-card` layer: microformats2 h-cards (and their classic hCard `vcard` spelling), as personal
 * sites, IndieWeb pages and GitHub write them. The page's representative h-card is its subject: the
 * one whose `u-url` (or `u-uid`) is the page itself, else the only top-level person card. A page with
 * several person cards and none of them representative (a team page) lists them all.
 *
 * A card that is a property of another microformat counts by the role it plays there (see `cardRole`):
 * a review's item and a feed's author stand for the page, a résumé is its holder, an event lists its
 * people; a post's or recipe's author, a product's brand and an event's venue are no prospect.
 */
import { cleanText, TEXT_LIMITS } from '../clean-text';
import { composeLocation, draftEmails, profileLinks, unique, webUrl, writtenPhones } from '../fields';
import { joinName } from '../names';
import type { ProspectCompany } from '../types';
import type { ExtractionLayer, Finding, LayerOutput, PageContext } from './layer';

export const hCardLayer: ExtractionLayer = {
  name: 'h-card',
  confirmsProspect: true,
  extract(page) {
    const cards = [...page.doc.querySelectorAll(CARD_SELECTOR)].slice(0, MAX_CARDS).map((element) => ({ element, role: cardRole(element) }));
    const pageCards = cards.filter(({ role }) => role === 'page').map(({ element }) => readCard(element, page));
    const resumes = [...page.doc.querySelectorAll(RESUME_SELECTOR)]
      .filter((resume) => !resume.closest(CONTENT_SELECTOR))
      .slice(0, MAX_CARDS)
      .map((resume) => readResume(resume, cards, page));
    const output = cardsOutput([...pageCards, ...unique(resumes)], page);
    const eventPeople = cards.filter(({ role }) => role === 'event-person').map(({ element }) => readCard(element, page).finding);
    const listed = [...(output.listed ?? []), ...eventPeople.filter(({ person }) => person.fullName)];
    return listed.length > 0 ? { ...output, listed } : output;
  },
};

const CARD_SELECTOR = '.h-card, .vcard';
const RESUME_SELECTOR = '.h-resume, .hresume';
/** More cards than this is a directory; the first are read. */
const MAX_CARDS = 100;

interface Card {
  finding: Finding;
  /** The card's own URLs (`u-url`, `u-uid`), absolute. */
  urls: string[];
  isPerson: boolean;
}

function cardsOutput(cards: Card[], page: PageContext): LayerOutput {
  const people = cards.filter((card) => card.isPerson);
  const pageUrl = page.location && withoutFragment(page.location.href);
  const representative =
    cards.find((card) => pageUrl !== undefined && card.urls.map(withoutFragment).includes(pageUrl)) ??
    (people.length === 1 ? people[0] : undefined);
  if (representative) return { subject: representative.finding };
  const organisation = cards.find((card) => !card.isPerson && card.finding.company.name !== undefined);
  if (people.length === 0) return organisation ? { subject: organisation.finding } : {};
  return {
    subject: organisation?.finding,
    listed: people.map((card) => ({ ...card.finding, company: { ...organisation?.finding.company, ...card.finding.company } })),
  };
}

/**
 * What a card stands for on the page:
 * - 'page': a card of the page itself: top-level, a review's `item` (the business or person reviewed),
 *   a feed's `author` (on a personal site, the site's owner);
 * - 'event-person': an event's attendee, organiser, performer or speaker: people the page lists;
 * - 'resume-contact', 'resume-experience': parts of a résumé, read with it (`readResume`);
 * - 'none': part of another card (its `p-org`, a child card), anything inside a post, recipe, product
 *   or citation (an article's author, a product's brand), a reviewer, an event's venue, a résumé's
 *   schools and affiliations.
 */
type CardRole = 'page' | 'event-person' | 'resume-contact' | 'resume-experience' | 'none';

function cardRole(card: Element): CardRole {
  if (card.parentElement?.closest(CARD_SELECTOR) || card.closest(CONTENT_SELECTOR)) return 'none';
  const parent = parentRootType(card);
  const roles = propertyNames(card);
  const plays = (...names: string[]) => names.some((name) => roles.includes(name));
  switch (parent) {
    case 'h-review':
    case 'h-review-aggregate':
      return plays('item') ? 'page' : 'none';
    case 'h-feed':
      return plays('author') ? 'page' : 'none';
    case 'h-event':
      return plays('attendee', 'organizer', 'performer', 'speaker') ? 'event-person' : 'none';
    case 'h-resume':
      return plays('contact') ? 'resume-contact' : plays('experience') ? 'resume-experience' : 'none';
    default:
      // A card no known microformat holds is the page's, unless it names itself a property of one.
      return propertyClasses(card).some((name) => name.startsWith('p-') || name.startsWith('u-')) ? 'none' : 'page';
  }
}

/**
 * Microformats whose cards are authors, mentions or makers of the content, never the page's prospect.
 * WordPress classes every page's article `hentry` too; its pages (`type-page`: About, Team) are no post.
 */
const CONTENT_SELECTOR = '.h-entry, .hentry:not(.type-page), .hnews, .h-recipe, .hrecipe, .h-product, .hproduct, .h-cite';

/** Classic roots, spelled as their microformats2 type. */
const CLASSIC_ROOTS: Readonly<Record<string, string>> = {
  vcard: 'h-card',
  vevent: 'h-event',
  hreview: 'h-review',
  'hreview-aggregate': 'h-review-aggregate',
  hresume: 'h-resume',
  hfeed: 'h-feed',
};

/** The roles a classic hCard can play in its parent (the class names classic formats give them). */
const CLASSIC_PROPERTIES = new Set(['item', 'author', 'attendee', 'organizer', 'contact', 'experience']);

/** The types of a microformat root element (`h-review`, or `vevent` as `h-event`); [] for any other element. */
function rootTypes(element: Element): string[] {
  return [...element.classList].map((name) => CLASSIC_ROOTS[name] ?? name).filter((name) => MF2_ROOT.test(name));
}

/** mf2 root class names: `h-` and lower-case words (Tailwind's `h-12` and `h-[50px]` are heights, not roots). */
const MF2_ROOT = /^h-[a-z]+(?:-[a-z]+)*$/;

/** The type of the nearest microformat holding `element` (the first of its types that matters here). */
function parentRootType(element: Element): string | undefined {
  for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const types = rootTypes(ancestor);
    if (types.length > 0) return types.find((type) => type in ROLE_PARENTS) ?? types[0];
  }
  return undefined;
}

const ROLE_PARENTS = { 'h-review': true, 'h-review-aggregate': true, 'h-feed': true, 'h-event': true, 'h-resume': true };

/** The properties a card is of its parent: `p-item` and classic `item` alike, as `item`. */
function propertyNames(card: Element): string[] {
  return [
    ...propertyClasses(card).map((name) => name.slice(2)),
    ...[...card.classList].filter((name) => CLASSIC_PROPERTIES.has(name)),
  ];
}

/**
 * A résumé is its holder: the résumé's own name (else its contact card's), reached through the
 * contact card, working where the current position (an experience without an end) says. A contact
 * card named other than the holder names where they are reached: their organisation.
 */
function readResume(resume: Element, cards: ReadonlyArray<{ element: Element; role: CardRole }>, page: PageContext): Card | undefined {
  const partsOf = (role: CardRole) =>
    cards.filter((card) => card.role === role && card.element.parentElement?.closest(RESUME_SELECTOR) === resume).map(({ element }) => element);
  const [contactElement] = partsOf('resume-contact');
  const currentPosition = partsOf('resume-experience').find((experience) => !experience.querySelector('.dt-end, .dtend'));
  const contact = contactElement && readCard(contactElement, page).finding;
  const contactName = contact?.person.fullName;
  const fullName = ownPropertyText(resume, 'p-name') ?? contactName;
  if (!fullName) return undefined;
  const position = currentPosition && readCard(currentPosition, page).finding;
  const named = fullName === contactName ? {} : { firstName: undefined, lastName: undefined };
  return {
    finding: {
      person: {
        ...contact?.person,
        ...named,
        emails: contact?.person.emails ?? [],
        phones: contact?.person.phones ?? [],
        fullName,
        title: (contactElement && jobTitle(new CardProperties(contactElement, page))) ?? (currentPosition && jobTitle(new CardProperties(currentPosition, page))),
      },
      company: definedFields({
        name: contact?.company.name ?? (contactName !== fullName ? contactName : undefined) ?? position?.company.name,
        website: contact?.company.website ?? position?.company.website,
      }),
    },
    urls: [],
    isPerson: true,
  };
}

/** The text of a root's own property (not one of a microformat inside it). */
function ownPropertyText(root: Element, className: string): string | undefined {
  const own = [...root.getElementsByClassName(className)].find((element) => {
    for (let ancestor = element.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
      if (rootTypes(ancestor).length > 0) return false;
    }
    return true;
  });
  return own && propertyText(own, TEXT_LIMITS.name);
}

function jobTitle(properties: CardProperties): string | undefined {
  return properties.text('p-job-title', 'title', 'p-title') ?? properties.text('p-role', 'role');
}

function readCard(card: Element, page: PageContext): Card {
  const properties = new CardProperties(card, page);
  const explicitName = properties.text('p-name', 'fn');
  const firstName = properties.text('p-given-name', 'given-name');
  const lastName = properties.text('p-family-name', 'family-name');
  const orgs = properties.elements('p-org', 'org');
  const orgCard = orgs.find((org) => org.matches(CARD_SELECTOR));
  const orgName = orgCard
    ? (new CardProperties(orgCard, page).text('p-name', 'fn') ?? impliedName(orgCard))
    : orgs[0] && propertyText(orgs[0], TEXT_LIMITS.name);
  const fullName = explicitName ?? joinName(firstName, lastName) ?? impliedName(card);
  const urls = cardUrls(card, page);
  // A card naming its own organisation (`<p class="p-name p-org">Acme</p>`) is the company's card.
  const isPerson = Boolean(fullName) && fullName !== orgName;
  const company: ProspectCompany = {
    name: orgName ?? (isPerson ? undefined : fullName),
    website: orgCard ? cardUrls(orgCard, page)[0] : isPerson ? undefined : urls[0],
    location: isPerson ? undefined : properties.location(),
  };
  const person = {
    emails: draftEmails(properties.emails()),
    phones: writtenPhones(properties.texts('p-tel', 'tel', 'u-tel')),
  };
  if (!isPerson) return { finding: { person, company: definedFields(company) }, urls, isPerson };
  return {
    finding: {
      person: {
        ...person,
        fullName,
        firstName,
        lastName,
        title: jobTitle(properties),
        location: properties.location(),
        ...profileLinks(urls),
        avatarUrl: properties.urls('u-photo', 'photo')[0],
      },
      company: definedFields(company),
    },
    urls,
    isPerson,
  };
}

/** The properties of one card: elements with a property class whose nearest microformat is this card. */
class CardProperties {
  private readonly own: Element[];

  constructor(
    card: Element,
    private readonly page: PageContext,
  ) {
    const inside = [...card.querySelectorAll('[class]')].filter((element) => nearestCard(element) === card);
    const included = includedElements(card).flatMap((element) => [element, ...element.querySelectorAll('[class]')]);
    this.own = [...inside, ...included.filter((element) => !element.closest(CARD_SELECTOR))].filter((element) => !isInert(element));
  }

  elements(...classNames: string[]): Element[] {
    return this.own.filter((element) => classNames.some((name) => element.classList.contains(name)));
  }

  text(...classNames: string[]): string | undefined {
    return this.texts(...classNames)[0];
  }

  texts(...classNames: string[]): string[] {
    return unique(this.elements(...classNames).map((element) => propertyText(element, TEXT_LIMITS.contactPoint * 2)));
  }

  /** `u-email` values: a link's `mailto:` target, whatever its text says, else the text. */
  emails(): string[] {
    return unique(
      this.elements('u-email', 'email').map((element) => {
        const href = element.getAttribute('href');
        return href ? href.replace(/^mailto:/i, '').split('?')[0] : textOf(element, TEXT_LIMITS.contactPoint);
      }),
    );
  }

  urls(...classNames: string[]): string[] {
    return unique(this.elements(...classNames).map((element) => webUrl(urlOf(element), this.page.location?.href)));
  }

  location(): string | undefined {
    const locality = this.text('p-locality', 'locality');
    const region = this.text('p-region', 'region');
    const country = this.text('p-country-name', 'country-name');
    const composed = composeLocation(locality, region, country);
    const address = this.elements('p-adr', 'adr').find((element) => !element.matches('.h-adr'));
    return composed ?? (address && textOf(address, TEXT_LIMITS.location));
  }
}

/** A card's own URLs (`u-url`, `u-uid`), else mf2's implied URL: the card's own link (`<a class="p-org h-card" href>`). */
function cardUrls(card: Element, page: PageContext): string[] {
  const explicit = new CardProperties(card, page).urls('u-url', 'url', 'u-uid', 'uid');
  const implied = card.localName === 'a' ? webUrl(card.getAttribute('href'), page.location?.href) : undefined;
  return explicit.length > 0 || !implied ? explicit : [implied];
}

/**
 * What classic hCard's include pattern adds to a card: the elements named by an `include` link or
 * object (`<a class="include" href="#acme">`), its `itemref` ids, or a table cell's `headers`, so that
 * one organisation written once is every card's. Elements inside the card, or holding it, are skipped.
 */
function includedElements(card: Element): Element[] {
  const references = [...card.querySelectorAll('a.include[href^="#"], object.include[data^="#"]')].map((element) =>
    (element.getAttribute('href') ?? element.getAttribute('data') ?? '').slice(1),
  );
  const ids = [...references, ...(card.getAttribute('itemref') ?? '').split(/\s+/), ...(card.getAttribute('headers') ?? '').split(/\s+/)];
  return unique(ids.filter(Boolean).slice(0, MAX_INCLUDES).map((id) => card.ownerDocument.getElementById(id) ?? undefined)).filter(
    (element) => !element.contains(card) && !card.contains(element),
  );
}

/** A card includes a handful of shared blocks; more is a generated page. */
const MAX_INCLUDES = 10;

/** The card an element's properties belong to; nested `h-adr`/`h-geo` are parts of the card, not cards. */
function nearestCard(element: Element): Element | null {
  return element.parentElement?.closest(CARD_SELECTOR) ?? null;
}

/** A `<template>` is not rendered: mf2 parsers skip it, and so does the layer. */
function isInert(element: Element): boolean {
  return element.localName === 'template';
}

function propertyClasses(element: Element): string[] {
  return [...element.classList].filter((name) => /^[pue]-/.test(name));
}

/**
 * A property's text: an image's `alt`, an abbreviation's `title`, a data element's `value`, else its
 * text without scripts and style sheets. An implied name also reads the images inside as their `alt`
 * (mf2's text value), unless the text already says it: an avatar beside a name is no part of it.
 */
function textOf(element: Element, maxLength: number, readsImages = false): string | undefined {
  const value =
    (element.localName === 'img' || element.localName === 'area' ? element.getAttribute('alt') : null) ??
    (element.localName === 'abbr' ? element.getAttribute('title') : null) ??
    (element.localName === 'data' ? element.getAttribute('value') : null) ??
    readableText(element, maxLength, readsImages);
  return cleanText(value?.replace(/^(?:mailto|tel):/i, ''), maxLength);
}

/** Only a short text is walked: a longer one is no value anyway. */
function readableText(element: Element, maxLength: number, readsImages: boolean): string | null {
  const text = element.textContent;
  if (!text || text.length > maxLength * 4 || !element.querySelector('script, style, img')) return text;
  const parts: string[] = [];
  const alts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType !== ELEMENT_NODE) continue;
      else if ((child as Element).localName === 'img') alts.push((child as Element).getAttribute('alt')?.trim() ?? '');
      else if (!NOT_TEXT.has((child as Element).localName)) walk(child);
    }
  };
  walk(element);
  const ownText = parts.join('');
  const newAlts = readsImages ? alts.filter((alt) => alt && !ownText.includes(alt)) : [];
  return [ownText, ...newAlts].join(' ');
}

/** Node types by number: a page's `Node` global is not ours to read (the layer also runs on parsed documents). */
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const NOT_TEXT = new Set(['script', 'style', 'template']);

/**
 * A property's text by the value-class pattern: the parts marked `value` (or `value-title`), when it has
 * any, else its whole text. The parts are joined by a space, as a reader reads them ("John Doe"), where
 * mf2 parsers join them by nothing.
 */
function propertyText(element: Element, maxLength: number): string | undefined {
  const parts = [...element.querySelectorAll('.value, .value-title')].filter(
    (part) => !isInert(part) && !part.parentElement?.closest('template') && isOwnValue(part, element),
  );
  if (parts.length === 0) return textOf(element, maxLength);
  const texts = parts.map((part) => (part.classList.contains('value-title') ? part.getAttribute('title') : textOf(part, maxLength)));
  return cleanText(texts.filter(Boolean).join(' '), maxLength);
}

/** A value part of `property` itself, not of a property or microformat nested in it. */
function isOwnValue(part: Element, property: Element): boolean {
  for (let ancestor = part.parentElement; ancestor && ancestor !== property; ancestor = ancestor.parentElement) {
    if (propertyClasses(ancestor).length > 0 || rootTypes(ancestor).length > 0) return false;
  }
  return true;
}

function urlOf(element: Element): string | null {
  return element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('data') ?? element.textContent;
}

/**
 * mf2's implied name, for an h-card with no property and no nested microformat: the `alt` or `title` of
 * the card itself or of its only child (or grandchild) when that is an image, area or abbreviation,
 * else the card's text (`<a class="h-card">Jane Doe</a>`).
 */
function impliedName(card: Element): string | undefined {
  // Classic hCard names itself with `fn`; mf2 parsers imply nothing for it (a dateline's address is no name).
  if (!card.classList.contains('h-card')) return undefined;
  const hasParts = [...card.querySelectorAll('[class]')].some(
    (element) => !isInert(element) && (propertyClasses(element).length > 0 || [...element.classList].some((name) => /^h-/.test(name))),
  );
  if (hasParts) return undefined;
  const onlyChild = (element: Element | undefined) => (element?.children.length === 1 ? element.children[0] : undefined);
  const labelled = [card, onlyChild(card), onlyChild(onlyChild(card))].find(
    (element) => element && LABELLED_ELEMENTS.has(element.localName),
  );
  return textOf(labelled ?? card, TEXT_LIMITS.name, true);
}

const LABELLED_ELEMENTS = new Set(['img', 'area', 'abbr']);

function withoutFragment(url: string): string {
  return url.split('#')[0].replace(/\/$/, '');
}

function definedFields(company: ProspectCompany): ProspectCompany {
  return Object.fromEntries(Object.entries(company).filter(([, value]) => value !== undefined));
}

/*
 * Handles: pages with microformats2 h-cards or classic hCards: personal and IndieWeb sites, GitHub's
 * user card, team pages marking each member up.
 * Fixtures: test/fixtures/pages/personal-h-card.html.
 */
