import { describe, expect, it } from 'vitest';
import { hCardLayer } from '@/lib/extract/layers/h-card';
import { microdataLayer, readMicrodataItems } from '@/lib/extract/layers/microdata';
import { rdfaLayer, readRdfaNodes } from '@/lib/extract/layers/rdfa';
import { pageAt, parsePage } from './pages';

const URL = 'https://acme.example/team/jane';

describe('readMicrodataItems', () => {
  it('should read a top-level item with nested items, values by element kind, and several names per itemprop', () => {
    const doc = parsePage(`
      <div itemscope itemtype="https://schema.org/Person" itemid="#jane">
        <span itemprop="name">Jane Doe</span>
        <a itemprop="url sameAs" href="/jane">site</a>
        <img itemprop="image" src="/jane.jpg">
        <meta itemprop="email" content="jane@acme.example">
        <div itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span></div>
      </div>`);

    expect(readMicrodataItems(doc)).toEqual([
      {
        '@type': ['https://schema.org/Person'],
        '@id': '#jane',
        name: ['Jane Doe'],
        url: ['/jane'],
        sameAs: ['/jane'],
        image: ['/jane.jpg'],
        email: ['jane@acme.example'],
        worksFor: [{ '@type': ['https://schema.org/Organization'], name: ['Acme'] }],
      },
    ]);
  });
});

describe('microdataLayer', () => {
  it.each([
    [
      'a Person with a nested employer',
      '<div itemscope itemtype="http://schema.org/Person"><h1 itemprop="name">Jane Doe</h1><p itemprop="jobTitle">CTO</p><div itemprop="worksFor" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Acme</span></div></div>',
      { fullName: 'Jane Doe', title: 'CTO' },
      { name: 'Acme' },
    ],
    [
      "GitHub's text-only worksFor handle",
      '<div itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span><li itemprop="worksFor">@acme</li></div>',
      { fullName: 'Jane Doe' },
      { name: 'acme' },
    ],
    [
      'a LocalBusiness with its ContactPoint',
      '<div itemscope itemtype="https://schema.org/LocalBusiness"><span itemprop="name">Acme</span><div itemprop="contactPoint" itemscope itemtype="https://schema.org/ContactPoint"><span itemprop="telephone">+380 44 123 45 67</span></div></div>',
      { phones: ['+380 44 123 45 67'] },
      { name: 'Acme' },
    ],
  ])('should read %s', (_case, html, person, company) => {
    const subject = microdataLayer.extract(pageAt(URL, html)).subject;

    expect(subject?.person).toMatchObject(person);
    expect(subject?.company).toMatchObject(company);
  });

  it('should list the people of a page with several and name their organisation', () => {
    const html = `
      <div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span></div>
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></div>
      <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">John Roe</span></div>`;

    const output = microdataLayer.extract(pageAt(URL, html));

    expect(output.listed?.map(({ person, company }) => [person.fullName, company.name])).toEqual([
      ['Jane Doe', 'Acme'],
      ['John Roe', 'Acme'],
    ]);
  });

  it('should see no prospect in a product', () => {
    const html = '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Router</span></div>';

    expect(microdataLayer.extract(pageAt(URL, html))).toEqual({});
  });
});

describe('readRdfaNodes', () => {
  it.each([
    ['vocab with bare terms', '<div vocab="https://schema.org/" typeof="Person"><span property="name">Jane Doe</span></div>'],
    ['schema: prefixes', '<div typeof="schema:Person"><span property="schema:name">Jane Doe</span></div>'],
    ['full IRIs', '<div typeof="http://schema.org/Person"><span property="http://schema.org/name">Jane Doe</span></div>'],
  ])('should read terms written with %s', (_case, html) => {
    expect(readRdfaNodes(parsePage(html))).toEqual([{ '@type': ['Person'], name: ['Jane Doe'] }]);
  });

  it('should prefer content, then the link, then the text of a property', () => {
    const html = `<div vocab="https://schema.org/" typeof="Organization">
      <span property="name" content="Acme Ltd">Acme</span><a property="url" href="https://acme.example/">home</a><span property="description">Tools</span></div>`;

    expect(readRdfaNodes(parsePage(html))).toEqual([
      { '@type': ['Organization'], name: ['Acme Ltd'], url: ['https://acme.example/'], description: ['Tools'] },
    ]);
  });
});

