import { describe, expect, it } from 'vitest';
import type { ProspectCompany } from '@/lib/extract/types';
import { identityKeys } from '@/lib/leads/identity';
import { makePerson } from '../../fixtures/leads';

describe('identityKeys', () => {
  it.each([
    ['an email, lower-cased', { emails: [' Olena@Finlytics.IO '] }, ['email:olena@finlytics.io', 'name:olena kovalenko@finlytics.io']],
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
    ['each key once', { emails: ['olena@gmail.com', 'OLENA@gmail.com'] }, ['email:olena@gmail.com']],
    ['no key from a role mailbox', { emails: ['info@finlytics.io', 'Sales+EU@finlytics.io', 'olena@finlytics.io'] }, ['email:olena@finlytics.io', 'name:olena kovalenko@finlytics.io']],
  ])('should give %s', (_case, fields, expected) => {
    const actual = identityKeys(makePerson(fields));

    expect(actual).toEqual(expected);
  });

  it.each([
    ['the company domain', { domain: 'finlytics.io' }, makePerson({ fullName: ' Olena  Kovalenko ' }), ['name:olena kovalenko@finlytics.io']],
    ['the website’s registrable domain', { website: 'https://eu.finlytics.io/about' }, makePerson(), ['name:olena kovalenko@finlytics.io']],
    ['diacritics and case left out', { domain: 'acme.de' }, makePerson({ fullName: 'Jürgen MÜLLER' }), ['name:jurgen muller@acme.de']],
    ['the first and last name when there is no full name', { domain: 'acme.de' }, makePerson({ fullName: undefined, firstName: 'Jane', lastName: 'Doe' }), ['name:jane doe@acme.de']],
    ['no name key from a free mailbox', {}, makePerson({ emails: ['olena@gmail.com'] }), ['email:olena@gmail.com']],
    ['no name key from one word', { domain: 'finlytics.io' }, makePerson({ fullName: 'Olena' }), []],
    ['no name key without a company domain', { name: 'Finlytics' }, makePerson(), []],
  ])('should key the full name at %s', (_case, company: { domain?: string; website?: string; name?: string }, person, expected) => {
    expect(identityKeys(person, company)).toEqual(expected);
  });

  const NOBODY = { fullName: undefined };
  it.each([
    ['its domain', NOBODY, { name: 'Finlytics', domain: 'finlytics.io' }, ['company:finlytics.io']],
    ['its website’s registrable domain', NOBODY, { website: 'https://eu.finlytics.io/contact' }, ['company:finlytics.io']],
    ['the domain of its role mailbox', { ...NOBODY, emails: ['sales@finlytics.io'] }, { name: 'Finlytics' }, ['company:finlytics.io']],
    [
      'its LinkedIn page, any URL variant',
      NOBODY,
      { domain: 'finlytics.io', linkedinUrl: 'https://ua.linkedin.com/company/Finlytics/about/?trk=x' },
      ['company:finlytics.io', 'linkedin-company:finlytics'],
    ],
    ['no key from a free mailbox or a name alone', { ...NOBODY, emails: ['info@gmail.com'] }, { name: 'Finlytics' }, []],
    ['no company key once a person is named, even with no key of their own', makePerson({ fullName: 'Olena' }), { domain: 'finlytics.io' }, []],
    ['no company key once a person has a key', { ...NOBODY, phones: ['+380441234567'] }, { domain: 'finlytics.io' }, ['phone:+380441234567']],
  ])('should key a lead with no person on it by %s', (_case, person, company: ProspectCompany, expected) => {
    expect(identityKeys(makePerson(person), company)).toEqual(expected);
  });

  it('should keep GitHub and X handles that are spelled alike apart', () => {
    const person = makePerson({ githubUrl: 'https://github.com/olena', twitterUrl: 'https://x.com/olena' });

    const actual = identityKeys(person);

    expect(actual).toEqual(['github:olena', 'x:olena']);
  });
});
