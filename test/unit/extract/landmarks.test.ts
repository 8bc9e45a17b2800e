import { describe, expect, it } from 'vitest';
import { landmarksLayer } from '@/lib/extract/layers/landmarks';
import { emailsInText, phonesInText } from '@/lib/extract/layers/text-contacts';
import { pageAt } from './pages';

describe('emailsInText', () => {
  it.each([
    ['olena [at] finlytics [dot] com', ['olena@finlytics.com']],
    ['ivan (at) firm.com.ua', ['ivan@firm.com.ua']],
    ['petro(собака)firm.ua', ['petro@firm.ua']],
    ['name @ firm . com', ['name@firm.com']],
    ['hr {at} acme [dot] co [dot] uk', ['hr@acme.co.uk']],
    ['Write to sales@firm.com. Company news below', ['sales@firm.com']],
    ['a @ b and meet us at the office', []],
  ])('should read %j', (text, expected) => {
    expect(emailsInText(text)).toEqual(expected);
  });
});

describe('phonesInText', () => {
  it.each([
    ['Тел.: 067 123 45 67, (044) 123-45-67', ['067 123 45 67', '(044) 123-45-67']],
    ['+380 44 123 45 67', ['+380 44 123 45 67']],
    ['Call +1 (415) 555-0100 now', ['+1 (415) 555-0100']],
    ['8 (800) 555-35-35', ['8 (800) 555-35-35']],
    ['Founded 2019-2024, price 1 200 000', []],
    ['2024-07-08', []],
    ['ЄДРПОУ 41234567', []],
  ])('should read %j', (text, expected) => {
    expect(phonesInText(text)).toEqual(expected);
  });
});

describe('landmarksLayer', () => {
  it('should read text contacts in the footer only, outside a contacts page', () => {
    const html = `<main><p>Call 067 000 00 00 for the webinar</p></main>
      <footer><p>Тел.: (044) 123-45-67</p><p>info [at] acme [dot] ua</p></footer>`;

    expect(landmarksLayer.extract(pageAt('https://acme.ua/about', html)).subject?.person).toEqual({
      emails: ['info@acme.ua'],
      phones: ['(044) 123-45-67'],
    });
  });

  it.each([['https://acme.ua/kontakty'], ['https://acme.ua/contact-us/'], ['https://acme.ua/%D0%BA%D0%BE%D0%BD%D1%82%D0%B0%D0%BA%D1%82%D0%B8']])(
    'should read the whole page of the contacts page %s',
    (url) => {
      const subject = landmarksLayer.extract(pageAt(url, '<div><p>067 123 45 67</p></div>')).subject;

      expect(subject?.person.phones).toEqual(['067 123 45 67']);
    },
  );

  it('should list a grid of person cards as a team, and take none of them for the subject', () => {
    const card = (name: string, role: string) => `<div class="member"><h3>${name}</h3><p>${role}</p></div>`;
    const html = `<section><div class="grid">${card('Jane Doe', 'Chief Executive Officer')}${card('Олег Петренко', 'Менеджер з продажу')}</div></section>`;

    const output = landmarksLayer.extract(pageAt('https://acme.ua/team', html));

    expect(output.subject).toBeUndefined();
    expect(output.listed?.map(({ person }) => [person.fullName, person.title])).toEqual([
      ['Jane Doe', 'Chief Executive Officer'],
      ['Олег Петренко', 'Менеджер з продажу'],
    ]);
  });

  it.each([
    ['a heading that is no name', '<h3>Our Team</h3><p>Head of everything</p>'],
    ['a name without a role under it', '<h3>Jane Doe</h3><p>Loves hiking and coffee</p>'],
    ['a product card', '<h3>Pro Plan</h3><p>Best for growing teams</p>'],
    ['a bare page title over a role', '<h1>Jane Doe</h1><p>Head of Sales</p>'],
    ['a policy heading over a role', '<h3>Privacy Policy</h3><p>Data Protection Officer</p>'],
    ['a service desk', '<h3>Customer Service</h3><p>Support manager on duty</p>'],
    ['an enquiries box', '<h3>General Enquiries</h3><p>Account Manager</p>'],
    ['a department in Ukrainian', '<h3>Відділ Продажів</h3><p>Менеджер з продажу</p>'],
  ])('should see no person in %s', (_case, cardHtml) => {
    const html = `<div class="contact"><div>${cardHtml}</div></div>`;

    expect(landmarksLayer.extract(pageAt('https://acme.ua/', html))).toEqual({});
  });

  it.each([
    ['a platform page', 'https://github.com/acme', '<footer>info [at] acme [dot] ua</footer>'],
    ['a product page', 'https://shop.ua/p/1', '<meta property="og:type" content="product"><footer>info [at] shop [dot] ua</footer>'],
  ])('should read nothing on %s', (_case, url, html) => {
    expect(landmarksLayer.extract(pageAt(url, html))).toEqual({});
  });
});
