/**
 * The `dom:linkedin` layer: a LinkedIn person page as it is on screen. The name, headline and location
 * come from the top card only; the job title and company from the current position in the Experience
 * card, never from the headline, which is free text ("Helping fintechs scale | ex-Monobank").
 * Nothing is read from the feed, "People also viewed", Interests or buttons.
 */
import { canonicalLinkedInCompanyUrl, canonicalLinkedInPersonUrl, linkedInSlug } from '@/lib/canonical/profiles';
import { cleanText, textOf, TEXT_LIMITS } from '../clean-text';
import { webUrl } from '../fields';
import type { ExtractionLayer, Finding, PageContext } from '../layers/layer';
import { linkedInSelectors as selectors } from './linkedin.selectors';

export const linkedInLayer: ExtractionLayer = {
  name: 'dom:linkedin',
  confirmsProspect: true,
  extract(page) {
    if (page.siteKind !== 'linkedin-person') return {};
    const topCard = page.doc.querySelector(selectors.topCard.selector);
    const fullName = topCard && cleanText(textOf(topCard, selectors.name.selector), TEXT_LIMITS.name);
    if (!topCard || !fullName || showsAnotherProfile(topCard, page)) return {};
    return { subject: profileFinding(page, topCard, fullName) };
  },
};

function profileFinding(page: PageContext, topCard: Element, fullName: string): Finding {
  const position = currentPosition(page.doc);
  const avatar = topCard.querySelector(selectors.avatar.selector)?.getAttribute('src');
  return {
    person: {
      fullName,
      title: position?.title,
      headline: cleanText(textOf(topCard, selectors.headline.selector), TEXT_LIMITS.headline),
      location: cleanText(textOf(topCard, selectors.location.selector), TEXT_LIMITS.location),
      linkedinUrl: canonicalLinkedInPersonUrl(page.url),
      avatarUrl: webUrl(avatar, page.location?.href),
    },
    company: {
      name: position?.company ?? currentCompanyOfTopCard(topCard),
      linkedinUrl: position?.companyUrl,
    },
  };
}

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
  const card = doc.querySelector(selectors.experienceAnchor.selector)?.closest('section');
  if (!card) return undefined;
  const entries = [...card.querySelectorAll(selectors.entity.selector)].filter(
    (entity) => !entity.parentElement?.closest(selectors.entity.selector),
  );
  const positions = entries.flatMap(positionsOf);
  const ongoing = positions.find((position) => position.dates && isOngoing(position.dates));
  const showsDates = positions.some((position) => position.dates);
  return ongoing ?? (showsDates ? undefined : positions[0]);
}

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

/** "Current company: Recruitjob.se. Click to skip to experience card" → "Recruitjob.se". */
function currentCompanyOfTopCard(topCard: Element): string | undefined {
  const label = topCard.querySelector(selectors.currentCompanyButton.selector)?.getAttribute('aria-label');
  const company = label && /^Current company: (.+?)\.? Click to skip/.exec(label)?.[1];
  return cleanText(company, TEXT_LIMITS.name);
}

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
 * Handles: LinkedIn person pages, logged-in (voyager UI: top card and Experience card) and public
 * (top card; its JSON-LD covers the rest). LinkedIn company pages, search results and Sales Navigator
 * are not read yet.
 * Fixtures: test/fixtures/pages/linkedin-profile.html, linkedin-profile-public.html, linkedin-authwall.html;
 * corpus: ../shared/corpora/linkedin-scoutr (test/corpus/linkedin-scoutr.test.ts).
 */
