import type { ProspectCompany, ProspectPerson } from '@/lib/extract/types';
import { githubLogin, isRoleAddress, linkedInCompanySlug, linkedInSlug, normaliseEmail, normalisePhone, xHandle } from '@/lib/canonical';
import { normaliseName } from './names';
import { companyDomain } from './near-duplicates';

type IdentityPerson = Pick<
  ProspectPerson,
  'fullName' | 'firstName' | 'lastName' | 'emails' | 'phones' | 'linkedinUrl' | 'githubUrl' | 'twitterUrl' | 'salesNavigatorId'
>;

type IdentityCompany = Pick<ProspectCompany, 'domain' | 'website' | 'linkedinUrl'>;

/**
 * The exact keys that make two captures one person (CRM.md §6): email, LinkedIn slug, GitHub login,
 * X handle, Sales Navigator id, E.164 phone, and the full name at the company's registrable domain.
 * Each carries its kind ('github:jane' is not 'x:jane').
 *
 * Not keys: a role mailbox (`info@`, `sales@`: the company's, shared by many people); a phone
 * written without its country (the same digits can be two people in two countries); a one-word
 * name; a name without a company domain (two Olena Kovalenkos are not one person).
 *
 * A lead with no person on it (a company's contact page or LinkedIn page) is the company's own: see
 * `companyLeadKeys`.
 */
export function identityKeys(person: IdentityPerson, company: IdentityCompany = {}): string[] {
  const keys = personKeys(person, company);
  return keys.length > 0 || hasName(person) ? keys : companyLeadKeys(person, company);
}

function personKeys(person: IdentityPerson, company: IdentityCompany): string[] {
  const keys = [
    ...person.emails.filter((email) => !isRoleAddress(email)).map((email) => key('email', normaliseEmail(email))),
    key('linkedin', person.linkedinUrl && linkedInSlug(person.linkedinUrl)),
    // Sales Navigator ids are case-sensitive base64: kept exactly as the URL has them.
    key('sales-navigator', person.salesNavigatorId),
    key('github', person.githubUrl && githubLogin(person.githubUrl)),
    key('x', person.twitterUrl && xHandle(person.twitterUrl)),
    ...person.phones.map((phone) => key('phone', normalisePhone(phone))),
    key('name', nameAtDomain(person, company)),
  ];
  return [...new Set(keys.filter((k): k is string => k !== undefined))];
}

/**
 * The company's registrable domain and its LinkedIn page: two captures of one company's contact page
 * (or of its LinkedIn page and its site) are one lead. Only for a lead with no person on it: two people
 * at one company are never one record, and a person's lead never merges into their company's.
 */
function companyLeadKeys(person: IdentityPerson, company: IdentityCompany): string[] {
  const keys = [
    key('company', companyDomain({ person, company })),
    key('linkedin-company', company.linkedinUrl && linkedInCompanySlug(company.linkedinUrl)),
  ];
  return keys.filter((k): k is string => k !== undefined);
}

function hasName(person: IdentityPerson): boolean {
  return [person.fullName, person.firstName, person.lastName].some((part) => part?.trim());
}

/** 'olena kovalenko@finlytics.io': the normalised full name (two words at least) at the company's domain. */
function nameAtDomain(person: IdentityPerson, company: IdentityCompany): string | undefined {
  const name = normaliseName(person.fullName ?? [person.firstName, person.lastName].filter(Boolean).join(' '));
  const domain = companyDomain({ person, company });
  return name.includes(' ') && domain ? `${name}@${domain}` : undefined;
}

function key(kind: string, value: string | undefined): string | undefined {
  return value ? `${kind}:${value}` : undefined;
}
