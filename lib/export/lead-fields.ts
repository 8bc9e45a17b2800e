import type { ProspectPerson } from '@/lib/extract/types';
import type { Stage } from '@/lib/leads/types';

/**
 * The words exported files use for our enumerations. Plain ASCII on purpose (the UI's "Closed – won"
 * has an en dash that some importers' picklist matching trips over).
 */
export const STAGE_LABEL: Record<Stage, string> = {
  'contact-us': 'Contact us',
  mql: 'MQL',
  call: 'Call',
  sql: 'SQL',
  negotiation: 'Negotiation',
  'closed-won': 'Closed won',
  'closed-lost': 'Closed lost',
  'contact-later': 'Contact in the future',
};

/** The popup's words (CONTRACT.md §7); Cold/Warm/Hot are also Salesforce's default Rating values. */
export {
  BANT_LABELS as BANT_CRITERION_LABEL,
  BANT_STATUS_LABELS as BANT_STATUS_LABEL,
  TEMPERATURE_LABELS as TEMPERATURE_LABEL,
} from '@/lib/state/labels';

/** The stored first/last name, else the full name split after its first word (surname particles stay together). */
export function nameParts(person: ProspectPerson): { first: string; last: string } {
  if (person.firstName || person.lastName) return { first: person.firstName ?? '', last: person.lastName ?? '' };
  const [first = '', ...rest] = (person.fullName ?? '').trim().split(/\s+/);
  // A single word goes to the last name, the field every CRM here requires.
  return rest.length === 0 ? { first: '', last: first } : { first, last: rest.join(' ') };
}

export function displayName(person: ProspectPerson): string {
  return person.fullName ?? [person.firstName, person.lastName].filter(Boolean).join(' ');
}
