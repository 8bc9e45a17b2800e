import { describe, expect, it } from 'vitest';
import { identityKeys } from '@/lib/leads/identity';
import { makePerson } from '../../fixtures/leads';

describe('identityKeys', () => {
  it.each([
    ['an email, lower-cased', { emails: [' Olena@Finlytics.IO '] }, ['email:olena@finlytics.io']],
    ['a LinkedIn slug', { linkedinUrl: 'https://www.linkedin.com/in/olena-kovalenko/' }, ['linkedin:olena-kovalenko']],
    [
      'the same slug from a URL variant',
      { linkedinUrl: 'https://ua.linkedin.com/in/Olena-Kovalenko/overlay/contact-info/?trk=x' },
      ['linkedin:olena-kovalenko'],
    ],
    ['a GitHub login', { githubUrl: 'https://github.com/OKovalenko' }, ['github:okovalenko']],
    ['an X handle', { twitterUrl: 'https://x.com/okovalenko' }, ['x:okovalenko']],
    ['a Sales Navigator id, as written', { salesNavigatorId: 'ACwAAB9xYz8kLmN' }, ['sales-navigator:ACwAAB9xYz8kLmN']],
    ['an E.164 phone', { phones: ['+380441234567'] }, ['phone:+380441234567']],
    ['no key from a phone without its country', { phones: ['044 123 4567'] }, []],
    ['no key from a name alone', {}, []],
    ['each key once', { emails: ['olena@finlytics.io', 'OLENA@finlytics.io'] }, ['email:olena@finlytics.io']],
  ])('should give %s', (_case, fields, expected) => {
    const actual = identityKeys(makePerson(fields));

    expect(actual).toEqual(expected);
  });

  it('should keep GitHub and X handles that are spelled alike apart', () => {
    const person = makePerson({ githubUrl: 'https://github.com/olena', twitterUrl: 'https://x.com/olena' });

    const actual = identityKeys(person);

    expect(actual).toEqual(['github:olena', 'x:olena']);
  });
});
