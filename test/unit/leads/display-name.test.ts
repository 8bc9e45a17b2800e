import { describe, expect, it } from 'vitest';
import { leadDisplayName, UNNAMED_LEAD } from '@/lib/leads/display-name';
import { makePerson } from '../../fixtures/leads';

describe('leadDisplayName', () => {
  it.each([
    ['the full name', { fullName: 'Olena Kovalenko' }, { name: 'Finlytics' }, 'Olena Kovalenko'],
    ['the first and last name', { fullName: undefined, firstName: 'Olena', lastName: 'Kovalenko' }, {}, 'Olena Kovalenko'],
    ["a company-only lead's company", { fullName: undefined, emails: ['sales@acme.com'] }, { name: 'Acme Logistics', domain: 'acme.com' }, 'Acme Logistics'],
    ["a company-only lead's domain", { fullName: undefined, emails: ['sales@acme.com'] }, { domain: 'acme.com' }, 'acme.com'],
    ['the first e-mail address', { fullName: undefined, emails: ['sales@acme.com'] }, {}, 'sales@acme.com'],
    ['a mark', { fullName: undefined, emails: [] }, {}, UNNAMED_LEAD],
  ])('should name a lead by %s', (_case, person, company, expected) => {
    expect(leadDisplayName(makePerson({ firstName: undefined, lastName: undefined, ...person }), company)).toBe(expected);
  });
});
