/** Where the GitHub layer looks, pinned by saved pages (see linkedin.selectors.ts for the scheme). */
import type { PinnedSelector } from './linkedin.selectors';

const USER = 'github-user.html';
const REPO = 'github-repo.html';
const ORG = 'github-org.html';

export const githubSelectors = {
  /** The profile's sidebar card; GitHub marks it up as an h-card and a schema.org Person. */
  profileCard: { selector: '.js-profile-editable-replace', expectations: [[1, USER], [0, REPO], [0, ORG]] },
  fullName: { selector: '.vcard-fullname', expectations: [[1, USER], [0, REPO]] },
  login: { selector: '.vcard-username', expectations: [[1, USER], [0, REPO]] },
  bio: { selector: '.user-profile-bio', expectations: [[1, USER], [0, REPO]] },
  company: { selector: '.vcard-detail[itemprop="worksFor"]', expectations: [[1, USER], [0, REPO]] },
  location: { selector: '.vcard-detail[itemprop="homeLocation"]', expectations: [[1, USER], [0, REPO]] },
  email: { selector: '.vcard-detail[itemprop="email"] a[href^="mailto:"]', expectations: [[1, USER], [0, REPO]] },
  website: { selector: '.vcard-detail[itemprop="url"] a[href]', expectations: [[1, USER], [0, REPO]] },
  /** Social accounts (X, LinkedIn, Mastodon…), one link each. */
  social: { selector: '.vcard-detail[itemprop="social"] a[href]', expectations: [[2, USER], [0, REPO]] },
  avatar: { selector: 'img.avatar-user', expectations: [[1, USER], [0, REPO], [0, ORG]] },
  /** What only an organisation's page has: GitHub's hovercard tag for it, the organisation's own tabs. */
  organisationMark: {
    selector: 'meta[name="hovercard-subject-tag"][content^="organization:"], nav[aria-label="Organization"]',
    expectations: [[2, ORG], [0, USER], [0, REPO]],
  },
  organisationName: { selector: '.orghead h1, main h1', expectations: [[1, ORG]] },
  organisationDescription: { selector: '.orghead h1 + div', expectations: [[1, ORG]] },
  organisationLocation: { selector: '[itemprop="location"]', expectations: [[1, ORG]] },
  organisationWebsite: { selector: 'a[itemprop="url"][href]', expectations: [[1, ORG]] },
  organisationEmail: { selector: 'a[itemprop="email"][href^="mailto:"]', expectations: [[1, ORG]] },
} as const satisfies Record<string, PinnedSelector>;
