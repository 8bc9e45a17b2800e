import { isNode, typesOf, valuesOf, type JsonLdNode } from './json-ld/nodes';
import { jsonLdNodesOf } from './json-ld/page-nodes';
import type { PageContext } from './layers/layer';

/**
 * Whether the page stands in the way of the one the user wanted: a login or sign-up wall, a
 * "not found" page. Such a page can still carry a name (the wall of a profile says "View Olena's
 * profile") and site-wide markup, none of which is a prospect.
 */
export function isWallPage(page: PageContext): boolean {
  const firstSegment = page.location?.pathname.split('/').find(Boolean)?.toLowerCase();
  if (firstSegment && WALL_PATHS.has(firstSegment)) return true;
  const title = page.doc.title.replace(/\s+/g, ' ').trim();
  return WALL_TITLES.some((pattern) => pattern.test(title));
}

/** First path segments of login, sign-up and challenge pages (LinkedIn's among them). */
const WALL_PATHS = new Set([
  'authwall',
  'checkpoint',
  'login',
  'log-in',
  'signin',
  'sign-in',
  'signup',
  'sign-up',
  'uas',
]);

/** Titles of walls and error pages, in English, Ukrainian and Russian, with or without a site suffix. */
const WALL_TITLES: readonly RegExp[] = [
  /^(?:\(\d+\+?\)\s*)?(?:sign ?up|sign ?in|log ?in|join linkedin|access denied|security verification)(?:$|\s*[|:·–—-])/i,
  /\b(?:log ?in or sign ?up|sign ?in or join|page not found|profile not found|this page doesn.t exist)\b/i,
  /^(?:404|403)\b/,
  /^(?:вхід|увійти|реєстрація|сторінку не знайдено|войти|вход|регистрация|страница не найдена)(?:$|\s*[|:·–—-])/i,
];

/**
 * Whether the page is about something other than a prospect: an article (its structured data says
 * so, or its og:type), a product, a recipe, a video. Its site-wide contact points (the footer's phone,
 * the shop's `mailto:`) are then no prospect, nor its publisher or seller, nor the people credited on
 * it. Answered once per reading of a page: several layers ask, and each question scans the document.
 */
export function isAboutSomethingElse(page: PageContext): boolean {
  let answer = offTopicAnswers.get(page);
  if (answer === undefined) {
    answer = showsOffTopicMarkup(page);
    offTopicAnswers.set(page, answer);
  }
  return answer;
}

const offTopicAnswers = new WeakMap<PageContext, boolean>();

function showsOffTopicMarkup(page: PageContext): boolean {
  const ogType = page.doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? '';
  if (/^(?:product|og:product|video|music|book)/.test(ogType)) return true;
  if (showsContentItem(page)) return true;
  // WordPress SEO plugins type every page `article`, a site's About and Contact pages among them.
  return /^(?:article|blog)/.test(ogType) && !isCompanyPage(page);
}

/** A site's About, Contact or Team page, by its address or its title, in English, Ukrainian or Russian. */
function isCompanyPage(page: PageContext): boolean {
  return COMPANY_PAGE_PATH.test(page.location?.pathname ?? '') || COMPANY_PAGE_TITLE.test(page.doc.title);
}

const COMPANY_PAGE_PATH =
  /(?:^|\/)(?:about|about-us|contacts?|contact-us|team|our-team|leadership|impressum|kontakt[yi]?|o-nas|pro-nas|o-kompanii|komanda)(?:[-_/.]|$)/i;
const COMPANY_PAGE_TITLE = /\b(?:about us|contact us|contacts?|our team|leadership|impressum)\b|контакт|про нас|о нас|о компании|про компанію|команда/i;

/**
 * Whether the page's own items are articles, products and the like: its top-level JSON-LD nodes (or
 * what its page node names its main entity, or what the list it is lists), the first type each JSON-LD block names (a block broken
 * beyond repair still says what it is), its outermost microdata items and those a page item holds. An
 * item only nested in another (an organisation's `makesOffer`, an `ItemList` of posts) does not count,
 * and a site's home page is about the site's owner, whatever it features.
 */
function showsContentItem(page: PageContext): boolean {
  if (isHomePage(page)) return false;
  const nodes = jsonLdNodesOf(page);
  const mainEntities = nodes.flatMap((node) => valuesOf(node['mainEntity'])).filter(isNode);
  const listed = [...nodes, ...mainEntities].filter((node) => typesOf(node).some((type) => LIST_TYPES.has(type))).flatMap(listedItems);
  const firstTypes = [...page.doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => /"@type"\s*:\s*\[?\s*"([^"]{1,100})"/.exec((script.textContent ?? '').slice(0, 4096))?.[1] ?? '',
  );
  const types = [...pageMicrodataTypes(page.doc), ...[...nodes, ...mainEntities, ...listed].flatMap(typesOf), ...firstTypes];
  return types.some((type) => CONTENT_TYPE.test(type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '')));
}

/** A list the page is (a shop's category, a news section): what it lists is what the page is about. */
const LIST_TYPES = new Set(['ItemList', 'OfferCatalog']);

/** A list's first items (as `ListItem`s or bare), enough to tell products or articles from people. */
function listedItems(list: JsonLdNode): JsonLdNode[] {
  return valuesOf(list['itemListElement'])
    .slice(0, MAX_LISTED_ITEMS)
    .filter(isNode)
    .map((element) => (isNode(element['item']) ? element['item'] : element));
}

const MAX_LISTED_ITEMS = 5;

/** The types of the outermost microdata items, and of the items an outermost page item (`<html itemtype=WebPage>`) holds. */
function pageMicrodataTypes(doc: Document): string[] {
  const isPageItem = (item: Element | null | undefined) =>
    item && !item.parentElement?.closest('[itemscope]') && /Page\b/.test(item.getAttribute('itemtype') ?? '');
  return [...doc.querySelectorAll('[itemscope][itemtype]')]
    .filter((item) => {
      const holder = item.parentElement?.closest('[itemscope]');
      return !holder || isPageItem(holder);
    })
    .flatMap((item) => (item.getAttribute('itemtype') ?? '').split(/\s+/));
}

function isHomePage(page: PageContext): boolean {
  return page.location !== undefined && page.location.pathname.replace(/\/(?:index\.\w+)?$/, '') === '';
}

const CONTENT_TYPE = /^(?:\w*Article|\w*BlogPosting|Report|Product|ProductGroup|Offer|Recipe|VideoObject)$/;
