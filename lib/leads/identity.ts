import type { ProspectPerson } from '@/lib/extract/types';
import { githubLogin, linkedInSlug, normaliseEmail, normalisePhone, xHandle } from '@/lib/canonical';

type IdentityPerson = Pick<ProspectPerson, 'emails' | 'phones' | 'linkedinUrl' | 'githubUrl' | 'twitterUrl' | 'salesNavigatorId'>;

/**
 * The exact keys that make two captures one person (CRM.md §6): email, LinkedIn slug, GitHub login,
 * X handle, Sales Navigator id, E.164 phone. Each carries its kind ('github:jane' is not 'x:jane'). A phone written
 * without its country is no key: the same digits can be two people in two countries.
 */
export function identityKeys(person: IdentityPerson): string[] {
  const keys = [
    ...person.emails.map((email) => key('email', normaliseEmail(email))),
    key('linkedin', person.linkedinUrl && linkedInSlug(person.linkedinUrl)),
    // Sales Navigator ids are case-sensitive base64: kept exactly as the URL has them.
    key('sales-navigator', person.salesNavigatorId),
    key('github', person.githubUrl && githubLogin(person.githubUrl)),
    key('x', person.twitterUrl && xHandle(person.twitterUrl)),
    ...person.phones.map((phone) => key('phone', normalisePhone(phone))),
  ];
  return [...new Set(keys.filter((k): k is string => k !== undefined))];
}

function key(kind: string, value: string | undefined): string | undefined {
  return value ? `${kind}:${value}` : undefined;
}
