/** Where the X layer looks, pinned by saved pages (see linkedin.selectors.ts for the scheme). X's `data-testid`s are its own test hooks, stable for years. */
import type { PinnedSelector } from './linkedin.selectors';

const PROFILE = 'x-profile.html';

export const xSelectors = {
  /** The name line and the @handle line, each a `dir="ltr"` block. */
  userName: { selector: '[data-testid="UserName"]', expectations: [[1, PROFILE]] },
  userNameLines: { selector: '[data-testid="UserName"] div[dir="ltr"]', expectations: [[2, PROFILE]] },
  bio: { selector: '[data-testid="UserDescription"]', expectations: [[1, PROFILE]] },
  location: { selector: '[data-testid="UserLocation"]', expectations: [[1, PROFILE]] },
  /** The website: its `href` is a t.co redirect, its text the address shown. */
  website: { selector: 'a[data-testid="UserUrl"]', expectations: [[1, PROFILE]] },
  avatar: { selector: 'a[href$="/photo"] img', expectations: [[1, PROFILE]] },
} as const satisfies Record<string, PinnedSelector>;
