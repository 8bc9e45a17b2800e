import { describe, expect, it } from 'vitest';
import { searchNeedle, searchText } from '@/lib/leads/search-text';
import { makePerson } from '../../fixtures/leads';

describe('searchText', () => {
  it('should hold name, title, headline, company and emails, lower-cased, one per line', () => {
    const actual = searchText({
      person: makePerson({
        fullName: 'Олена Коваленко',
        title: 'CTO',
        headline: 'Building fintech',
        emails: ['olena@finlytics.io'],
      }),
      company: { name: 'Finlytics.io', domain: 'finlytics.io' },
    });

    expect(actual.split('\n')).toEqual([
      'олена коваленко',
      'cto',
      'building fintech',
      'finlytics.io',
      'finlytics.io',
      'olena@finlytics.io',
    ]);
  });

  it('should use first and last name when there is no full name', () => {
    const person = makePerson({ fullName: undefined, firstName: 'Jane', lastName: 'Doe' });

    const actual = searchText({ person, company: {} });

    expect(actual).toBe('jane doe');
  });
});

describe('searchNeedle', () => {
  it('should trim and lower-case a query', () => {
    expect(searchNeedle('  Коваленко ')).toBe('коваленко');
  });
});
