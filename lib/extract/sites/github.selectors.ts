/** Where the GitHub layer looks, pinned by saved pages (see linkedin.selectors.ts for the scheme). */
import type { PinnedSelector } from './linkedin.selectors';

const USER = 'github-user.html';
const REPO = 'github-repo.html';

export const githubSelectors = {
  /** The profile's sidebar card; GitHub marks it up as an h-card and a schema.org Person. */
  profileCard: { selector: '.js-profile-editable-replace', expectations: [[1, USER], [0, REPO]] },
  fullName: { selector: '.vcard-fullname', expectations: [[1, USER], [0, REPO]] },
  login: { selector: '.vcard-username', expectations: [[1, USER], [0, REPO]] },
  bio: { selector: '.user-profile-bio', expectations: [[1, USER], [0, REPO]] },
  company: { selector: '.vcard-detail[itemprop="worksFor"]', expectations: [[1, USER], [0, REPO]] },
  location: { selector: '.vcard-detail[itemprop="homeLocation"]', expectations: [[1, USER], [0, REPO]] },
  email: { selector: '.vcard-detail[itemprop="email"] a[href^="mailto:"]', expectations: [[1, USER], [0, REPO]] },
  website: { selector: '.vcard-detail[itemprop="url"] a[href]', expectations: [[1, USER], [0, REPO]] },
  /** Social accounts (X, LinkedIn, Mastodon…), one link each. */
  social: { selector: '.vcard-detail[itemprop="social"] a[href]', expectations: [[2, USER], [0, REPO]] },
  avatar: { selector: 'img.avatar-user', expectations: [[1, USER], [0, REPO]] },
} as const satisfies Record<string, PinnedSelector>;
