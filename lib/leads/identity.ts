import type { ProspectCompany, ProspectPerson } from '@/lib/extract/types';
import { githubLogin, isRoleAddress, linkedInSlug, normaliseEmail, normalisePhone, xHandle } from '@/lib/canonical';
import { normaliseName } from './names';
import { companyDomain } from './near-duplicates';

type IdentityPerson = Pick<
  ProspectPerson,
  'fullName' | 'firstName' | 'lastName' | 'emails' | 'phones' | 'linkedinUrl' | 'githubUrl' | 'twitterUrl' | 'salesNavigatorId'
>;

/**
 * The exact keys that make two captures one person (CRM.md §6): email, LinkedIn slug, GitHub login,
 * X handle, Sales Navigator id, E.164 phone, and the full name at the company's registrable domain.
 * Each carries its kind ('github:jane' is not 'x:jane').
 *
 * Not keys: a role mailbox (`info@`, `sales@`: the company's, shared by many people); a phone
 * written without its country (the same digits can be two people in two countries); a one-word
 * name; a name without a company domain (two Olena Kovalenkos are not one person).
 */
export function identityKeys(person: IdentityPerson, company: Pick<ProspectCompany, 'domain' | 'website'> = {}): string[] {
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

/** 'olena kovalenko@finlytics.io': the normalised full name (two words at least) at the company's domain. */
function nameAtDomain(person: IdentityPerson, company: Pick<ProspectCompany, 'domain' | 'website'>): string | undefined {
  const name = normaliseName(person.fullName ?? [person.firstName, person.lastName].filter(Boolean).join(' '));
  const domain = companyDomain({ person, company });
  return name.includes(' ') && domain ? `${name}@${domain}` : undefined;
}

function key(kind: string, value: string | undefined): string | undefined {
  return value ? `${kind}:${value}` : undefined;
}
