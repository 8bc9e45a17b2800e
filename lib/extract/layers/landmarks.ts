/**
 * The `landmarks` layer: what a company's site shows without any markup for machines. Contact points
 * written as text (obfuscated e-mails, local-format phones) inside the page's contact landmarks
 * (`address`, the footer, anything labelled "contact"; the whole page on a contacts page), and people
 * shown as cards: a heading that reads as a person's name followed by a line that reads as a job
 * title. Several cards side by side are a team (listed); one card in a contact landmark is the subject.
 * Not on LinkedIn, GitHub, X or Crunchbase: their contact-like boxes belong to other people; not on a
 * page about a product or an article: its footer's contacts are the site's, not a prospect's.
 */
import { cleanText, TEXT_LIMITS } from '../clean-text';
import { draftEmails, MAX_CONTACT_POINTS, MAX_LISTED_PROSPECTS, profileLinks, unique, webUrl, writtenPhones } from '../fields';
import { platformOf } from '../site-kind';
import { isAboutSomethingElse } from '../walls';
import type { ExtractionLayer, Finding, LayerOutput, PageContext } from './layer';
import { emailsInText, phonesInText } from './text-contacts';

export const landmarksLayer: ExtractionLayer = {
  name: 'landmarks',
  confirmsProspect: true,
  extract(page) {
    if ((page.location && platformOf(page.location)) || isAboutSomethingElse(page)) return {};
    const regions = contactRegions(page);
    const cards = personCards(page);
    const teams = cards.filter((card) => cards.filter((other) => other.group === card.group).length >= MIN_TEAM_SIZE);
    const regionSet = new Set(regions);
    const contactCard = cards.find((card) => !teams.includes(card) && isWithin(card.element, regionSet));
    const text = regions.map(visibleText).join('\n');
    const contacts: Finding = {
      person: {
        emails: draftEmails(emailsInText(text)).slice(0, MAX_CONTACT_POINTS),
        phones: writtenPhones(phonesInText(text)).slice(0, MAX_CONTACT_POINTS),
      },
      company: {},
    };
    const subject = contactCard ? mergeContacts(contactCard.finding, contacts) : contacts;
    const output: LayerOutput = hasContent(subject) ? { subject } : {};
    if (teams.length > 0) output.listed = teams.slice(0, MAX_LISTED_PROSPECTS).map((card) => card.finding);
    return output;
  },
};

/** Two cards side by side already make a team; one is a contact person. */
const MIN_TEAM_SIZE = 2;

const CONTACT_REGION_SELECTOR = 'address, footer, [class*="contact" i], [id*="contact" i]';
/** Paths of contacts pages, where the whole page is the contact landmark. */
const CONTACTS_PATH = /(?:^|\/)(?:contacts?|contact-us|kontakt[a-z]*|контакт[а-яіїє]*|impressum)(?:[/._-]|$)/iu;

function contactRegions(page: PageContext): Element[] {
  const body = page.doc.body;
  if (!body) return [];
  if (CONTACTS_PATH.test(decodedPath(page.location))) return [body];
  const regions = [...body.querySelectorAll(CONTACT_REGION_SELECTOR)];
  return regions.filter((region) => !region.parentElement?.closest(CONTACT_REGION_SELECTOR)).slice(0, MAX_REGIONS);
}

/** A page has a handful of contact landmarks; thousands of "contact" elements are a generated list. */
const MAX_REGIONS = 50;

/** The element itself or one of its ancestors is in `regions`. */
function isWithin(element: Element, regions: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (regions.has(node)) return true;
  return false;
}

function decodedPath(location: URL | undefined): string {
  try {
    return decodeURIComponent(location?.pathname ?? '');
  } catch {
    return location?.pathname ?? '';
  }
}

/** A page's text is read up to this many characters: a contact block is never that long. */
const MAX_TEXT_CHARS = 200_000;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: parsed documents' windows may lack NodeFilter.

/** The text of `root`, one line per text node, so that block boundaries stay word boundaries. */
function visibleText(root: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const lines: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < MAX_TEXT_CHARS; node = walker.nextNode()) {
    if (INVISIBLE_PARENTS.has(node.parentElement?.localName ?? '')) continue;
    const line = node.nodeValue ?? '';
    lines.push(line);
    length += line.length;
  }
  return lines.join('\n');
}

