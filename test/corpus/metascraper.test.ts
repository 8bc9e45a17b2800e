/**
 * metascraper's real pages (articles, company blogs, press releases, LinkedIn, GitHub, X, Bluesky and
 * Dribbble pages): its author against our person's name, its publisher against our company's name.
 * metascraper's values are snapshots of its own output, not truth: where the corpus README lists one
 * as wrong, reading anything else (or nothing) beats it. Our extractor also says `none` on pages that
 * show no prospect, news articles among them, so an author it leaves out there is a deliberate miss.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { extractProspect } from '@/lib/extract';
import { parsePage } from '../unit/extract/pages';
import { describeCorpus, printLine } from './corpus';
import { sameText } from './scoreboard';

interface BaselineCase {
  case: string;
  url: string;
  author: string | null;
  publisher: string | null;
}

/** metascraper's values the corpus README calls wrong or odd. */
const KNOWN_WRONG: Record<string, ReadonlySet<'author' | 'publisher'>> = {
  indiehackers: new Set(['author']),
  audiense: new Set(['publisher']),
  learnnode: new Set(['author']),
  'segment-academy': new Set(['author']),
};

/** Where we stand against metascraper as measured now: fewer agreements or more losses is a regression. */
const MIN_AGREED = 18;
const MAX_WORSE = 106;

type Outcome = 'agree' | 'better' | 'worse';

/**
 * Agree: the same value. Better: metascraper's value is a known-wrong one and ours is not that.
 * Worse: metascraper is right and we differ or say nothing.
 */
function compare(caseName: string, field: 'author' | 'publisher', expected: string, actual: string | undefined): Outcome {
  if (actual && sameText(expected, actual)) return 'agree';
  return KNOWN_WRONG[caseName]?.has(field) ? 'better' : 'worse';
}

describeCorpus('metascraper', (corpusDir) => {
  const baseline: BaselineCase[] = JSON.parse(readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8'));
  const rows: Array<{ case: string; field: string; expected: string; actual: string; outcome: Outcome }> = [];

  afterAll(() => {
    printLine('\nmetascraper author → person.fullName, publisher → company.name:');
    for (const row of rows) {
      printLine(`  ${row.outcome.padEnd(6)} ${row.case} ${row.field}: metascraper ${JSON.stringify(row.expected)}, ours ${JSON.stringify(row.actual)}`);
    }
    const tally = (field: string, outcome: Outcome) => rows.filter((row) => row.field === field && row.outcome === outcome).length;
    for (const field of ['author', 'publisher']) {
      printLine(`metascraper ${field}: agree ${tally(field, 'agree')}, better ${tally(field, 'better')}, worse ${tally(field, 'worse')} of ${rows.filter((row) => row.field === field).length}`);
    }
  });

  // 67 real pages, some of a megabyte, parsed by happy-dom: longer than one unit test's default.
  it(`should agree with metascraper at least ${MIN_AGREED} times and do worse at most ${MAX_WORSE} times`, { timeout: 60_000 }, () => {
    for (const page of baseline) {
      const caseName = path.basename(page.case);
      const folder = page.case.includes('/') ? page.case : path.join('integration', page.case);
      const draft = extractProspect(parsePage(readFileSync(path.join(corpusDir, folder, 'input.html'), 'utf8')), page.url);
      const ours = { author: draft.person.fullName, publisher: draft.company.name };
      for (const field of ['author', 'publisher'] as const) {
        const expected = page[field];
        if (!expected) continue;
        rows.push({ case: caseName, field, expected, actual: ours[field] ?? '', outcome: compare(caseName, field, expected, ours[field]) });
      }
    }

    expect(rows.filter((row) => row.outcome === 'agree').length).toBeGreaterThanOrEqual(MIN_AGREED);
    expect(rows.filter((row) => row.outcome === 'worse').length).toBeLessThanOrEqual(MAX_WORSE);
  });
});
