import { describe, expect, it } from 'vitest';
import { readPageCapture } from '@/lib/capture/page-capture';
import { MAX_CONTACT_POINTS, MAX_LISTED_PROSPECTS } from '@/lib/extract/fields';
import { readProspects } from '@/lib/extract/read';
import { emptyDraft, type ProspectDraft } from '@/lib/extract/types';
import { parsePage } from '../extract/pages';

function draft(fullName: string): ProspectDraft {
  const page = emptyDraft('https://www.finlytics.io/team', 'generic');
  return { ...page, person: { ...page.person, fullName, phones: ['044 123 45 67'] } };
}

/** Distinct numbers, as many as asked for. */
function tooMany(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `+38044123${String(index).padStart(4, '0')}`);
}

function withPerson(person: object) {
  return { draft: { ...draft('Olena'), person }, list: [] };
}

describe('readPageCapture', () => {
  it('should accept what the capture script reads', () => {
    const team = `<script type="application/ld+json">${JSON.stringify([
      { '@type': 'Organization', name: 'Finlytics', numberOfEmployees: 40, telephone: '044 123 45 67' },
      { '@type': 'Person', name: 'Olena Kovalenko', jobTitle: 'CTO', sameAs: 'https://www.linkedin.com/in/olena/' },
      { '@type': 'Person', name: 'Taras Melnyk' },
    ])}</script>`;
    const reading = structuredClone(readProspects(parsePage(`<html lang="uk">${team}</html>`), 'https://www.finlytics.io/team'));

    expect(reading.list).toHaveLength(2);
    expect(readPageCapture(reading)).toEqual(reading);
  });

  it('should accept a reading of a page with more of everything than the capture script keeps', () => {
    const people = Array.from({ length: MAX_LISTED_PROSPECTS + 50 }, (_, index) => ({ '@type': 'Person', name: `Person ${index}` }));
    // Within the URL limit as written, several times longer once percent-encoded.
    Object.assign(people[0], { url: `https://acme.example/${'я'.repeat(2000)}` });
    const tel = tooMany(MAX_CONTACT_POINTS + 10).map((phone) => `<a href="tel:${phone}">x</a>`).join('');
    const page = parsePage(`<script type="application/ld+json">${JSON.stringify(people)}</script>${tel}`);

    const reading = readProspects(page, 'https://acme.example/team');

    expect(reading.list).toHaveLength(MAX_LISTED_PROSPECTS);
    expect(reading.draft.person.phones).toHaveLength(MAX_CONTACT_POINTS);
    expect(readPageCapture(structuredClone(reading))).toEqual(reading);
  });

  it('should accept a reading with its country and one without', () => {
    const reading = { countryHint: 'UA', draft: draft('Olena Kovalenko'), list: [draft('Taras Melnyk')] };

    expect(readPageCapture(reading)).toEqual(reading);
    expect(readPageCapture({ draft: draft('Olena'), list: [] })).toEqual({ countryHint: undefined, draft: draft('Olena'), list: [] });
  });

  it('should accept missing fields left as undefined by the page', () => {
    const page = { countryHint: undefined, draft: { ...draft('Olena Kovalenko'), company: { name: undefined } }, list: [] };

    expect(readPageCapture(page)).toEqual(page);
  });

  it('should accept the referrer the capture script sends along', () => {
    const capture = { draft: draft('Olena'), list: [], referrer: 'https://www.linkedin.com/feed/' };

    expect(readPageCapture(capture)).toEqual(capture);
  });

  it.each([
    ['a referrer that is not text', { draft: draft('Olena'), list: [], referrer: 42 }],
    ['a referrer longer than a page address', { draft: draft('Olena'), list: [], referrer: `https://a.example/${'x'.repeat(40_000)}` }],
    ['nothing', undefined],
    ['a string', 'Olena Kovalenko'],
    ['no draft', { list: [] }],
    ['no list', { draft: draft('Olena') }],
    ['a list entry that is no draft', { draft: draft('Olena'), list: [draft('Taras'), 'junk'] }],
    ['a longer list than a page gives', { draft: draft('Olena'), list: Array.from({ length: MAX_LISTED_PROSPECTS + 1 }, () => draft('Taras')) }],
    ['a field a reading does not have', { draft: draft('Olena'), list: [], title: 'Olena | Finlytics' }],
    ['a country that is no ISO code', { countryHint: 'ukraine', draft: draft('Olena'), list: [] }],
    ['a person without emails', withPerson({ fullName: 'Olena', phones: [] })],
    ['an email that is not text', withPerson({ emails: [{}], phones: [] })],
    ['more phones than a draft keeps', withPerson({ emails: [], phones: tooMany(MAX_CONTACT_POINTS + 1) })],
    ['a name that is not text', withPerson({ fullName: {}, emails: [], phones: [] })],
    ['a name longer than any field', withPerson({ fullName: 'x'.repeat(10_000), emails: [], phones: [] })],
    ['a person field a draft does not have', withPerson({ password: 'x', emails: [], phones: [] })],
    ['a company that is a list', { draft: { ...draft('Olena'), company: [] }, list: [] }],
    ['an employee count that is not a number', { draft: { ...draft('Olena'), company: { employeeCount: '50' } }, list: [] }],
    ['a company size of its own', { draft: { ...draft('Olena'), company: { size: 'huge' } }, list: [] }],
    ['a source without a URL', { draft: { ...draft('Olena'), source: { kind: 'generic', extractors: [] } }, list: [] }],
    ['a page kind of its own', { draft: { ...draft('Olena'), source: { url: 'https://a.example/', kind: 'evil', extractors: [] } }, list: [] }],
  ])('should refuse %s', (_case, value) => {
    expect(readPageCapture(value)).toBeUndefined();
  });
});