const INVISIBLE_PARENTS = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The elements of the page that show one person each (see the layer's comment): their links are that
 * person's, not the company's, so that the contact-links layer leaves them out.
 */
export function personCardElements(page: PageContext): Element[] {
  return personCards(page).map((card) => card.element);
}

/** Found once per reading of a page: two layers ask, and each search scans the document. */
const cardsOfPage = new WeakMap<PageContext, PersonCard[]>();

interface PersonCard {
  element: Element;
  /** The element holding the card and its siblings: cards of one group are one team. */
  group: Element | null;
  finding: Finding;
}

/** At most this many headings of each level are looked at: a team page has dozens, a generated page thousands. */
const MAX_HEADINGS = 500;

function personCards(page: PageContext): PersonCard[] {
  let cards = cardsOfPage.get(page);
  if (!cards) {
    cards = findPersonCards(page);
    cardsOfPage.set(page, cards);
  }
  return cards;
}

/**
 * A person shown as a name and a job title side by side: a heading and the line after it (a card),
 * a definition list's term and its description, an element classed as a name (`member__name`) and the
 * line beside it, a bold name followed by the title in the same caption (`<strong>Name</strong><br>CEO`),
 * a table row's cells (a staff table).
 */
function findPersonCards(page: PageContext): PersonCard[] {
  const { doc } = page;
  const pairs: NameAndTitle[] = [
    ...firstHeadings(doc).flatMap((heading) => (heading.parentElement ? [{ card: heading.parentElement, name: heading, title: heading.nextElementSibling }] : [])),
    ...firstElements(doc, 'dt').map((term) => ({ card: term, name: term, title: term.nextElementSibling?.localName === 'dd' ? term.nextElementSibling : null })),
    ...[...doc.querySelectorAll(NAME_CLASS_SELECTOR)].slice(0, MAX_HEADINGS).flatMap(classedName),
    ...['strong', 'b'].flatMap((tag) => firstElements(doc, tag)).flatMap(boldName),
  ];
  const seen = new Set<Element>();
  const cards = pairs.flatMap(({ card, name, title, titleText }) => {
    if (seen.has(card) || card.closest(QUOTED_SELECTOR)) return [];
    const fullName = cleanText(name.textContent, TEXT_LIMITS.name);
    const jobTitle = titleText ?? cleanText(title?.textContent, TEXT_LIMITS.title);
    if (!fullName || !jobTitle || !isPersonName(fullName) || !isJobTitle(jobTitle)) return [];
    seen.add(card);
    // A definition's links (its e-mail) are in the description, beside the term.
    const holders = card === name && title ? [name, title] : [card];
    return [personCard(page, card, card.parentElement, fullName, jobTitle, holders, false)];
  });
  return [...cards, ...staffRows(page)];
}

/** Testimonials and reviews quote customers, with their names and titles: never the site's team. */
const QUOTED_SELECTOR = 'blockquote, [class*="testimonial" i], [class*="review" i], [class*="quote" i], [class*="customer" i]';

interface NameAndTitle {
  /** The element holding the person's links and photo: one item of the team's list. */
  card: Element;
  name: Element;
  title: Element | null;
  /** The title when it is no element of its own (text after a bold name). */
  titleText?: string;
}

const NAME_CLASS_SELECTOR = '[class*="name" i]:not(input):not(label)';

/** `<div class="member__name">Jane Doe</div><div class="member__role">CEO</div>`: the name's item holds both. */
function classedName(name: Element): NameAndTitle[] {
  const title = name.nextElementSibling ?? name.previousElementSibling;
  const holder = name.parentElement;
  return holder && title ? [{ card: repeatedItem(holder), name, title }] : [];
}

/** `<figcaption><strong>Jane Doe</strong><br>Managing Director</figcaption>`: the title is the line after the name. */
function boldName(name: Element): NameAndTitle[] {
  const holder = name.parentElement;
  if (!holder || holder.firstElementChild !== name) return [];
  const titleText = cleanText(lineAfter(name).replace(/^[\s,–—-]+/, ''), TEXT_LIMITS.title);
  return titleText ? [{ card: repeatedItem(holder), name, title: null, titleText }] : [];
}

/** The text after `element` up to the next line break or link (a contact point), a few nodes at most. */
function lineAfter(element: Element): string {
  const parts: string[] = [];
  let node = element.nextSibling;
  for (let count = 0; node && count < MAX_LINE_NODES; node = node.nextSibling, count += 1) {
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).localName : undefined;
    if (tag === 'br' && parts.join('').trim()) break;
    if (tag === 'a' || (tag && BLOCK_TAGS.has(tag))) break;
    parts.push(node.textContent ?? '');
  }
  return parts.join('');
}

