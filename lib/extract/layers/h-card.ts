/**
 * The `h-card` layer: microformats2 h-cards (and their classic hCard `vcard` spelling), as personal
 * sites, IndieWeb pages and GitHub write them. The page's representative h-card is its subject: the
 * one whose `u-url` (or `u-uid`) is the page itself, else the only top-level person card. A page with
 * several person cards and none of them representative (a team page) lists them all.
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
    const cards = [...page.doc.querySelectorAll(CARD_SELECTOR)].filter(isTopLevelCard).slice(0, MAX_CARDS);
    return cardsOutput(cards.map((card) => readCard(card, page)), page);
  },
};

const CARD_SELECTOR = '.h-card, .vcard';
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
  const organisation = cards.find((card) => !card.isPerson);
  if (people.length === 0) return organisation ? { subject: organisation.finding } : {};
  return {
    subject: organisation?.finding,
    listed: people.map((card) => ({ ...card.finding, company: { ...organisation?.finding.company, ...card.finding.company } })),
  };
}

/**
 * A card that is no part of another: neither a property of another microformat (`p-author h-card`,
 * `p-org h-card`), nor nested in another card (a child card, `<a class="h-card">Mozilla</a>` inside one),
 * nor part of a post (`h-entry`, classic `hentry` and `hnews`): there it is the byline's author or someone the
 * post mentions, and an article's author is not a prospect.
 */
function isTopLevelCard(card: Element): boolean {
  const isProperty = propertyClasses(card).some((name) => name.startsWith('p-') || name.startsWith('u-'));
  return !isProperty && !card.parentElement?.closest(CARD_SELECTOR) && !card.closest(POST_SELECTOR);
}

const POST_SELECTOR = '.h-entry, .hentry, .hnews';

function readCard(card: Element, page: PageContext): Card {
  const properties = new CardProperties(card, page);
  const explicitName = properties.text('p-name', 'fn');
  const firstName = properties.text('p-given-name', 'given-name');
  const lastName = properties.text('p-family-name', 'family-name');
  const orgs = properties.elements('p-org', 'org');
  const orgCard = orgs.find((org) => org.matches(CARD_SELECTOR));
  const orgName = orgCard
    ? (new CardProperties(orgCard, page).text('p-name', 'fn') ?? impliedName(orgCard))
    : orgs[0] && textOf(orgs[0], TEXT_LIMITS.name);
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
        title: properties.text('p-job-title', 'title') ?? properties.text('p-role', 'role'),
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
    return unique(this.elements(...classNames).map((element) => textOf(element, TEXT_LIMITS.contactPoint * 2)));
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

/** A property's text: an image's `alt`, an abbreviation's `title`, a data element's `value`, else its text. */
function textOf(element: Element, maxLength: number): string | undefined {
  const value =
    (element.localName === 'img' || element.localName === 'area' ? element.getAttribute('alt') : null) ??
    (element.localName === 'abbr' ? element.getAttribute('title') : null) ??
    (element.localName === 'data' ? element.getAttribute('value') : null) ??
    element.textContent;
  return cleanText(value?.replace(/^(?:mailto|tel):/i, ''), maxLength);
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
  return textOf(labelled ?? card, TEXT_LIMITS.name);
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
 * Fixtures: test/fixtures/pages/personal-h-card.html, team-h-card.html.
 */
