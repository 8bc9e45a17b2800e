import { describe, expect, it } from 'vitest';
import { isRoleAddress, looseEmailKey } from '@/lib/canonical';
import { jaroWinkler, latinSpellings, nameSkeleton, normaliseCompanyName } from '@/lib/leads/names';
import { nearKeys, nearMatch, type NearFacts } from '@/lib/leads/near-duplicates';

function facts(fullName: string, company: NearFacts['company'] = { domain: 'finlytics.io' }, emails: string[] = []): NearFacts {
  return { person: { fullName, emails }, company };
}

describe('jaroWinkler', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['oleksandr', 'aleksandr', 0.926],
    ['iryna', 'irina', 0.893],
    ['same', 'same', 1],
    ['', 'abc', 0],
    ['abc', 'xyz', 0],
  ])('should score %s ~ %s as %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });
});

describe('latinSpellings', () => {
  it.each([
    ['Олександр', ['oleksandr']],
    ['Александр', ['aleksandr']],
    ['Ірина', ['iryna', 'irina']],
    ['Ирина', ['yryna', 'irina']],
    ['Шевченко', ['shevchenko']],
    ['Григоренко', ['hryhorenko', 'grigorenko']],
    ['Iryna', ['iryna']],
    ['José', ['jose']],
  ])('should spell %s as %j', (name, expected) => {
    expect(latinSpellings(name)).toEqual(expected);
  });
});

describe('nameSkeleton', () => {
  it.each([
    ['shevchenko', 'svsnk'],
    ['kovalenko', 'kvlnk'],
    ['kowalenko', 'kvlnk'],
    ['hryhorenko', 'grgrnk'],
    ['grigorenko', 'grgrnk'],
    ['oleksandr', 'lksndr'],
    ['alexander', 'lksndr'],
  ])('should reduce %s to %s', (name, expected) => {
    expect(nameSkeleton(name)).toBe(expected);
  });
});

describe('normaliseCompanyName', () => {
  it.each([
    ['The Acme Corp.', 'acme'],
    ['ACME, Inc', 'acme'],
    ['ТОВ «Фінлітікс»', 'фінлітікс'],
    ['Finlytics GmbH', 'finlytics'],
  ])('should read %s as %s', (name, expected) => {
    expect(normaliseCompanyName(name)).toBe(expected);
  });
});

describe('looseEmailKey and role addresses', () => {
  it.each([
    ['J.Doe+crm@gmail.com', 'jdoe@gmail.com'],
    ['j.doe@googlemail.com', 'jdoe@gmail.com'],
    ['jane.doe+news@acme.com', 'jane.doe@acme.com'],
    ['not an address', undefined],
  ])('should key %s as %s', (email, expected) => {
    expect(looseEmailKey(email)).toBe(expected);
  });

  it.each([
    ['info@acme.com', true],
    ['Sales+EU@acme.com', true],
    ['hello@acme.com', true],
    ['olena@acme.com', false],
    ['infoline.manager@acme.com', false],
  ])('should tell %s is a role mailbox: %s', (email, expected) => {
    expect(isRoleAddress(email)).toBe(expected);
  });
});

describe('nearMatch', () => {
  it.each([
    ['Cyrillic and Latin, Ukrainian spelling', facts('Олександр Шевченко'), facts('Oleksandr Shevchenko'), 'name'],
    ['Ukrainian and Russian Latin spellings', facts('Oleksandr Shevchenko'), facts('Aleksandr Shevchenko'), 'name'],
    ['Russian Cyrillic and Ukrainian Latin', facts('Александр Шевченко'), facts('Oleksandr Shevchenko'), 'name'],
    ['Ірина and Irina', facts('Ірина Коваленко'), facts('Irina Kovalenko'), 'name'],
    ['Iryna and Irina', facts('Iryna Kovalenko'), facts('Irina Kovalenko'), 'name'],
    ['an initial', facts('O. Shevchenko'), facts('Oleksandr Shevchenko'), 'name'],
    ['surname first', facts('Шевченко Олександр'), facts('Oleksandr Shevchenko'), 'name'],
    ['a typo in the last name', facts('Olena Kowalenko'), facts('Olena Kovalenko'), 'name'],
    ['the company by name without its legal form', facts('Olena Kovalenko', { name: 'Finlytics LLC' }), facts('Olena Kovalenko', { name: 'finlytics' }), 'name'],
    ['the company by a work address', facts('Olena Kovalenko', {}, ['olena@finlytics.io']), facts('Olena Kovalenko', { website: 'https://www.finlytics.io/' }), 'name'],
    ['the same Gmail without dots', facts('Jane Doe', { domain: 'acme.com' }, ['j.doe@gmail.com']), facts('J Doe', { domain: 'other.com' }, ['jdoe+x@googlemail.com']), 'email'],
    ['another company', facts('Oleksandr Shevchenko'), facts('Oleksandr Shevchenko', { domain: 'acme.com' }), undefined],
    ['no company at all', facts('Oleksandr Shevchenko', {}), facts('Oleksandr Shevchenko', {}), undefined],
    ['a free-mail domain is no company', facts('Olena Kovalenko', {}, ['olena@gmail.com']), facts('Olena Kovalenko', {}, ['o.k@gmail.com']), undefined],
    ['another first name', facts('Olena Shevchenko'), facts('Oleksandr Shevchenko'), undefined],
    ['another last name', facts('Olena Kovalenko'), facts('Olena Kovalchuk'), undefined],
    ['one word only', facts('Olena'), facts('Olena Kovalenko'), undefined],
    ['the same role mailbox', facts('Olena Kovalenko', {}, ['info@finlytics.io']), facts('Ivan Petrenko', {}, ['info@finlytics.io']), undefined],
  ])('should tell a near match or not: %s', (_case, a, b, expected) => {
    expect(nearMatch(a, b)).toBe(expected);
    expect(nearMatch(b, a)).toBe(expected);
  });
});

describe('nearKeys', () => {
  it('should give two spellings of one name at one company a key in common', () => {
    const cyrillic = nearKeys(facts('Олександр Шевченко'));
    const latin = nearKeys(facts('Aleksandr Shevchenko'));

    expect(cyrillic.filter((key) => latin.includes(key))).not.toEqual([]);
  });

  it('should key each name word at each company key, and each personal address loosely', () => {
    const actual = nearKeys(facts('Olena Kovalenko', { name: 'Finlytics', domain: 'finlytics.io' }, ['o.kovalenko+x@gmail.com', 'info@finlytics.io']));

    expect(actual).toEqual([
      'name:d:finlytics.io:ln',
      'name:d:finlytics.io:kvlnk',
      'name:n:finlytics:ln',
      'name:n:finlytics:kvlnk',
      'email:okovalenko@gmail.com',
    ]);
  });

  it('should give no name keys without a company or without a last name', () => {
    expect(nearKeys(facts('Olena Kovalenko', {}))).toEqual([]);
    expect(nearKeys(facts('Olena'))).toEqual([]);
  });
});
