/** Where the Crunchbase layer looks, pinned by saved pages (see linkedin.selectors.ts for the scheme). */
import type { PinnedSelector } from './linkedin.selectors';

const ORGANISATION = 'crunchbase-org.html';
const PERSON = 'crunchbase-person.html';

export const crunchbaseSelectors = {
  name: { selector: 'h1.profile-name', expectations: [[1, ORGANISATION], [1, PERSON]] },
  description: { selector: 'profile-header span.description', expectations: [[1, ORGANISATION]] },
  /** The About card's facts, each an icon (named by `iconkey`) and a value. */
  aboutItem: { selector: 'ul.icon_and_value > li', expectations: [[5, ORGANISATION]] },
  aboutIcon: { selector: 'ul.icon_and_value > li label-with-icon[iconkey]', expectations: [[5, ORGANISATION], [2, PERSON]] },
  /** Industries, as chips. */
  industry: { selector: 'chips-container a.chip .chip-text', expectations: [[2, ORGANISATION]] },
} as const satisfies Record<string, PinnedSelector>;
