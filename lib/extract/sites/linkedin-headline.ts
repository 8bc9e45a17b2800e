import { cleanText, TEXT_LIMITS } from '../clean-text';

/**
 * "Head of Sales at Lvivware | B2B SaaS" → title and company, for profiles without an Experience
 * section. Only the first part of the headline, and only the "Title at Company" form in English,
 * Ukrainian and Russian; a plain "в"/"у" must be followed by a capitalised name ("Менеджер в Acme",
 * not "Спеціаліст в галузі фінансів").
 */
export function positionOfHeadline(headline: string): { title: string; company: string } | undefined {
  const first = headline.split(/\s+[|•·]\s+/)[0];
  const match = HEADLINE_POSITION.exec(first);
  const title = cleanText(match?.[1], TEXT_LIMITS.title);
  const company = cleanText(match?.[2]?.replace(/^["«“](.+)["»”]$/u, '$1'), TEXT_LIMITS.name);
  return title && company ? { title, company } : undefined;
}

const HEADLINE_POSITION =
  /^(.+?)\s+(?:at|@|в компанії|у компанії|в компании|в|у)\s+(?=[\p{Lu}\d"«“])(.+)$/u;

/*
 * Handles: the headlines of LinkedIn person pages and search results, in English, Ukrainian and Russian.
 * Fixtures: test/fixtures/pages/linkedin-profile-ru.html, linkedin-search.html; cases in test/unit/extract/linkedin-headline.test.ts.
 */
