/**
 * Real logged-in LinkedIn person pages (elalienx/scoutr, 2024) scored field by field against the
 * upstream hand-written expectations: name, current job title and current company of 5 profiles, and
 * 3 pages without a prospect.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { extractProspect } from '@/lib/extract';
import { parsePage } from '../unit/extract/pages';
import { describeCorpus, printLine } from './corpus';

interface UpstreamExpectation {
  candidate_name: string;
  candidate_job_title: string;
  company_name: string;
}

/**
 * The pages had their <head> stripped upstream and carry no URL; each one's own profile URL is the
 * one its top card links its overlays to. The negatives are served where a visitor met them: under a
 * profile URL.
 */
const PROFILE_URLS: Record<string, string> = {
  'profile1.html': 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
  'profile2.html': 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
  'profile3.html': 'https://www.linkedin.com/in/abgargulo/',
  'profile4.html': 'https://www.linkedin.com/in/surendrathota/',
  'profile5.html': 'https://www.linkedin.com/in/vasileiosalevizos/',
};
const NEGATIVE_URLS: Record<string, string> = {
  'authwall-banned.html': 'https://www.linkedin.com/in/someone-walled/',
  'authwall-banned2.html': 'https://www.linkedin.com/in/someone-walled/',
  'profile-not-found.html': 'https://www.linkedin.com/in/ivanahmadfatoni/',
};

const FIELDS = [
  ['name', 'candidate_name', 'fullName'],
  ['title', 'candidate_job_title', 'title'],
  ['company', 'company_name', 'company'],
] as const;

interface ScoredField {
  file: string;
  field: string;
  expected: string;
  actual: string;
}

function mark(right: boolean): string {
  return right ? 'ok  ' : 'MISS';
}

describeCorpus('linkedin-scoutr', (corpusDir) => {
  const readPage = (folder: string, file: string) => parsePage(readFileSync(path.join(corpusDir, folder, file), 'utf8'));
  const upstream: Record<string, { expected: UpstreamExpectation }> = JSON.parse(
    readFileSync(path.join(corpusDir, 'logged-in/expected.json'), 'utf8'),
  );
  const scored: ScoredField[] = [];
  const negatives: Array<{ file: string; kind: string }> = [];

  afterAll(() => {
    printLine('\nlinkedin-scoutr, field by field:');
    for (const row of scored) {
      const values = `expected ${JSON.stringify(row.expected)}, got ${JSON.stringify(row.actual)}`;
      printLine(`  ${mark(row.expected === row.actual)} ${row.file} ${row.field.padEnd(7)} ${values}`);
    }
    for (const row of negatives) printLine(`  ${mark(row.kind === 'none')} ${row.file} kind ${row.kind}`);
    const fieldsRight = scored.filter((row) => row.expected === row.actual).length;
    const negativesRight = negatives.filter((row) => row.kind === 'none').length;
    printLine(`linkedin-scoutr score: ${fieldsRight}/${scored.length} fields, ${negativesRight}/${negatives.length} pages without a prospect\n`);
  });

  it.each(Object.entries(PROFILE_URLS))('should read name, current title and company of %s', (file, url) => {
    const draft = extractProspect(readPage('logged-in', file), url);
    const values = { fullName: draft.person.fullName, title: draft.person.title, company: draft.company.name };

    const rows = FIELDS.map(([field, upstreamKey, key]) => ({
      file,
      field,
      expected: upstream[file].expected[upstreamKey],
      actual: values[key] ?? '',
    }));
    scored.push(...rows);

    expect(rows.map((row) => row.actual)).toEqual(rows.map((row) => row.expected));
    expect(draft.source.kind).toBe('linkedin-person');
  });

  it.each(Object.entries(NEGATIVE_URLS))('should find no prospect on %s', (file, url) => {
    const draft = extractProspect(readPage('negative', file), url);
    negatives.push({ file, kind: draft.source.kind });

    expect(draft.source.kind).toBe('none');
    expect(draft.person).toEqual({ emails: [], phones: [] });
    expect(draft.company).toEqual({});
  });
});
