import { describe, expect, it } from 'vitest';
import { extractProspect, extractProspects } from '@/lib/extract';
import { parsePage } from './pages';

function jsonLd(value: object): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

function extractFrom(url: string, head: string, body = '') {
  return extractProspect(parsePage(`<html><head>${head}</head><body>${body}</body></html>`), url);
}

describe('extractProspect', () => {
  it('should keep the value of the more stable layer and let later layers fill blanks', () => {
    const head = `${jsonLd({ '@type': 'Person', name: 'Jane Doe', jobTitle: 'CEO' })}<meta property="og:site_name" content="Acme">`;

    const draft = extractFrom('https://www.acme.example/team/jane', head, '<a href="mailto:jane@acme.example">mail</a>');

    expect(draft.person).toMatchObject({ fullName: 'Jane Doe', title: 'CEO', emails: ['jane@acme.example'] });
    expect(draft.company).toEqual({ name: 'Acme', website: 'https://www.acme.example/', domain: 'acme.example' });
    expect(draft.source.extractors).toEqual(['json-ld', 'contact-links', 'meta']);
  });

  it('should name only the layers that added a value', () => {
    const head = `${jsonLd({ '@type': 'Organization', name: 'Acme Corp' })}<meta property="og:site_name" content="Acme">`;

    const draft = extractFrom('https://www.acme.example/', head);

    expect(draft.company.name).toBe('Acme Corp');
    expect(draft.source.extractors).toEqual(['json-ld']);
  });

  it.each([
    ["a company's own contact page", 'https://www.acme.example/contact', '<meta property="og:site_name" content="Acme">', '<a href="mailto:sales@acme.example">x</a>', 'company-site'],
    ['a person working elsewhere, on a blog', 'https://blog.example/about', jsonLd({ '@type': 'Person', name: 'Jane Doe', worksFor: { '@type': 'Organization', name: 'Acme', url: 'https://acme.example/' } }), '', 'generic'],
    ['a page with only a contact link', 'https://acme.example/', '', '<a href="tel:+380441234567">x</a>', 'generic'],
    ['a GitHub profile, by its meta tags', 'https://github.com/octocat', '<meta property="og:title" content="octocat (The Octocat) · GitHub">', '', 'github'],
    ['an X profile, by its title', 'https://x.com/janedoe', '<title>Jane Doe (@janedoe) / X</title>', '', 'x'],
    ['a LinkedIn profile URL with only a title', 'https://www.linkedin.com/in/jane-doe/', '<title>Jane Doe | LinkedIn</title>', '', 'none'],
    ['a site page with only meta tags', 'https://www.acme.example/', '<meta property="og:site_name" content="Acme"><title>Acme</title>', '', 'none'],
    ['an empty page', 'https://acme.example/', '', '', 'none'],
    ['a wall, whatever else it carries', 'https://acme.example/login', jsonLd({ '@type': 'Organization', name: 'Acme' }), '<a href="mailto:sales@acme.example">x</a>', 'none'],
  ])('should call %s %s', (_case, url, head, body, kind) => {
    expect(extractFrom(url, head, body).source.kind).toBe(kind);
  });

  it('should leave person and company empty on a page without a prospect', () => {
    const draft = extractFrom('https://www.acme.example/', '<meta property="og:site_name" content="Acme"><title>Acme</title>');

    expect(draft).toStrictEqual({ person: { emails: [], phones: [] }, company: {}, source: { url: 'https://www.acme.example/', kind: 'none', extractors: [] } });
  });

  it.each([
    ['a business address', 'jane@eu.acme.com.ua', 'acme.com.ua'],
    ['a free-mail address', 'jane.doe@gmail.com', undefined],
  ])('should take the company domain from %s', (_case, email, expected) => {
    const draft = extractFrom('https://directory.example/jane', '', `<a href="mailto:${email}">x</a>`);

    expect(draft.company.domain).toBe(expected);
  });

  it.each([
    ["a developer's address at their own site", 'https://github.com/jdoe', 'jane@jane.dev', 'https://jane.dev/', undefined],
    ['an address at a site on a hosting platform', 'https://github.com/jdoe', 'jane@jdoe.github.io', undefined, undefined],
    ["an address at the person's site that bears the company's name", 'https://github.com/jdoe', 'jane@acme.example', 'https://acme.example/', 'acme.example'],
  ])('should leave personal domains out of the company: %s', (_case, url, email, website, expected) => {
    const person = { '@type': 'Person', name: 'Jane Doe', email, url: website, worksFor: 'Acme' };

    const draft = extractFrom(url, jsonLd(person));

    expect(draft.company).toEqual({ name: 'Acme', ...(expected && { domain: expected }) });
  });

  it.each([
    ['a personal site on GitHub Pages', 'https://jdoe.github.io/', 'https://jdoe.github.io/'],
    ["a person's own domain", 'https://jane.dev/', 'https://jane.dev/'],
  ])('should not take %s for the company site of the company the person works for', (_case, url, website) => {
    const hCard = `<div class="h-card"><a class="p-name u-url" href="${website}">Jane Doe</a> <span class="p-org">Acme</span></div>`;

    const draft = extractFrom(url, '', hCard);

    expect(draft.source.kind).toBe('generic');
    expect(draft.company).toEqual({ name: 'Acme' });
  });

  it('should keep the display name as written and leave its emoji out of the name parts', () => {
    const head = jsonLd({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Javi López ⛩️', givenName: '🇪🇸 Javi' } });

    const { person } = extractFrom('https://x.com/javilop', head);

    expect([person.fullName, person.firstName, person.lastName]).toEqual(['Javi López ⛩️', 'Javi', undefined]);
  });

  it('should split a display name into parts without its emoji', () => {
    const { person } = extractFrom('https://x.com/javilop', jsonLd({ '@type': 'Person', name: 'Javi 🇪🇸 López ⛩️' }));

    expect([person.fullName, person.firstName, person.lastName]).toEqual(['Javi 🇪🇸 López ⛩️', 'Javi', 'López']);
  });

  it('should drop a name that is nothing but emoji', () => {
    const draft = extractFrom('https://acme.example/', jsonLd({ '@type': 'Person', name: '🚀✨', email: 'jane@acme.example' }));

    expect(draft.person).toEqual({ emails: ['jane@acme.example'], phones: [] });
  });

  it('should drop a headline that only repeats the title', () => {
    const head = jsonLd({ '@type': 'Person', name: 'Jane Doe', jobTitle: 'Head of Sales' });
    const body = '<section class="top-card-layout"><h1>Jane Doe</h1><h2 class="top-card-layout__headline">Head of Sales</h2></section>';

    const draft = extractFrom('https://www.linkedin.com/in/jane-doe/', head, body);

    expect(draft.person.title).toBe('Head of Sales');
    expect(draft.person).not.toHaveProperty('headline');
  });

  it('should echo the URL it was given, whatever it is', () => {
    expect(extractFrom('not a url', '').source.url).toBe('not a url');
  });
});

describe('extractProspects', () => {
  it('should give one draft per person a team page lists, with the company the page is about', () => {
    const team = jsonLd([
      { '@type': 'Organization', name: 'Acme', url: 'https://www.acme.example/' },
      { '@type': 'Person', name: 'Jane Doe', jobTitle: 'CEO', email: 'jane@acme.example' },
      { '@type': 'Person', name: 'John Roe', jobTitle: 'CTO' },
    ]);
    const doc = parsePage(`<html><head>${team}</head><body></body></html>`);

    const drafts = extractProspects(doc, 'https://www.acme.example/team');

    expect(drafts).toStrictEqual([
      {
        person: { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'CEO', emails: ['jane@acme.example'], phones: [] },
        company: { name: 'Acme', website: 'https://www.acme.example/', domain: 'acme.example' },
        source: { url: 'https://www.acme.example/team', kind: 'company-site', extractors: ['json-ld'] },
      },
      {
        person: { fullName: 'John Roe', firstName: 'John', lastName: 'Roe', title: 'CTO', emails: [], phones: [] },
        company: { name: 'Acme', website: 'https://www.acme.example/', domain: 'acme.example' },
        source: { url: 'https://www.acme.example/team', kind: 'company-site', extractors: ['json-ld'] },
      },
    ]);
    expect(extractProspect(doc, 'https://www.acme.example/team').company.name).toBe('Acme');
  });

  it('should list nobody on a wall', () => {
    const team = jsonLd([{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }]);

    expect(extractProspects(parsePage(`<title>Sign in | Acme</title>${team}`), 'https://acme.example/team')).toEqual([]);
  });
});
