/**
 * The `dom:linkedin` layer: a LinkedIn page as it is on screen. On a person page the name, headline
 * and location come from the top card only; the job title and company from the current position in
 * the Experience card, and only when there is none from a headline of the "Title at Company" form
 * (a headline is free text: "Helping fintechs scale | ex-Monobank"). Nothing is read from the feed,
 * "People also viewed", Interests or buttons. Company pages, search results and Sales Navigator have
 * readers of their own (linkedin-company.ts, linkedin-lists.ts, sales-navigator.ts).
 */
import { canonicalLinkedInCompanyUrl, canonicalLinkedInPersonUrl, linkedInSlug } from '@/lib/canonical/profiles';
import { cleanText, textOf, TEXT_LIMITS } from '../clean-text';
import { draftEmails, unique, webUrl, writtenPhones } from '../fields';
import type { ExtractionLayer, Finding, LayerOutput, PageContext } from '../layers/layer';
import { emailsInText, phonesInText } from '../layers/text-contacts';
import { salesNavigatorLeadId } from '../site-kind';
import { linkedInCompanyFinding } from './linkedin-company';
import { linkedInSearchResults } from './linkedin-lists';
import { positionOfHeadline } from './linkedin-headline';
import { linkedInSelectors as selectors } from './linkedin.selectors';
import { salesNavigatorLead, salesNavigatorList } from './sales-navigator';

export const linkedInLayer: ExtractionLayer = {
  name: 'dom:linkedin',
  confirmsProspect: true,
  extract(page) {
    switch (page.siteKind) {
      case 'linkedin-person':
        return page.location && salesNavigatorLeadId(page.location) ? salesNavigatorLead(page) : personPage(page);
      case 'linkedin-company': {
        const subject = linkedInCompanyFinding(page);
        return subject ? { subject } : {};
      }
      case 'linkedin-list':
        return { listed: [...linkedInSearchResults(page), ...salesNavigatorList(page)] };
      default:
        return {};
    }
  },
};

function personPage(page: PageContext): LayerOutput {
  const topCard = page.doc.querySelector(selectors.topCard.selector) ?? page.doc.querySelector(selectors.mainHeading.selector)?.closest('section');
  const fullName = topCard && cleanText(textOf(topCard, selectors.name.selector), TEXT_LIMITS.name);
  if (!topCard || !fullName) return {};
  if (showsAnotherProfile(topCard, page)) return { showsAnotherProfile: true };
  return { subject: profileFinding(page, topCard, fullName) };
}

function profileFinding(page: PageContext, topCard: Element, fullName: string): Finding {
  const headline = cleanText(textOf(topCard, selectors.headline.selector), TEXT_LIMITS.headline);
  const position: Position | undefined = currentPosition(page.doc) ?? (headline ? positionOfHeadline(headline) : undefined);
  const avatar = topCard.querySelector(selectors.avatar.selector)?.getAttribute('src');
  return {
    person: {
      fullName,
      title: position?.title,
      headline,
      location: cleanText(textOf(topCard, selectors.location.selector), TEXT_LIMITS.location),
      linkedinUrl: canonicalLinkedInPersonUrl(page.url),
      avatarUrl: webUrl(avatar, page.location?.href),
      ...contactInfoOverlay(page),
    },
    company: {
      name: position?.company ?? currentCompanyOfTopCard(topCard),
      linkedinUrl: position?.companyUrl,
    },
  };
}

/**
 * The "Contact info" overlay, when the rep has it open: e-mails, phones and websites as text. It is
 * read only when the profile link it shows is the page's own, for the same reason as the top card.
 */
function contactInfoOverlay(page: PageContext): Pick<Finding['person'], 'emails' | 'phones' | 'websiteUrl'> {
  const sections = [...page.doc.querySelectorAll(selectors.contactInfoSection.selector)];
  const profileSlugs = sections
    .flatMap((section) => [...section.querySelectorAll('a[href]')])
    .map((link) => linkedInSlug(webUrl(link.getAttribute('href'), page.location?.href) ?? ''))
    .filter(Boolean);
  if (sections.length === 0 || profileSlugs.some((slug) => slug !== linkedInSlug(page.url))) return {};
  const text = sections.map((section) => section.textContent ?? '').join('\n');
  const websites = sections
    .filter((section) => WEBSITE_HEADINGS.test(textOf(section, 'h3') ?? ''))
    .flatMap((section) => [...section.querySelectorAll('a[href]')])
    .map((link) => webUrl(link.getAttribute('href'), page.location?.href));
  const phoneText = sections
    .filter((section) => PHONE_HEADINGS.test(textOf(section, 'h3') ?? ''))
    .map((section) => [...section.querySelectorAll('span, li')].map((item) => item.textContent).join('\n'))
    .join('\n');
  return {
    emails: draftEmails(emailsInText(text)),
    phones: writtenPhones(phonesInText(phoneText)),
    websiteUrl: unique(websites)[0],
  };
}

