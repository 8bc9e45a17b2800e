import { describe, expect, it } from 'vitest';
import { metaLayer } from '@/lib/extract/layers/meta';
import { cleanDocumentTitle, nameFromProfileTitle, splitFullName } from '@/lib/extract/names';
import { pageAt } from './pages';

function readMeta(url: string, head: string) {
  return metaLayer.extract(pageAt(url, `<html><head>${head}</head><body></body></html>`)).subject;
}

describe('cleanDocumentTitle', () => {
  it.each([
    ['(3) Olena Kovalenko | LinkedIn', undefined, 'Olena Kovalenko'],
    ['(99+) Olena Kovalenko | LinkedIn', undefined, 'Olena Kovalenko'],
    ['Andriy Melnyk - Lvivware | LinkedIn', undefined, 'Andriy Melnyk - Lvivware'],
    ['octocat (The Octocat) · GitHub', undefined, 'octocat (The Octocat)'],
    ['Jane Doe (@janedoe) / X', undefined, 'Jane Doe (@janedoe)'],
    ['Fintech funding rebounds | The Kyiv Ledger', 'The Kyiv Ledger', 'Fintech funding rebounds'],
    ['Fintech funding rebounds | The Kyiv Ledger', undefined, 'Fintech funding rebounds | The Kyiv Ledger'],
    ['  Jane\n  Doe  ', undefined, 'Jane Doe'],
    ['', undefined, undefined],
  ])('should clean %j (site name %j)', (title, siteName, expected) => {
    expect(cleanDocumentTitle(title, siteName)).toBe(expected);
  });
});

describe('nameFromProfileTitle', () => {
  it.each([
    ['Olena Kovalenko', 'linkedin-person', 'Olena Kovalenko'],
    ['Andriy Melnyk - Lvivware', 'linkedin-person', 'Andriy Melnyk'],
    ['Anna-Maria Kovalenko - Head of Sales - Acme', 'linkedin-person', 'Anna-Maria Kovalenko'],
    ['Jane Doe (@janedoe)', 'x', 'Jane Doe'],
    ['#!/kiko/beats (@Kikobeats) on X', 'x', '#!/kiko/beats'],
    ['Jane Doe on X: "Shipping today / more soon"', 'x', 'Jane Doe'],
    ['octocat (The Octocat)', 'github', 'The Octocat'],
    ['octocat', 'github', 'octocat'],
  ] as const)('should read the name in %j on a %s page', (title, kind, expected) => {
    expect(nameFromProfileTitle(title, kind)).toBe(expected);
  });
});

describe('splitFullName', () => {
  it.each([
    ['Olena Kovalenko', { firstName: 'Olena', lastName: 'Kovalenko' }],
    ['Eduardo Alvarez Nowak', { firstName: 'Eduardo', lastName: 'Alvarez Nowak' }],
    ['Jane Doe, PhD', { firstName: 'Jane', lastName: 'Doe' }],
    ['Madonna', undefined],
    ['Соколов Дмитрий Андреевич', { firstName: 'Дмитрий', lastName: 'Соколов' }],
    ['Кузнецова Анна Сергеевна', { firstName: 'Анна', lastName: 'Кузнецова' }],
    ['Марина Петрівна Лукашевич', { firstName: 'Марина', lastName: 'Лукашевич' }],
    ['Ana Maria Jovanovich', { firstName: 'Ana', lastName: 'Maria Jovanovich' }],
    ['Dr. Jane Doe', { firstName: 'Jane', lastName: 'Doe' }],
    ['Mr Mike', undefined],
  ])('should split %j', (fullName, expected) => {
    expect(splitFullName(fullName)).toEqual(expected);
  });
});

describe('metaLayer', () => {
  it('should name the person of a profile page from its title, without the notification counter', () => {
    const subject = readMeta('https://www.linkedin.com/in/olena-kovalenko-4b2a19/', '<title>(3) Olena Kovalenko | LinkedIn</title>');

    expect(subject?.person.fullName).toBe('Olena Kovalenko');
  });

  it('should prefer the profile name tags and take the profile image', () => {
    const head = `
      <meta property="og:type" content="profile">
      <meta property="og:title" content="Andriy Melnyk - Lvivware | LinkedIn">
      <meta property="profile:first_name" content="Andriy">
      <meta property="profile:last_name" content="Melnyk">
      <meta property="og:image" content="https://media.example/andriy.jpg">`;

    const subject = readMeta('https://people.example/andriy', head);

    expect(subject?.person).toEqual({
      fullName: 'Andriy Melnyk',
      firstName: 'Andriy',
      lastName: 'Melnyk',
      avatarUrl: 'https://media.example/andriy.jpg',
    });
  });

  it.each([
    ['https://github.com/octocat', '<meta property="og:title" content="octocat (The Octocat) · GitHub">', 'The Octocat'],
    ['https://x.com/janedoe', '<title>Jane Doe (@janedoe) / X</title>', 'Jane Doe'],
  ])('should name the person of %s', (url, head, expected) => {
    expect(readMeta(url, head)?.person.fullName).toBe(expected);
  });

  it("should name the company of a site's own page after the site", () => {
    const subject = readMeta('https://www.brightforge.com.ua/contacts', '<meta property="og:site_name" content="BrightForge"><title>Контакти | BrightForge</title>');

    expect(subject).toEqual({ person: {}, company: { name: 'BrightForge' } });
  });

  it.each([
    ['an article', 'https://news.example/a', '<meta property="og:type" content="article"><meta property="og:site_name" content="The Ledger">'],
    ['a LinkedIn page', 'https://www.linkedin.com/feed/', '<meta property="og:site_name" content="LinkedIn">'],
  ])('should name no company on %s', (_case, url, head) => {
    expect(readMeta(url, head)?.company).toEqual({});
  });

  it('should name no person on a page that is no profile', () => {
    const head = '<title>Ukrainian fintech funding rebounds | The Kyiv Ledger</title><meta name="author" content="Mark Novak">';

    expect(readMeta('https://www.kyivledger.com/a/', head)?.person).toEqual({});
  });

  it('should confirm no prospect by itself', () => {
    expect(metaLayer.confirmsProspect).toBe(false);
  });
});
