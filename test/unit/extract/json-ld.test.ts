import { describe, expect, it } from 'vitest';
import { MAX_JSON_LD_BLOCK_CHARS } from '@/lib/extract/json-ld/nodes';
import { jsonLdLayer } from '@/lib/extract/layers/json-ld';
import { pageAt, withFinishedPhones } from './pages';

const PAGE_URL = 'https://www.acme.example/team/jane';

/**
 * The json-ld layer's output for a page carrying these blocks (objects are serialised, strings kept
 * as written), its phones finished.
 */
function readBlocks(blocks: Array<object | string>, { url = PAGE_URL, lang = 'en' } = {}) {
  const scripts = blocks
    .map((block) => typeof block === 'string' ? block : JSON.stringify(block))
    .map((json) => `<script type="application/ld+json">${json}</script>`);
  const page = pageAt(url, `<html lang="${lang}"><head>${scripts.join('')}</head><body></body></html>`);
  return withFinishedPhones(jsonLdLayer.extract(page), page);
}

function subjectOf(...blocks: Array<object | string>) {
  return readBlocks(blocks).subject;
}

const ACME = { '@type': 'Organization', name: 'Acme', url: 'https://acme.example/' };

describe('jsonLdLayer', () => {
  it('should read a person with every field schema.org gives', () => {
    const person = {
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Jane  Doe',
      givenName: 'Jane',
      familyName: 'Doe',
      jobTitle: { '@type': 'DefinedTerm', name: 'VP Sales' },
      email: ['mailto:Jane.Doe@Acme.example', 'not-an-address'],
      telephone: '+380 44 123 45 67',
      url: 'https://janedoe.example/',
      sameAs: ['https://ua.linkedin.com/in/Jane-Doe/', 'https://twitter.com/janedoe', 'https://github.com/JaneDoe'],
      image: { '@type': 'ImageObject', contentUrl: '/img/jane.jpg' },
      address: { '@type': 'PostalAddress', addressLocality: 'Kyiv', addressCountry: 'UA' },
      worksFor: ACME,
    };

    expect(subjectOf(person)).toEqual({
      person: {
        fullName: 'Jane Doe',
        firstName: 'Jane',
        lastName: 'Doe',
        title: 'VP Sales',
        location: 'Kyiv, Ukraine',
        emails: ['jane.doe@acme.example'],
        phones: ['+380441234567'],
        websiteUrl: 'https://janedoe.example/',
        linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
        twitterUrl: 'https://x.com/janedoe',
        githubUrl: 'https://github.com/janedoe',
        avatarUrl: 'https://www.acme.example/img/jane.jpg',
      },
      company: { name: 'Acme', website: 'https://acme.example/' },
    });
  });

  it('should compose the full name from its parts when no name is given', () => {
    const subject = subjectOf({ '@type': 'Person', givenName: 'Jane', familyName: 'Doe' });

    expect(subject?.person).toMatchObject({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' });
  });

  it('should decode character references that CMSes leave in text', () => {
    const subject = subjectOf({ '@type': 'Organization', name: 'Smith &amp; Sons &#8211; Kyiv' });

    expect(subject?.company.name).toBe('Smith & Sons – Kyiv');
  });

  it.each([
    ['LinkedIn organisations with a member role', [
      { '@type': 'Organization', name: 'Old Co', member: { '@type': 'OrganizationRole', startDate: '2015', endDate: '2019' } },
      { '@type': 'Organization', name: 'Now Co', member: { '@type': 'OrganizationRole', startDate: '2020' } },
    ]],
    ['schema.org Role wrappers', [
      { '@type': 'EmployeeRole', endDate: '2019', worksFor: { '@type': 'Organization', name: 'Old Co' } },
      { '@type': 'OrganizationRole', startDate: '2020', worksFor: { '@type': 'Organization', name: 'Now Co' } },
    ]],
  ])('should take the current employer among %s', (_shape, worksFor) => {
    const subject = subjectOf({ '@type': 'Person', name: 'Jane Doe', worksFor });

    expect(subject?.company.name).toBe('Now Co');
  });

  it('should give no company when every employment has ended', () => {
    const worksFor = [{ '@type': 'Organization', name: 'Old Co', member: { endDate: '2019' } }];

    expect(subjectOf({ '@type': 'Person', name: 'Jane Doe', worksFor })?.company).toEqual({});
  });

  it.each([
    ['Organization'],
    ['Corporation'],
    ['LocalBusiness'],
    ['ProfessionalService'],
    ['NGO'],
    ['EmploymentAgency'],
    ['OnlineStore'],
    ['NewsMediaOrganization'],
    ['schema:Corporation'],
    ['http://schema.org/LocalBusiness'],
    [['Organization', 'Brand']],
  ])('should read an organisation typed %j', (type) => {
    expect(subjectOf({ '@type': type, name: 'Acme' })?.company.name).toBe('Acme');
  });

  it.each([['WebSite'], ['Product'], ['Service'], ['Event'], [undefined]])('should not read a %s as a prospect', (type) => {
    expect(subjectOf({ '@type': type, name: 'Acme' })).toBeUndefined();
  });

  it("should read a ProfilePage's main entity through an @id reference into the graph", () => {
    const block = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'ProfilePage', mainEntity: { '@id': '#jane' } },
        { '@id': '#jane', '@type': 'Person', name: 'Jane Doe', worksFor: { '@id': '#acme' } },
        { '@id': '#acme', ...ACME },
      ],
    };

    const output = readBlocks([block]);

    expect(output.subject).toMatchObject({ person: { fullName: 'Jane Doe' }, company: { name: 'Acme' } });
    expect(output.listed).toBeUndefined();
  });

  it("should take a ProfilePage's main entity as the subject, whoever else the page names", () => {
    const blocks = [
      { '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Jane Doe' } },
      { '@type': 'Person', name: 'Reviewer Someone' },
    ];

    const output = readBlocks(blocks);

    expect(output.subject?.person.fullName).toBe('Jane Doe');
    expect(output.listed).toBeUndefined();
  });

  it('should take no prospect from the credits of an article', () => {
    const article = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'News', author: { '@id': '#mark' }, publisher: { '@id': '#ledger' } },
        { '@id': '#mark', '@type': 'Person', name: 'Mark Novak' },
        { '@id': '#ledger', '@type': 'NewsMediaOrganization', name: 'The Ledger' },
      ],
    };

    expect(readBlocks([article])).toEqual({});
  });

  it.each([
    ['credited by a copy that carries its @id', { '@type': 'Article', author: { '@id': '#mark', name: 'Mark Novak' } }],
    ['credited as the author of the page', { '@type': 'WebPage', author: { '@id': '#mark' } }],
  ])('should take no prospect from a person %s', (_case, work) => {
    const graph = { '@context': 'https://schema.org', '@graph': [work, { '@id': '#mark', '@type': 'Person', name: 'Mark Novak' }] };

    expect(readBlocks([graph])).toEqual({});
  });

  it('should take no prospect from an organisation without a name', () => {
    expect(readBlocks([{ '@type': 'Organization', url: 'https://news.example/' }])).toEqual({ subject: undefined });
  });

  it("should keep the site's publisher from its WebSite node as the company", () => {
    const graph = {
      '@graph': [
        { '@type': 'WebSite', publisher: { '@id': '#acme' } },
        { '@type': 'WebPage', author: { '@id': '#jane' } },
        { '@id': '#acme', ...ACME },
      ],
    };

    expect(readBlocks([graph]).subject?.company.name).toBe('Acme');
  });

  it("should read the organisation behind a company site's graph", () => {
    const graph = {
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', publisher: { '@id': '#org' } },
        { '@type': 'ContactPage', isPartOf: { '@id': '#site' } },
        { '@type': 'Organization', '@id': '#org', name: 'Acme', telephone: '044 123 45 67' },
      ],
    };

    const subject = readBlocks([graph], { lang: 'uk' }).subject;

    expect(subject).toEqual({ person: { emails: [], phones: ['+380441234567'] }, company: { name: 'Acme' } });
  });

  it('should give an organisation page its contact points as the ways to reach the prospect', () => {
    const organisation = {
      '@type': 'Corporation',
      name: 'Acme',
      email: 'info@acme.example',
      contactPoint: [
        { '@type': 'ContactPoint', contactType: 'sales', email: 'sales@acme.example', telephone: '+48 22 123 45 67' },
        { '@type': 'ContactPoint', contactType: 'support', email: 'INFO@acme.example' },
      ],
    };

    expect(subjectOf(organisation)?.person).toEqual({
      emails: ['info@acme.example', 'sales@acme.example'],
      phones: ['+48221234567'],
    });
  });

  it('should read the company fields of an organisation', () => {
    const organisation = {
      '@type': 'LocalBusiness',
      name: 'Acme',
      url: 'https://www.acme.example/',
      sameAs: ['https://www.facebook.com/acme', 'https://www.linkedin.com/company/acme-inc/'],
      industry: 'Software',
      numberOfEmployees: { '@type': 'QuantitativeValue', value: 120 },
      address: { '@type': 'PostalAddress', addressLocality: 'Lviv', addressRegion: 'Lviv Oblast', addressCountry: { '@type': 'Country', name: 'Ukraine' } },
      description: 'We build things.',
    };

    expect(subjectOf(organisation)?.company).toEqual({
      name: 'Acme',
      website: 'https://www.acme.example/',
      linkedinUrl: 'https://www.linkedin.com/company/acme-inc/',
      industry: 'Software',
      employeeCount: 120,
      size: '51-200',
      location: 'Lviv, Lviv Oblast, Ukraine',
      description: 'We build things.',
    });
  });

  it.each([
    [120, { employeeCount: 120, size: '51-200' }],
    ['1,200', { employeeCount: 1200, size: '1001-5000' }],
    ['10 000', { employeeCount: 10000, size: '5001-10000' }],
    [{ '@type': 'QuantitativeValue', value: '7' }, { employeeCount: 7, size: '1-10' }],
    [{ '@type': 'QuantitativeValue', minValue: 11, maxValue: 50 }, { size: '11-50' }],
    ['51-200', { size: '51-200' }],
    ['10001+', { employeeCount: 10001, size: '10001+' }],
    ['many', {}],
  ])('should read the head count %j', (numberOfEmployees, expected) => {
    const company = subjectOf({ '@type': 'Organization', name: 'Acme', numberOfEmployees })?.company;

    expect(company).toMatchObject(expected);
    expect(Object.keys(company ?? {}).filter((key) => key === 'employeeCount' || key === 'size')).toEqual(Object.keys(expected));
  });

  it('should list the people of a team page, each with the company the page is about', () => {
    const block = [ACME, { '@type': 'Person', name: 'Jane Doe', jobTitle: 'CEO' }, { '@type': 'Person', name: 'John Roe', jobTitle: 'CTO' }];

    const output = readBlocks([block]);

    expect(output.subject?.company.name).toBe('Acme');
    expect(output.listed?.map((finding) => [finding.person.fullName, finding.person.title, finding.company.name])).toEqual([
      ['Jane Doe', 'CEO', 'Acme'],
      ['John Roe', 'CTO', 'Acme'],
    ]);
  });

  it('should read the blocks it can when another one is broken', () => {
    const broken = '{"@type": "Person", "name": "Broken "Quote" Person"}';

    expect(subjectOf(broken, { '@type': 'Person', name: 'Jane Doe' })?.person.fullName).toBe('Jane Doe');
  });

  it('should read a block with the faults real pages have', () => {
    const faulty = '<!-- person -->\n{"@type": "Person", // who\n "name": "Jane\nDoe",}';

    expect(subjectOf(faulty)?.person.fullName).toBe('Jane Doe');
  });

  it('should skip a block larger than its size limit', () => {
    const huge = { '@type': 'Person', name: 'Jane Doe', description: 'x'.repeat(MAX_JSON_LD_BLOCK_CHARS) };

    expect(subjectOf(huge)).toBeUndefined();
  });

  it.each([['application/ld+json; charset=utf-8'], ['APPLICATION/LD+JSON'], [' application/ld+json ']])(
    'should read a block typed %j',
    (type) => {
      const html = `<script type="${type}">{"@type":"Person","name":"Jane Doe"}</script>`;

      expect(jsonLdLayer.extract(pageAt(PAGE_URL, html)).subject?.person.fullName).toBe('Jane Doe');
    },
  );

  it('should refuse URLs that are not http(s)', () => {
    const subject = subjectOf({ '@type': 'Person', name: 'Jane Doe', url: 'javascript:alert(1)', image: 'data:image/png;base64,AAAA' });

    expect(subject?.person).not.toHaveProperty('websiteUrl', expect.anything());
    expect(subject?.person).not.toHaveProperty('avatarUrl', expect.anything());
  });
});