const WEBSITE_HEADINGS = /^\s*(?:websites?|веб-?сайти?|веб-?сайты?|сайти?|сайты?)\s*$/iu;
const PHONE_HEADINGS = /^\s*(?:phones?|телефони?|телефоны?)\s*$/iu;

/**
 * After in-app navigation LinkedIn can show the previous profile's card under the new URL for a
 * moment. The card links to its own profile's overlays; when they name another profile than the URL,
 * reading the card would file one person's data under another's URL, so the layer reads nothing.
 */
function showsAnotherProfile(topCard: Element, page: PageContext): boolean {
  const pageSlug = linkedInSlug(page.url);
  const cardSlugs = [...topCard.querySelectorAll(selectors.ownProfileLink.selector)]
    .map((link) => webUrl(link.getAttribute('href'), page.location?.href))
    .map((href) => href && linkedInSlug(href))
    .filter(Boolean);
  return pageSlug !== undefined && cardSlugs.some((slug) => slug !== pageSlug);
}

interface Position {
  title?: string;
  company?: string;
  companyUrl?: string;
  /** "Mar 2021 - Present · 3 yrs 4 mos", when shown. */
  dates?: string;
}

/**
 * The first ongoing position of the Experience card. A company with several positions is one entity
 * whose bold line is the company and whose nested entities are the positions; a lone position's bold
 * line is the title and its next line "Company · Employment type". When no position shows dates, the
 * first one is taken: LinkedIn lists the current position first.
 */
function currentPosition(doc: Document): Position | undefined {
  const card = doc.querySelector(selectors.experienceAnchor.selector)?.closest('section') ?? experienceCardByHeading(doc);
  if (!card) return publicCurrentPosition(doc);
  const entries = [...card.querySelectorAll(selectors.entity.selector)].filter(
    (entity) => !entity.parentElement?.closest(selectors.entity.selector),
  );
  const positions = entries.flatMap(positionsOf);
  const ongoing = positions.find((position) => position.dates && isOngoing(position.dates));
  const showsDates = positions.some((position) => position.dates);
  return ongoing ?? (showsDates ? undefined : positions[0]);
}

/**
 * The ongoing position of a public profile's Experience list: the one whose date range has no end
 * (one date, or "Present" in the interface's language), wherever the list puts it.
 */
function publicCurrentPosition(doc: Document): Position | undefined {
  const positions = [...doc.querySelectorAll(selectors.publicExperienceItem.selector)].flatMap((item) => {
    const companyElement = item.querySelector(selectors.publicPositionCompany.selector);
    const company = cleanText(companyElement?.textContent, TEXT_LIMITS.name);
    const link = companyElement?.closest('a[href]') ?? companyElement?.querySelector('a[href]');
    const companyUrl = canonicalLinkedInCompanyUrl(link?.getAttribute('href') ?? '');
    const roles = item.querySelectorAll(selectors.publicPosition.selector);
    return [...(roles.length > 0 ? roles : [item])].map((role) => ({ role, title: cleanText(textOf(role, selectors.publicPositionTitle.selector), TEXT_LIMITS.title), company, companyUrl }));
  });
  const ongoing = positions.find(({ role }) => {
    const range = role.querySelector(selectors.publicPositionDates.selector);
    return range !== null && (range.querySelectorAll('time').length === 1 || isOngoing(range.textContent ?? ''));
  });
  return ongoing && { title: ongoing.title, company: ongoing.company, companyUrl: ongoing.companyUrl };
}

/** The Experience card by its heading, in the interface languages we read, when it lacks its anchor. */
function experienceCardByHeading(doc: Document): Element | undefined {
  const heading = [...doc.querySelectorAll(selectors.sectionHeading.selector)].find((element) =>
    EXPERIENCE_HEADINGS.has(cleanText(element.textContent, TEXT_LIMITS.title)?.toLowerCase() ?? ''),
  );
  return heading?.closest('section') ?? undefined;
}

