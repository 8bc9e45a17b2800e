/**
 * Where the LinkedIn layer looks, as data: every selector sits next to the number of elements it
 * matches in each saved page of test/fixtures/pages, and one test checks them all (refined-github's
 * selectors.ts, with fixtures instead of live URLs). When LinkedIn changes its markup, save the new
 * page as a fixture, pin its counts here, and the test shows which selectors broke.
 *
 * Class names such as `t-bold` are LinkedIn's design-system utilities, stable for years; the hashed
 * classes next to them change weekly and are never used. Counts are over the whole document, even for
 * selectors the layer applies inside one element.
 */
export interface PinnedSelector {
  readonly selector: string;
  /** `[matches in the whole document, fixture file name]` rows. */
  readonly expectations: ReadonlyArray<readonly [count: number, fixture: string]>;
}

const LOGGED_IN = 'linkedin-profile.html';
const PUBLIC = 'linkedin-profile-public.html';
const AUTHWALL = 'linkedin-authwall.html';

export const linkedInSelectors = {
  /** The card at the top of a profile: photo, name, headline, location. Logged-in, then public markup. */
  topCard: {
    selector: 'section[data-member-id], section.top-card-layout',
    expectations: [[1, LOGGED_IN], [1, PUBLIC], [0, AUTHWALL]],
  },
  /** Inside the top card. The feed, "People also viewed" and Interests never use an `h1`. */
  name: {
    selector: 'h1',
    expectations: [[1, LOGGED_IN], [1, PUBLIC], [1, AUTHWALL]],
  },
  headline: {
    selector: '.text-body-medium.break-words, .top-card-layout__headline',
    expectations: [[1, LOGGED_IN], [1, PUBLIC], [0, AUTHWALL]],
  },
  location: {
    selector: '.text-body-small.inline.t-black--light.break-words, .top-card-layout__first-subline .not-first-middot > span:first-child',
    expectations: [[1, LOGGED_IN], [1, PUBLIC], [0, AUTHWALL]],
  },
  avatar: {
    selector: 'img.pv-top-card-profile-picture__image--show, img.top-card-layout__entity-image',
    expectations: [[1, LOGGED_IN], [1, PUBLIC], [0, AUTHWALL]],
  },
  /** The top card's links to its own profile's overlays: they tell whose card is on screen. */
  ownProfileLink: {
    selector: 'a[href*="/overlay/contact-info"], a[href*="/overlay/about-this-profile"]',
    expectations: [[2, LOGGED_IN], [0, PUBLIC], [0, AUTHWALL]],
  },
  /** "Current company: Finlytics.io. Click to skip to experience card": a fallback while Experience loads. */
  currentCompanyButton: {
    selector: 'button[aria-label^="Current company: "]',
    expectations: [[1, LOGGED_IN], [0, PUBLIC], [0, AUTHWALL]],
  },
  /** The anchor inside the Experience card; the card is its closest `section`. */
  experienceAnchor: {
    selector: '#experience',
    expectations: [[1, LOGGED_IN], [0, PUBLIC], [0, AUTHWALL]],
  },
  /** One entry of a profile card: a position, a company grouping several positions, an interest… */
  entity: {
    selector: '[data-view-name="profile-component-entity"]',
    expectations: [[9, LOGGED_IN], [0, PUBLIC], [0, AUTHWALL]],
  },
  /** An entity's bold first line: the job title, or the company name when it groups positions. */
  entityTitle: {
    selector: '.t-bold > span[aria-hidden="true"]',
    expectations: [[9, LOGGED_IN], [0, PUBLIC], [0, AUTHWALL]],
  },
  /** An entity's second line: "Finlytics.io · Full-time". */
  entitySubtitle: {
    selector: 'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]',
    expectations: [[6, LOGGED_IN], [0, PUBLIC], [0, AUTHWALL]],
  },
  /** An entity's dates: "Mar 2021 - Present · 3 yrs 4 mos". */
  entityDates: {
    selector: '.pvs-entity__caption-wrapper',
    expectations: [[4, LOGGED_IN], [0, PUBLIC], [0, AUTHWALL]],
  },
  companyLogoLink: {
    selector: 'a[data-field="experience_company_logo"]',
    expectations: [[3, LOGGED_IN], [0, PUBLIC], [0, AUTHWALL]],
  },
} as const satisfies Record<string, PinnedSelector>;
