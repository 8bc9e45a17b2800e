import { describe, expect, it } from 'vitest';
import { extractProspect, extractProspects } from '@/lib/extract';
import { finishReading } from '@/lib/extract/finish';
import { readProspects, type PageReading } from '@/lib/extract/read';
import { emptyDraft, type ProspectDraft } from '@/lib/extract/types';
import { loadFixture, parsePage } from './pages';

const TEAM_URL = 'https://www.acme.com.ua/team';

/** A Ukrainian company's team page: the company with its national-format number, and two people. */
const TEAM_PAGE = `<html lang="uk"><head><script type="application/ld+json">${JSON.stringify([
  { '@type': 'Organization', name: 'Acme', telephone: '044 123 45 67', numberOfEmployees: 40 },
  { '@type': 'Person', name: 'Jane Doe', jobTitle: 'CEO', telephone: '(044) 765-43-21' },
  { '@type': 'Person', name: 'John Roe', jobTitle: 'CTO' },
])}</script></head><body></body></html>`;

function draftAt(url: string, fill: (draft: ProspectDraft) => void): ProspectDraft {
  const draft = emptyDraft(url, 'generic');
  fill(draft);
  return draft;
}

describe('readProspects', () => {
  it('should keep phones as written and leave open what needs the big tables', () => {
    const reading = readProspects(parsePage(TEAM_PAGE), TEAM_URL);

    expect(reading.countryHint).toBe('UA');
    expect(reading.draft).toEqual({
      person: { emails: [], phones: ['044 123 45 67'] },
      company: { name: 'Acme', employeeCount: 40, size: '11-50' },
      source: { url: TEAM_URL, kind: 'generic', extractors: ['json-ld'] },
    });
    expect(reading.list.map((listed) => [listed.person.fullName, listed.person.firstName, listed.person.phones, listed.source.kind])).toEqual([
      ['Jane Doe', undefined, ['(044) 765-43-21'], 'generic'],
      ['John Roe', undefined, [], 'generic'],
    ]);
  });

  it('should read a page into plain data, as the structured clone of executeScript carries it', () => {
    const reading = readProspects(loadFixture('linkedin-profile.html'), 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/');

    expect(JSON.parse(JSON.stringify(reading))).toEqual(reading);
  });
});

describe('finishReading', () => {
  it("should finish a company's own page: its phones, kind, website and domain, the people's names", () => {
    const { draft, list } = finishReading(readProspects(parsePage(TEAM_PAGE), TEAM_URL));

    expect(draft).toEqual({
      person: { emails: [], phones: ['+380441234567'] },
      company: { name: 'Acme', employeeCount: 40, size: '11-50', website: 'https://www.acme.com.ua/', domain: 'acme.com.ua' },
      source: { url: TEAM_URL, kind: 'company-site', extractors: ['json-ld'] },
    });
    expect(list[0].person).toEqual({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'CEO', emails: [], phones: ['+380447654321'] });
    expect(list.map((listed) => listed.source.kind)).toEqual(['company-site', 'company-site']);
  });

  it('should read national numbers only when the page tells its country, keeping the digits otherwise', () => {
    const phones = ['044 123 45 67', '+380 44 123 45 67', '0441234567'];
    const reading = (countryHint?: string): PageReading => ({
      countryHint,
      draft: draftAt('https://acme.example/', (draft) => draft.person.phones.push(...phones)),
      list: [],
    });

    expect(finishReading(reading('UA')).draft.person.phones).toEqual(['+380441234567']);
    expect(finishReading(reading()).draft.person.phones).toEqual(['0441234567', '+380441234567']);
  });

  it.each([
    ['a company on its own domain', 'https://eu.acme.example/contact', { name: 'Acme' }, 'company-site'],
    ['a company whose website is elsewhere', 'https://blog.example/about', { name: 'Acme', website: 'https://acme.example/' }, 'generic'],
    ['no company', 'https://acme.example/', {}, 'generic'],
    ['a page without a host', 'file:///home/rep/acme.html', { name: 'Acme' }, 'generic'],
  ])('should tell a company site from a generic page for %s', (_case, url, company, kind) => {
    const reading = { draft: draftAt(url, (draft) => Object.assign(draft.company, company)), list: [] };

    expect(finishReading(reading).draft.source.kind).toBe(kind);
  });

  it('should keep the kind the page read for a platform or a page without a prospect', () => {
    const profile = emptyDraft('https://github.com/acme', 'github');
    profile.company.name = 'Acme';

    expect(finishReading({ draft: profile, list: [] }).draft.source.kind).toBe('github');
    expect(finishReading({ draft: emptyDraft(TEAM_URL, 'none'), list: [] }).draft).toStrictEqual(emptyDraft(TEAM_URL, 'none'));
  });

  it('should drop a headline that only repeats the title', () => {
    const reading = { draft: draftAt(TEAM_URL, (draft) => Object.assign(draft.person, { title: 'CEO', headline: 'ceo' })), list: [] };

    expect(finishReading(reading).draft.person.headline).toBeUndefined();
  });

  it('should leave the reading as it was', () => {
    const reading = readProspects(parsePage(TEAM_PAGE), TEAM_URL);
    const before = structuredClone(reading);

    finishReading(reading);

    expect(reading).toStrictEqual(before);
  });
});

describe('extractProspect and extractProspects', () => {
  it('should give what finishing the reading of the page gives', () => {
    const doc = parsePage(TEAM_PAGE);
    const finished = finishReading(readProspects(doc, TEAM_URL));

    expect(extractProspect(doc, TEAM_URL)).toStrictEqual(finished.draft);
    expect(extractProspects(doc, TEAM_URL)).toStrictEqual(finished.list);
  });
});
