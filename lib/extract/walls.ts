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