describe('rdfaLayer', () => {
  it('should read a person and the organisation they work for', () => {
    const html = `<div vocab="https://schema.org/" typeof="Person"><span property="name">Jane Doe</span>
      <span property="jobTitle">CTO</span><div property="worksFor" typeof="Organization"><span property="name">Acme</span></div></div>`;

    const subject = rdfaLayer.extract(pageAt(URL, html)).subject;

    expect([subject?.person.fullName, subject?.person.title, subject?.company.name]).toEqual(['Jane Doe', 'CTO', 'Acme']);
  });
});

describe('hCardLayer', () => {
  it.each([
    ['the only person card', '<div class="h-card"><span class="p-name">Jane Doe</span><span class="p-job-title">CTO</span></div>', 'Jane Doe'],
    [
      'the card whose u-url is the page, among others',
      `<div class="h-card"><a class="p-name u-url" href="https://acme.example/team/john">John Roe</a></div>
       <div class="h-card"><a class="p-name u-url" href="${URL}">Jane Doe</a></div>`,
      'Jane Doe',
    ],
    ['a name from its parts', '<div class="h-card"><span class="p-given-name">Jane</span> <span class="p-family-name">Doe</span></div>', 'Jane Doe'],
    ['an implied name', '<a class="h-card" href="https://jane.example/">Jane Doe</a>', 'Jane Doe'],
    ['a classic hCard', '<div class="vcard"><span class="fn">Jane Doe</span><span class="title">CTO</span></div>', 'Jane Doe'],
    ['a name implied by an image card', '<img class="h-card" src="jane.jpg" alt="Jane Doe">', 'Jane Doe'],
    ['a name implied by an only child', '<div class="h-card"><span><abbr title="Jane Doe">JD</abbr></span></div>', 'Jane Doe'],
    [
      'a card with a child card, which is no card of its own',
      '<div class="h-card"><a class="p-name u-url" href="https://mitchell.example/">Mitchell Baker</a> (<a class="h-card" href="https://mozilla.org/">Mozilla</a>)</div>',
      'Mitchell Baker',
    ],
  ])('should take %s as the subject', (_case, html, fullName) => {
    expect(hCardLayer.extract(pageAt(URL, html)).subject?.person.fullName).toBe(fullName);
  });

  it('should read every property of a person card, its nested organisation and address', () => {
    const html = `<div class="h-card"><img class="u-photo" src="/jane.jpg"><span class="p-name">Jane Doe</span>
      <span class="p-role">Head of Sales</span><a class="p-org h-card" href="https://acme.example/">Acme</a>
      <a class="u-email" href="mailto:Jane@Acme.example">write</a><span class="p-tel">+380 44 123 45 67</span>
      <a class="u-url" href="https://www.linkedin.com/in/jane-doe">in</a>
      <span class="p-adr h-adr"><span class="p-locality">Kyiv</span> <span class="p-country-name">Ukraine</span></span></div>`;

    expect(hCardLayer.extract(pageAt(URL, html)).subject).toEqual({
      person: {
        fullName: 'Jane Doe',
        firstName: undefined,
        lastName: undefined,
        title: 'Head of Sales',
        location: 'Kyiv, Ukraine',
        emails: ['jane@acme.example'],
        phones: ['+380 44 123 45 67'],
        linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
        avatarUrl: 'https://acme.example/jane.jpg',
      },
      company: { name: 'Acme', website: 'https://acme.example/' },
    });
  });

  it("should take a u-email link's address, not its text", () => {
    const html = '<div class="h-card"><span class="p-name">Jane Doe</span><a class="u-email" href="mailto:jane@acme.example">not-this@acme.example</a></div>';

    expect(hCardLayer.extract(pageAt(URL, html)).subject?.person.emails).toEqual(['jane@acme.example']);
  });

  it('should list the people of a team page, none representative, with the organisation card as subject', () => {
    const html = `<div class="h-card"><span class="p-name p-org">Acme</span></div>
      <div class="h-card"><span class="p-name">Jane Doe</span></div><div class="h-card"><span class="p-name">John Roe</span></div>`;

    const output = hCardLayer.extract(pageAt('https://acme.example/team', html));

    expect(output.subject?.company.name).toBe('Acme');
    expect(output.listed?.map(({ person, company }) => [person.fullName, company.name])).toEqual([
      ['Jane Doe', 'Acme'],
      ['John Roe', 'Acme'],
    ]);
  });

  it.each([
    ['an mf2 entry', '<article class="h-entry"><a class="p-author h-card" href="https://jane.example/">Jane Doe</a></article>'],
    ['a classic entry', '<div class="hentry"><p>Posted by <span class="author vcard"><a class="fn url" href="https://jane.example/">Jane Doe</a></span></p></div>'],
    ['a classic news item', '<div class="hnews"><div class="hentry"><span class="vcard"><span class="fn">Jane Doe</span></span></div></div>'],
  ])('should not take an author credited inside %s for the page subject', (_case, html) => {
    expect(hCardLayer.extract(pageAt(URL, html))).toEqual({});
  });

  it.each([
    [
      "a review's item (the business reviewed), not its reviewer",
      `<div class="h-review"><span class="p-reviewer h-card"><span class="p-name">Tantek</span></span>
        <p class="p-item h-card"><span class="p-name p-org">Crepes on Cole</span> <span class="p-tel">(650) 321-8189</span></p></div>`,
      { fullName: undefined, company: 'Crepes on Cole', phones: ['(650) 321-8189'] },
    ],
    [
      "a classic review's item",
      '<div class="hreview"><span class="reviewer vcard"><span class="fn">Tantek</span></span><div class="item vcard"><span class="fn org">Crepes on Cole</span></div></div>',
      { fullName: undefined, company: 'Crepes on Cole', phones: [] },
    ],
    [
      "a feed's author (the site's owner)",
      '<section class="h-feed"><h1 class="p-name">Blog</h1><a class="p-author h-card" href="https://tantek.example/">Tantek</a><div class="h-entry"><a class="p-author h-card" href="/x">Guest</a></div></section>',
      { fullName: 'Tantek', company: undefined, phones: [] },
    ],
    [
      "a résumé's holder, reached through a contact card named after their organisation",
      `<div class="h-resume"><p class="p-name">Tim Berners-Lee</p><div class="p-contact h-card"><p class="p-name">MIT</p>
        <span class="p-tel">+1 617 253 5702</span></div><a class="p-affiliation h-card" href="https://w3.org/">W3C</a></div>`,
      { fullName: 'Tim Berners-Lee', company: 'MIT', phones: ['+1 617 253 5702'] },
    ],
    [
      "a classic résumé's holder, at their current position and not a past one",
      `<div class="hresume"><div class="contact vcard"><p class="fn">Tim Berners-Lee</p><p class="title">Director</p></div>
        <div class="experience vevent vcard"><span class="fn org">CERN</span><time class="dtend" datetime="1994">1994</time></div>
        <div class="experience vevent vcard"><span class="fn org">World Wide Web Foundation</span></div></div>`,
      { fullName: 'Tim Berners-Lee', company: 'World Wide Web Foundation', phones: [] },
    ],
    [
      'a name by the value-class pattern, its parts joined as read',
      '<div class="h-card"><span class="p-name"><span class="p-given-name value">John</span> <abbr title="Peter">P</abbr> <span class="value">Doe</span></span></div>',
      { fullName: 'John Doe', company: undefined, phones: [] },
    ],
    [
      'a name without what a template holds',
      '<div class="h-card"><span class="p-name"><span class="value">Jan</span> <template class="value">Invalid</template></span></div>',
      { fullName: 'Jan', company: undefined, phones: [] },
    ],
    [
      'a card inside an element whose class is a Tailwind height, not a microformat',
      '<div class="h-12 h-full"><div class="h-card"><span class="p-name">Jane Doe</span></div></div>',
      { fullName: 'Jane Doe', company: undefined, phones: [] },
    ],
  ])('should take %s as the subject', (_case, html, expected) => {
    const subject = hCardLayer.extract(pageAt(URL, html)).subject;

    expect({ fullName: subject?.person.fullName, company: subject?.company.name, phones: subject?.person.phones }).toEqual(expected);
  });

  it("should read the cards of a WordPress page, whose article WordPress classes hentry as it does a post's", () => {
    const html = `<article class="page type-page status-publish hentry"><div class="vcard"><span class="fn">Jane Doe</span><span class="title">CEO</span></div>
      <div class="vcard"><span class="fn">John Roe</span><span class="title">CTO</span></div></article>`;

    expect(hCardLayer.extract(pageAt(URL, html)).listed?.map(({ person }) => person.fullName)).toEqual(['Jane Doe', 'John Roe']);
  });

  it("should list an event's attendees, and not take its venue for a prospect", () => {
    const html = `<div class="h-event"><span class="p-name">Summit</span> at <span class="p-location h-card"><span class="p-name p-org">Geoloqi</span></span>
      <ul><li class="p-attendee h-card">Brian Warner</li><li class="p-attendee h-card">Kyle Machulis</li></ul></div>`;

    const output = hCardLayer.extract(pageAt(URL, html));

    expect(output.subject).toBeUndefined();
    expect(output.listed?.map(({ person }) => person.fullName)).toEqual(['Brian Warner', 'Kyle Machulis']);
  });

  it.each([
    ["a product's brand", '<div class="h-product"><span class="p-name">Pi</span><p class="p-brand h-card"><span class="p-name p-org">Raspberry Pi Foundation</span></p></div>'],
    ["a classic product's brand", '<div class="hproduct"><span class="fn">Pi</span><p class="brand vcard"><span class="fn org">Raspberry Pi Foundation</span></p></div>'],
    ["a recipe's author", '<div class="h-recipe"><span class="p-name">Puddings</span> by <span class="p-author h-card"><a class="p-name u-url" href="https://glenn.example/">Glenn Jones</a></span></div>'],
    ["a classic event's venue", '<div class="vevent"><span class="summary">Camp</span> at <span class="location vcard"><a class="fn org url" href="https://geoloqi.example/">Geoloqi</a></span></div>'],
  ])('should find no prospect in %s', (_case, html) => {
    expect(hCardLayer.extract(pageAt(URL, html))).toEqual({});
  });

  it('should read an implied name without the scripts and style sheets inside, an image by its alt', () => {
    const html = '<p class="h-card"><style>p{color:red}</style> <span>John</span> <span>Doe</span><script>x()</script> <img src="/j.jpg" alt="Jr."></p>';

    expect(hCardLayer.extract(pageAt(URL, html)).subject?.person.fullName).toBe('John Doe Jr.');
  });

  it('should not read an avatar beside a name into the name', () => {
    const html = '<div class="h-card"><span class="p-name"><img src="/a.jpg" alt="avatar"> Jane Doe</span></div>';

    expect(hCardLayer.extract(pageAt(URL, html)).subject?.person.fullName).toBe('Jane Doe');
  });

  it('should take no name from a classic hCard without fn (a dateline is an address)', () => {
    const html = '<span class="dateline vcard"><span class="adr"><span class="locality">San Francisco</span>, <span class="region">CA</span></span></span>';

    expect(hCardLayer.extract(pageAt(URL, html)).subject?.person.fullName).toBeUndefined();
  });

  it.each([
    ['an include link', '<div class="vcard"><span class="fn">Ben Ward</span> <a class="include" href="#acme">Acme</a></div>'],
    ['itemref', '<div class="vcard" itemref="acme"><span class="fn">Ben Ward</span></div>'],
  ])("should read the organisation a classic hCard includes by %s", (_case, cardHtml) => {
    const html = `${cardHtml}<p id="acme" class="org">Acme</p>`;

    expect(hCardLayer.extract(pageAt(URL, html)).subject?.company.name).toBe('Acme');
  });

  it('should skip what a <template> holds, as browsers do', () => {
    const html = '<div class="h-card"><span class="p-name">Jan Sauer</span><p class="p-org h-card">10M <template class="p-name">Invalid</template></p></div>';

    expect(hCardLayer.extract(pageAt(URL, html)).subject?.company.name).toBe('10M');
  });
});
