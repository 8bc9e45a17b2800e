/**
 * Pages that show facts as label/value pairs ("Industry" → "Financial Services"), read by the label
 * in each interface language we support, so that a reordered or partly missing list still reads.
 */
import { cleanText, TEXT_LIMITS } from '../clean-text';
import { companySizeFor } from '../fields';
import type { CompanySize } from '../types';

export type CompanyFact = 'website' | 'industry' | 'size' | 'headquarters';

/** The labels of each fact, lower-cased, in English, Ukrainian and Russian. */
const FACT_LABELS: Record<CompanyFact, readonly string[]> = {
  website: ['website', 'веб-сайт', 'сайт'],
  industry: ['industry', 'industries', 'галузь', 'отрасль', 'отрасли'],
  size: ['company size', 'number of employees', 'розмір компанії', 'размер компании', 'кількість працівників'],
  headquarters: ['headquarters', 'headquarters location', 'штаб-квартира', 'головний офіс', 'главный офис'],
};

/** The fact a label names, if any. */
export function factOfLabel(label: string | null | undefined): CompanyFact | undefined {
  const text = cleanText(label, TEXT_LIMITS.title)?.replace(/:$/, '').toLowerCase();
  return text ? (Object.keys(FACT_LABELS) as CompanyFact[]).find((fact) => FACT_LABELS[fact].includes(text)) : undefined;
}

/**
 * An employee range as LinkedIn and Crunchbase write it: "51-200 employees", "10,001+ employees",
 * "11–50 працівників", "1001-5000". The range's upper bound decides.
 */
export function sizeOfRange(text: string | undefined): CompanySize | undefined {
  const match = /(\d[\d,.\s]*)\s*(?:[-–—]\s*(\d[\d,.\s]*)|\+)/u.exec(text ?? '');
  if (!match) return undefined;
  const bound = Number((match[2] ?? match[1]).replace(/\D/g, ''));
  return companySizeFor(bound);
}

/*
 * Handles: LinkedIn company About lists and Crunchbase employee ranges.
 * Fixtures: test/fixtures/pages/linkedin-company.html, crunchbase-org.html.
 */
