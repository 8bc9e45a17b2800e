import { describe, expect, it } from 'vitest';
import { inferCountry } from '@/lib/extract/country';
import { MAX_CONTACT_POINTS } from '@/lib/extract/fields';
import { contactLinksLayer } from '@/lib/extract/layers/contact-links';
import { loadFixture, pageAt, parsePage, withFinishedPhones } from './pages';

function readLinks(links: string, { url = 'https://acme.example/contact', lang = '' } = {}) {
  const page = pageAt(url, `<html lang="${lang}"><body>${links}</body></html>`);
  return withFinishedPhones(contactLinksLayer.extract(page), page).subject?.person;
}

describe('contactLinksLayer', () => {
  it.each([
    ['<a href="mailto:Sales@Acme.example">x</a>', ['sales@acme.example']],
    ['<a href="MAILTO:sales@acme.example?subject=Hi%20there&amp;cc=boss@acme.example">x</a>', ['sales@acme.example']],
    ['<a href="mailto:a@acme.example,b@acme.example">x</a>', ['a@acme.example', 'b@acme.example']],
    ['<a href="mailto:sales%40acme.example">x</a>', ['sales@acme.example']],
    ['<a href="mailto:sales@acme.example">x</a><a href="mailto:SALES@acme.example">y</a>', ['sales@acme.example']],
    ['<a href="mailto:?subject=Share&amp;body=https://a.example/">Share</a><a href="mailto:not-an-address">x</a>', []],
  ])('should read the addresses of %s', (links, expected) => {
    expect(readLinks(links)?.emails ?? []).toEqual(expected);
  });

  it.each([
    ['a national number on a Ukrainian-language page', '<a href="tel:044 123 45 67">x</a>', { lang: 'uk' }, ['+380441234567']],
    ['a national number on a .ua site', '<a href="tel:(044)123-45-67">x</a>', { url: 'https://acme.com.ua/' }, ['+380441234567']],
    ['a national number with the region in <html lang>', '<a href="tel:020 7946 0958">x</a>', { lang: 'en-GB' }, ['+442079460958']],
    ['a number written with its + prefix', '<a href="tel:+380%2044%20123%2045%2067">x</a>', {}, ['+380441234567']],
    ['a number with an extension', '<a href="tel:+380441234567;ext=12">x</a>', {}, ['+380441234567']],
    ['a national number where no country is known', '<a href="tel:044 123 45 67">x</a>', {}, ['0441234567']],
    ['an invalid international number', '<a href="tel:+999 1234 5678">x</a>', {}, ['+99912345678']],
    ['a callto: link', '<a href="callto:+380441234567">x</a>', {}, ['+380441234567']],
    ['something too short to be a number', '<a href="tel:112">x</a>', {}, []],
  ])('should read %s', (_case, links, page, expected) => {
    expect(readLinks(links, page)?.phones ?? []).toEqual(expected);
  });

  it('should keep at most a directory-sized number of addresses', () => {
    const links = Array.from({ length: 50 }, (_, index) => `<a href="mailto:person${index}@acme.example">x</a>`).join('');

    expect(readLinks(links)?.emails).toHaveLength(MAX_CONTACT_POINTS);
  });

  it('should give nothing on a page without contact links', () => {
    expect(readLinks('<a href="/about">About</a><a>no href</a>')).toBeUndefined();
  });

  it('should keep the numbers as the page writes them, for the finish step to read', () => {
    const page = pageAt('https://acme.example/contact', '<a href="tel:044%20123%2045%2067">x</a><a href="tel:112">y</a>');

    expect(contactLinksLayer.extract(page).subject?.person.phones).toEqual(['044 123 45 67']);
  });

  it('should read the contact page fixture in page order, reading its national-format number', () => {
    const page = { ...pageAt('https://www.brightforge.com.ua/contacts', ''), doc: loadFixture('company-contact.html') };

    expect(withFinishedPhones(contactLinksLayer.extract(page), page).subject?.person).toEqual({
      emails: ['sales@brightforge.com.ua'],
      phones: ['+380441234567'],
    });
  });
});

describe('inferCountry', () => {
  it.each([
    ['uk-UA', 'https://acme.com/', 'UA'],
    ['en-GB', 'https://acme.com.ua/', 'GB'],
    ['en', 'https://acme.com.ua/', 'UA'],
    ['ru', 'https://www.acme.co.uk/', 'GB'],
    ['uk', 'https://acme.com/', 'UA'],
    ['pl', 'https://acme.io/', 'PL'],
    ['ru', 'https://acme.com/', undefined],
    ['en', 'https://acme.io/', undefined],
    ['', 'https://acme.com/', undefined],
    ['zh-Hans', 'https://acme.com/', undefined],
  ])('should infer the country of a page in %j at %s', (lang, url, expected) => {
    const doc = parsePage(`<html lang="${lang}"><body></body></html>`);

    expect(inferCountry(doc, new URL(url))).toBe(expected);
  });

  it.each([
    ['a city in its address', '<p>г. Алматы, пр. Абая 10</p><p>Тел.: 8 (727) 250-01-01</p>', 'KZ'],
    ['its country in the footer', '<footer>1 Main St, Austin, TX 78701, USA</footer>', 'US'],
    ['a Ukrainian address in Russian', '<address>Киев, ул. Крещатик 1</address>', 'UA'],
    ['its international numbers', '<footer>Sales: +48 12 345 67 89, office: 12 345 67 00</footer>', 'PL'],
    ['offices in two countries', '<footer>Offices in Kyiv and Warsaw</footer>', undefined],
    ['numbers of two countries', '<footer>+380 44 123 4567, +48 12 345 67 89</footer>', undefined],
    ['a number whose calling code two countries share', '<footer>+7 727 250 01 01</footer>', undefined],
  ])('should infer the country of a Russian-language .com page from %s', (_case, body, expected) => {
    const doc = parsePage(`<html lang="ru"><body>${body}</body></html>`);

    expect(inferCountry(doc, new URL('https://acme.com/contacts'))).toBe(expected);
  });
});
