import { describe, expect, it } from 'vitest';
import { linkedInEmbeddedLayer } from '@/lib/extract/sites/linkedin-embedded';
import { pageAt } from './pages';

const URL = 'https://www.linkedin.com/in/jane-doe-1a2b3c/';

/** A voyager block as LinkedIn writes it: HTML-escaped JSON in a hidden `<code>`. */
function codeBlock(json: string, guid = 1): string {
  const escaped = json.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<code style="display: none" id="bpr-guid-${guid}">${escaped}</code>`;
}

function included(...entities: object[]): string {
  return JSON.stringify({ data: {}, included: entities });
}

const JANE = {
  entityUrn: 'urn:li:fsd_profile:ACoAAJane01',
  publicIdentifier: 'jane-doe-1a2b3c',
  firstName: 'Jane',
  lastName: 'Doe',
  headline: 'Helping banks sell | ex-Acme',
};

function position(memberId: string, title: string, companyName: string, dates?: object): object {
  return { entityUrn: `urn:li:fsd_profilePosition:(${memberId},${title.length})`, title, companyName, ...(dates && { dateRange: dates }) };
}

function read(body: string, url = URL) {
  return linkedInEmbeddedLayer.extract(pageAt(url, `<html><body>${body}</body></html>`));
}

describe('linkedInEmbeddedLayer', () => {
  it('should read the profile whose publicIdentifier is the URL slug, with its ongoing position', () => {
    const body = codeBlock(
      included(
        JANE,
        position('ACoAAJane01', 'Account Manager', 'Old Corp', { start: { year: 2015 }, end: { year: 2019 } }),
        position('ACoAAJane01', 'Head of Sales', 'Acme', { start: { month: 2, year: 2020 } }),
      ),
    );

    const actual = read(body);

    expect(actual.subject).toEqual({
      person: {
        fullName: 'Jane Doe',
        headline: 'Helping banks sell | ex-Acme',
        title: 'Head of Sales',
        location: undefined,
        linkedinUrl: URL,
      },
      company: { name: 'Acme' },
    });
  });

  it('should read the older API: locationName, timePeriod, fs_position URNs', () => {
    const profile = { ...JANE, entityUrn: 'urn:li:fs_profile:ACoAAJane01', headline: undefined, occupation: 'CEO at Acme', locationName: 'Kyiv, Ukraine' };
    const current = { entityUrn: 'urn:li:fs_position:(ACoAAJane01,77)', title: 'CEO', companyName: 'Acme', timePeriod: { startDate: { year: 2021 } } };
    const ended = { entityUrn: 'urn:li:fs_position:(ACoAAJane01,78)', title: 'CTO', companyName: 'Beta', timePeriod: { startDate: { year: 2022 }, endDate: { year: 2023 } } };

    const actual = read(codeBlock(included(profile, ended, current)));

    expect(actual.subject?.person).toMatchObject({ headline: 'CEO at Acme', title: 'CEO', location: 'Kyiv, Ukraine' });
    expect(actual.subject?.company).toEqual({ name: 'Acme' });
  });

  it("should never read another member's profile or positions", () => {
    const other = { ...JANE, entityUrn: 'urn:li:fsd_profile:ACoAAJohn02', publicIdentifier: 'john-roe', firstName: 'John', lastName: 'Roe' };
    const body = codeBlock(included(other, position('ACoAAJohn02', 'CTO', 'Beta', { start: { year: 2020 } })));

    expect(read(body)).toEqual({});
    expect(read(codeBlock(included(JANE, position('ACoAAJohn02', 'CTO', 'Beta')))).subject?.company).toEqual({ name: undefined });
  });

  it('should take the ongoing position that started last, and none when every dated one has ended', () => {
    const side = position('ACoAAJane01', 'Mentor', 'Cluster', { start: { year: 2018 } });
    const main = position('ACoAAJane01', 'Head of Sales', 'Acme', { start: { month: 5, year: 2022 } });
    const ended = position('ACoAAJane01', 'CTO', 'Beta', { start: { year: 2010 }, end: { year: 2012 } });

    expect(read(codeBlock(included(JANE, side, main))).subject?.person.title).toBe('Head of Sales');
    expect(read(codeBlock(included(JANE, ended))).subject?.person.title).toBeUndefined();
  });

  it('should survive a broken block and still read the others', () => {
    const broken = codeBlock('{"included":[{"publicIdentifier":"jane-doe-1a2b3c","firstName":"Ja', 1);

    const actual = read(broken + codeBlock(included(JANE), 2));

    expect(actual.subject?.person.fullName).toBe('Jane Doe');
  });

  it('should read a block hidden in an HTML comment, and a percent-encoded slug', () => {
    const cyrillic = { ...JANE, publicIdentifier: 'олена-коваленко', firstName: 'Олена', lastName: 'Коваленко' };
    const body = `<code id="bpr-guid-3"><!--${included(cyrillic).replaceAll('"', '&quot;')}--></code>`;

    const actual = read(body, 'https://ua.linkedin.com/in/%D0%BE%D0%BB%D0%B5%D0%BD%D0%B0-%D0%BA%D0%BE%D0%B2%D0%B0%D0%BB%D0%B5%D0%BD%D0%BA%D0%BE/');

    expect(actual.subject?.person.fullName).toBe('Олена Коваленко');
  });

  it('should read nothing outside person pages, nor from blocks of other ids', () => {
    expect(read(codeBlock(included(JANE)), 'https://www.linkedin.com/company/acme/')).toEqual({});
    expect(read(`<code id="datalet-bpr-guid-1">${included(JANE)}</code>`)).toEqual({});
  });
});
