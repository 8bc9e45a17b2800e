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
const PUBLIC_RU = 'linkedin-profile-public-ru.html';
const AUTHWALL = 'linkedin-authwall.html';
const UKRAINIAN = 'linkedin-profile-uk.html';
const RUSSIAN = 'linkedin-profile-ru.html';
const COMPANY = 'linkedin-company.html';
const COMPANY_UK = 'linkedin-company-uk.html';
const COMPANY_PUBLIC = 'linkedin-company-public.html';
const SEARCH = 'linkedin-search.html';
const SALES_LIST = 'sales-navigator-list.html';
const SALES_LEAD = 'sales-navigator-lead.html';
const EMBEDDED = 'linkedin-profile-embedded.html';

export const linkedInSelectors = {
  /** The card at the top of a profile: photo, name, headline, location. Logged-in, then public markup. */
  topCard: {
    selector: 'section[data-member-id], section.top-card-layout',
    expectations: [[1, LOGGED_IN], [1, PUBLIC], [0, AUTHWALL]],
  },
  /** The profile's name heading, whose section is the top card when that lacks its `data-member-id` (LinkedIn reworks its markup). */
  mainHeading: {
    selector: 'main h1',
    expectations: [[1, LOGGED_IN], [1, PUBLIC], [1, PUBLIC_RU]],
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
  /** A public (logged-out) profile's Experience entries: one position, or a company grouping several. */
  publicExperienceItem: {
    selector: 'section[data-section="experience"] li.experience-item',
    expectations: [[2, PUBLIC], [2, PUBLIC_RU], [0, LOGGED_IN]],
  },
  publicPosition: {
    selector: 'li.experience-group-position',
    expectations: [[0, PUBLIC], [0, PUBLIC_RU], [0, LOGGED_IN]],
  },
  publicPositionTitle: {
    selector: '.profile-section-card__title',
    expectations: [[2, PUBLIC], [2, PUBLIC_RU], [0, LOGGED_IN]],
  },
  /** A lone position's company (its link is the company page), or a group's header naming the company. */
  publicPositionCompany: {
    selector: '.profile-section-card__subtitle, .experience-group-header__company',
    expectations: [[2, PUBLIC], [2, PUBLIC_RU], [0, LOGGED_IN]],
  },
  /** "<time>Sep 2020</time> - Present": an ongoing range has one date. */
  publicPositionDates: {
    selector: '.date-range',
    expectations: [[2, PUBLIC], [2, PUBLIC_RU], [0, LOGGED_IN]],
  },
  /** Card headings ("Experience", "Досвід", "Опыт"): find the Experience card when it has no anchor. */
  sectionHeading: {
    selector: 'section h2 > span[aria-hidden="true"]',
    expectations: [[5, LOGGED_IN], [3, UKRAINIAN], [2, RUSSIAN], [0, PUBLIC]],
  },
  /** The sections of the open "Contact info" overlay: the profile link, websites, phones, e-mails. */
  contactInfoSection: {
    selector: '.pv-contact-info__contact-type',
    expectations: [[4, UKRAINIAN], [0, LOGGED_IN], [0, RUSSIAN]],
  },
  /**
   * The voyager API responses a logged-in page keeps as HTML-escaped JSON (linkedin-embedded.ts); the
   * `datalet-bpr-guid-…` block before each only names its request.
   */
  embeddedData: {
    selector: 'code[id^="bpr-guid-"]',
    expectations: [[5, EMBEDDED], [0, LOGGED_IN], [0, PUBLIC], [0, AUTHWALL]],
  },
  /** The company page's top card: logged-in, then public (logged-out) markup. */
  companyTopCard: {
    selector: 'section.org-top-card, section.top-card-layout',
    expectations: [[1, COMPANY], [1, COMPANY_UK], [1, COMPANY_PUBLIC], [0, LOGGED_IN]],
  },
  companyName: {
    selector: 'h1.org-top-card-summary__title, h1.top-card-layout__title',
    expectations: [[1, COMPANY], [1, COMPANY_UK], [1, COMPANY_PUBLIC], [0, LOGGED_IN]],
  },
  /** The logged-in top card's info line: industry, headquarters, followers, employees. */
  companyInfoItem: {
    selector: '.org-top-card-summary-info-list__info-item',
    expectations: [[4, COMPANY], [4, COMPANY_UK], [0, COMPANY_PUBLIC]],
  },
  /** The About card's facts, `dt` labels each followed by its `dd` (in a `div` per fact on the public page). */
  companyAboutTerm: {
    selector: 'section.org-page-details-module__card-spacing dl > dt, section[data-test-id="about-us"] dl > div > dt',
    expectations: [[5, COMPANY], [6, COMPANY_UK], [6, COMPANY_PUBLIC]],
  },
  companyDescription: {
    selector: 'section.org-page-details-module__card-spacing p.break-words, [data-test-id="about-us__description"]',
    expectations: [[1, COMPANY], [1, COMPANY_UK], [1, COMPANY_PUBLIC]],
  },
  searchResult: {
    selector: 'li.reusable-search__result-container',
    expectations: [[4, SEARCH], [0, LOGGED_IN]],
  },
  /** The result's name link; a "LinkedIn Member" outside the network links to no profile. */
  searchResultLink: {
    selector: '.entity-result__title-text a[href]',
    expectations: [[4, SEARCH]],
  },
  searchResultName: {
    selector: 'span[dir="ltr"] > span[aria-hidden="true"]',
    expectations: [[4, SEARCH]],
  },
  searchResultHeadline: {
    selector: '.entity-result__primary-subtitle',
    expectations: [[4, SEARCH]],
  },
  searchResultLocation: {
    selector: '.entity-result__secondary-subtitle',
    expectations: [[4, SEARCH]],
  },
  searchResultAvatar: {
    selector: 'img.presence-entity__image',
    expectations: [[3, SEARCH]],
  },
  salesListRow: {
    selector: '[data-x-search-result="LEAD"]',
    expectations: [[3, SALES_LIST], [0, SALES_LEAD]],
  },
  salesLeadLink: {
    selector: 'a[href*="/sales/lead/"]',
    expectations: [[3, SALES_LIST], [0, SALES_LEAD]],
  },
  salesLeadTopCard: {
    selector: '[data-sn-view-name="lead-top-card"]',
    expectations: [[1, SALES_LEAD], [0, SALES_LIST]],
  },
  salesLeadCurrentRole: {
    selector: '[data-sn-view-name="lead-current-role"]',
    expectations: [[1, SALES_LEAD], [0, SALES_LIST]],
  },
  /** Sales Navigator marks each personal field with `data-anonymize`, for its own screenshot redaction. */
  salesPersonName: {
    selector: '[data-anonymize="person-name"]',
    expectations: [[3, SALES_LIST], [1, SALES_LEAD]],
  },
  salesHeadline: {
    selector: '[data-anonymize="headline"]',
    expectations: [[1, SALES_LEAD], [0, SALES_LIST]],
  },
  salesTitle: {
    selector: '[data-anonymize="title"]',
    expectations: [[3, SALES_LIST], [0, SALES_LEAD]],
  },
  salesJobTitle: {
    selector: '[data-anonymize="job-title"]',
    expectations: [[1, SALES_LEAD], [0, SALES_LIST]],
  },
  salesCompanyName: {
    selector: '[data-anonymize="company-name"]',
    expectations: [[3, SALES_LIST], [1, SALES_LEAD]],
  },
  salesLocation: {
    selector: '[data-anonymize="location"]',
    expectations: [[3, SALES_LIST], [1, SALES_LEAD]],
  },
} as const satisfies Record<string, PinnedSelector>;