const MAX_LINE_NODES = 8;
const ELEMENT_NODE = 1;
const BLOCK_TAGS = new Set(['p', 'div', 'ul', 'ol', 'li', 'table', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The item of a list that `element` is part of: the nearest ancestor repeated among its siblings (an
 * `li`, a grid's card), so that each person's links stay theirs and the people of one list are a team.
 */
function repeatedItem(element: Element): Element {
  let item: Element | null = element;
  for (let depth = 0; item?.parentElement && depth < MAX_ITEM_DEPTH; depth += 1, item = item.parentElement) {
    const tag = item.localName;
    const likeIt = [...item.parentElement.children].filter((sibling) => sibling.localName === tag).length;
    if (likeIt >= 2) return item;
  }
  return element;
}

/** A person's item is a few levels above their name; higher is the page's layout. */
const MAX_ITEM_DEPTH = 4;

/**
 * A staff table's rows: one cell a person's name, another their job title; contact points from the
 * row's links and text. A deep cell is a layout table's, holding a page, not a name: it is not read.
 */
function staffRows(page: PageContext): PersonCard[] {
  return firstElements(page.doc, 'tr').flatMap((row) => {
    const cells = [...row.children]
      .filter((cell) => (cell.localName === 'td' || cell.localName === 'th') && !cell.querySelector(':scope > * > * > *'))
      .map((cell) => cleanText(cell.textContent, TEXT_LIMITS.title));
    const fullName = cells.find((cell) => cell && isPersonName(cell));
    const jobTitle = cells.find((cell) => cell && cell !== fullName && isJobTitle(cell));
    if (!fullName || !jobTitle) return [];
    return [personCard(page, row, row.parentElement, fullName, jobTitle, [row], true)];
  });
}

function personCard(
  page: PageContext,
  element: Element,
  group: Element | null,
  fullName: string,
  title: string,
  holders: readonly Element[],
  readsText: boolean,
): PersonCard {
  const hrefs = holders.flatMap((holder) => [...holder.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''));
  const avatar = holders.map((holder) => holder.querySelector('img[src]')?.getAttribute('src')).find(Boolean);
  const text = readsText ? holders.map(visibleText).join('\n') : '';
  const finding: Finding = {
    person: {
      fullName,
      title,
      emails: draftEmails([...hrefs.filter((href) => /^mailto:/i.test(href)).map((href) => href.slice(7).split('?')[0]), ...emailsInText(text)]),
      phones: writtenPhones([...hrefs.filter((href) => /^tel:/i.test(href)).map((href) => href.slice(4)), ...phonesInText(text)]),
      ...profileLinks(unique(hrefs.map((href) => webUrl(href, page.location?.href)))),
      avatarUrl: webUrl(avatar, page.location?.href),
    },
    company: {},
  };
  return { element, group, finding };
}

/** The first MAX_HEADINGS elements of a tag, in page order, read from its live collection (see firstHeadings). */
function firstElements(doc: Document, tag: string): Element[] {
  const elements: Element[] = [];
  const ofTag = doc.getElementsByTagName(tag);
  for (let index = 0, element = ofTag.item(0); element && index < MAX_HEADINGS; element = ofTag.item(++index)) elements.push(element);
  return elements;
}

/**
 * The first MAX_HEADINGS headings of each level, in page order. Read from the live per-tag collections,
 * which walk the document only as far as they are read: a long page has tens of thousands.
 */
function firstHeadings(doc: Document): Element[] {
  return ['h2', 'h3', 'h4', 'h5', 'h6']
    .flatMap((tag) => firstElements(doc, tag))
    .sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out like SHOW_TEXT.

/**
 * "Iryna Shevchenko", "Олег Петренко-Бойко", "Mary-Jane O'Neil", "John McDonald", "Dr. Jane Doe",
 * "Ludwig van Beethoven": two to four capitalised words (an honorific before them and a particle
 * between them aside), no digits, none of the words headings are made of ("Our Team", "Contact Us").
 */
function isPersonName(text: string): boolean {
  const words = text.split(' ').filter((word, index) => !(index === 0 && HONORIFIC.test(word)));
  const named = words.filter((word, index) => !(index > 0 && index < words.length - 1 && NAME_PARTICLES.has(word)));
  return (
    named.length >= 2 &&
    named.length <= 4 &&
    named.every((word) => /^\p{Lu}[\p{L}'’-]*\p{Ll}\.?$/u.test(word) && !HEADING_WORDS.has(word.toLowerCase()))
  );
}

const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|ing|mag|д-р|проф)\.?$/i;
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'du', 'bin', 'al', 'ten', 'ter']);

/** Words of the headings sites put over a role or a contact box ("Privacy Policy", "Customer Service"): no name's. */
const HEADING_WORDS = new Set([
  'about', 'contact', 'contacts', 'our', 'team', 'us', 'get', 'touch', 'meet', 'the', 'people', 'leadership', 'plan',
  'pricing', 'services', 'service', 'careers', 'news', 'blog', 'office', 'offices', 'sales', 'support', 'privacy',
  'policy', 'customer', 'customers', 'client', 'clients', 'general', 'enquiries', 'inquiries', 'questions', 'help',
  'desk', 'center', 'centre', 'department', 'head', 'main', 'legal', 'notice', 'press', 'media', 'investor',
  'investors', 'relations', 'partners', 'partnership', 'board', 'directors', 'management', 'advisors', 'company',
  'information', 'info', 'hours', 'opening', 'address', 'headquarters', 'location', 'locations', 'jobs', 'vacancies',
  'open', 'positions', 'terms', 'conditions', 'cookie', 'cookies', 'data', 'protection', 'technical', 'marketing',
  'engineering', 'success', 'stories', 'request', 'demo', 'quote', 'free', 'trial', 'welcome', 'home', 'quick', 'links',
  'follow', 'social', 'newsletter', 'subscribe', 'delivery', 'shipping', 'returns', 'payment', 'orders',
  'наша', 'наші', 'команда', 'контакти', 'контакты', 'про', 'нас', 'о', 'наши', 'офіс', 'офис', 'відділ', 'служба',
  'підтримки', 'продажів', 'головний', 'центр', 'політика', 'конфіденційності', 'партнери', 'вакансії', 'клієнтів',
  'отдел', 'поддержки', 'продаж', 'главный', 'политика', 'конфиденциальности', 'партнеры', 'вакансии', 'клиентов',
  'доставка', 'оплата',
]);

/** A line that names a role: it holds one of the words job titles are made of. */
function isJobTitle(text: string): boolean {
  return text.length <= 120 && ROLE_WORDS.test(text);
}

const ROLE_WORDS =
  /\b(?:ceo|cto|cfo|coo|cmo|cpo|vp|founder|co-founder|owner|director|head|chief|manager|lead|engineer|officer|partner|president|developer|designer|consultant|specialist|executive|architect|analyst|recruiter|accountant)\b|(?:директор|керівни|менеджер|засновни|співзасновни|інженер|розробни|руководител|основател|сооснователь|партнер|бухгалтер|юрист|дизайнер|аналітик|аналитик|рекрутер|спеціаліст|специалист)/iu;

function mergeContacts(card: Finding, contacts: Finding): Finding {
  return {
    person: {
      ...card.person,
      emails: unique([...(card.person.emails ?? []), ...(contacts.person.emails ?? [])]),
      phones: unique([...(card.person.phones ?? []), ...(contacts.person.phones ?? [])]),
    },
    company: {},
  };
}

function hasContent(finding: Finding): boolean {
  return Boolean(finding.person.fullName || finding.person.emails?.length || finding.person.phones?.length);
}

/*
 * Handles: company sites without structured data: contacts pages (text and obfuscated e-mails, local
 * phones), contact persons, team pages (several people → extractProspects).
 * Fixtures: test/fixtures/pages/contacts-obfuscated.html, contact-uk.html, contact-ru.html, team-page.html,
 * team-cards.html, team-table.html, team-dl.html, team-classed.html, team-figcaption.html.
 */
