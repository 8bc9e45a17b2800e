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
 * Whether the page is about something other than a prospect: a product, an article. Its site-wide
 * contact points (the footer's phone, the shop's `mailto:`) are then no prospect either. Answered once
 * per reading of a page: two layers ask, and each question scans the document.
 */
export function isAboutSomethingElse(page: PageContext): boolean {
  let answer = offTopicAnswers.get(page);
  if (answer === undefined) {
    answer = showsOffTopicMarkup(page.doc);
    offTopicAnswers.set(page, answer);
  }
  return answer;
}

const offTopicAnswers = new WeakMap<PageContext, boolean>();

function showsOffTopicMarkup(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? '';
  if (/^(?:product|article|og:product|video|music|book)/.test(ogType)) return true;
  const outermostItemTypes = [...doc.querySelectorAll('[itemscope][itemtype]')]
    .filter((item) => !item.parentElement?.closest('[itemscope]'))
    .map((item) => item.getAttribute('itemtype') ?? '');
  if (outermostItemTypes.some((type) => OFF_TOPIC_ITEM_TYPE.test(type))) return true;
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].some((script) =>
    OFF_TOPIC_JSON_LD_TYPE.test((script.textContent ?? '').slice(0, 4096)),
  );
}

const OFF_TOPIC_TYPES = ['Product', 'Offer', 'NewsArticle', 'Article', 'BlogPosting', 'Recipe', 'VideoObject'];
const OFF_TOPIC_ITEM_TYPE = new RegExp(`schema\\.org/(?:${OFF_TOPIC_TYPES.join('|')})\\b`);
const OFF_TOPIC_JSON_LD_TYPE = new RegExp(`"@type"\\s*:\\s*\\[?\\s*"(?:https?://schema\\.org/)?(?:${OFF_TOPIC_TYPES.join('|')})"`);
