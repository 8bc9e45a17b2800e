import type { ProspectCompany, ProspectPerson } from '@/lib/extract/types';

/** How a lead is named where no name was written for it: a mark, never an empty cell. */
export const UNNAMED_LEAD = '—';

/** The person's name as written, else their first and last name. '' when the lead names no person. */
export function personName(person: Pick<ProspectPerson, 'fullName' | 'firstName' | 'lastName'>): string {
  return person.fullName ?? [person.firstName, person.lastName].filter(Boolean).join(' ');
}

/**
 * What a lead is called in lists: the person, else, for a company-only lead (a contact page whose
 * only address is `sales@…`, a LinkedIn company page), the company by its name or domain, else its
 * first e-mail address.
 */
export function leadDisplayName(
  person: Pick<ProspectPerson, 'fullName' | 'firstName' | 'lastName' | 'emails'>,
  company: Pick<ProspectCompany, 'name' | 'domain'>,
): string {
  return personName(person) || company.name || company.domain || person.emails[0] || UNNAMED_LEAD;
}