const EXPERIENCE_HEADINGS = new Set(['experience', 'досвід', 'досвід роботи', 'опыт', 'опыт работы']);

function positionsOf(entry: Element): Position[] {
  const companyUrl = companyPageOf(entry);
  const nested = [...entry.querySelectorAll(selectors.entity.selector)];
  if (nested.length === 0) {
    return [{ title: entityTitle(entry), company: companyOfSubtitle(entry), companyUrl, dates: entityDates(entry) }];
  }
  const company = entityTitle(entry);
  return nested.map((position) => ({ title: entityTitle(position), company, companyUrl, dates: entityDates(position) }));
}

function entityTitle(entity: Element): string | undefined {
  return cleanText(textOf(entity, selectors.entityTitle.selector), TEXT_LIMITS.title);
}

function entityDates(entity: Element): string | undefined {
  return cleanText(textOf(entity, selectors.entityDates.selector), TEXT_LIMITS.title);
}

/** "Finlytics.io · Full-time" → "Finlytics.io": split at the middle dot only, so a dotted name stays whole. */
function companyOfSubtitle(entity: Element): string | undefined {
  const subtitle = cleanText(textOf(entity, selectors.entitySubtitle.selector), TEXT_LIMITS.name);
  const company = subtitle?.split(' · ')[0];
  return company && !EMPLOYMENT_TYPES.has(company.toLowerCase()) ? company : undefined;
}

function companyPageOf(entry: Element): string | undefined {
  const href = entry.querySelector(selectors.companyLogoLink.selector)?.getAttribute('href');
  return href ? canonicalLinkedInCompanyUrl(href) : undefined;
}

/** "Current company: Recruitjob.se. Click to skip to experience card" → "Recruitjob.se", in each interface language. */
function currentCompanyOfTopCard(topCard: Element): string | undefined {
  const label = topCard.querySelector(selectors.currentCompanyButton.selector)?.getAttribute('aria-label');
  const company = label && CURRENT_COMPANY_LABEL.exec(label)?.[1];
  return cleanText(company, TEXT_LIMITS.name);
}

const CURRENT_COMPANY_LABEL = /^(?:Current company|Поточна компанія|Текущая компания): (.+?)\.? (?:Click|Натисніть|Нажмите)/u;

/** The end of a date range that has not ended, as LinkedIn writes it in its interface languages. */
const ONGOING_WORDS = [
  'present',
  'теперішній час',
  'дотепер',
  'зараз',
  'настоящее время',
  'н.в.',
  'heute',
  'aujourd’hui',
  'presente',
  'actualidad',
  'obecnie',
];

function isOngoing(dates: string): boolean {
  const range = dates.split(' · ')[0].toLowerCase();
  return ONGOING_WORDS.some((word) => range.includes(word));
}

/** Employment types LinkedIn prints where a lone position's company would be. */
const EMPLOYMENT_TYPES = new Set([
  'full-time',
  'part-time',
  'self-employed',
  'freelance',
  'contract',
  'internship',
  'apprenticeship',
  'seasonal',
  'повна зайнятість',
  'часткова зайнятість',
  'самозайнятість',
  'фриланс',
  'контракт',
  'стажування',
  'полная занятость',
  'частичная занятость',
  'самозанятость',
  'стажировка',
]);

/*
 * Handles: LinkedIn person pages in any interface language, logged-in (voyager UI: top card, Experience
 * card found by its anchor or its heading, the open "Contact info" overlay; the headline's "Title at
 * Company" form when there is no Experience) and public (top card and Experience list; its JSON-LD, when
 * there, covers the rest);
 * company pages (linkedin-company.ts); people search results (linkedin-lists.ts); Sales Navigator lead
 * pages and lead lists (sales-navigator.ts).
 * Fixtures: test/fixtures/pages/linkedin-profile.html, linkedin-profile-public.html, linkedin-profile-uk.html
 * (Ukrainian UI, contact overlay open, no Experience anchor), linkedin-profile-public-ru.html (public,
 * Russian UI, no JSON-LD), linkedin-profile-ru.html (Russian UI,
 * headline only), linkedin-company.html, linkedin-search.html, sales-navigator-list.html,
 * sales-navigator-lead.html, linkedin-authwall.html, linkedin-not-found.html;
 * corpus: ../shared/corpora/linkedin-scoutr (test/corpus/linkedin-scoutr.test.ts).
 */
