import { personName } from './display-name';
import type { Lead } from './types';

/**
 * What the dashboard's search box matches: name, title, company and emails, lower-cased, one per
 * line so that a query never matches across two fields.
 */
export function searchText(lead: Pick<Lead, 'person' | 'company'>): string {
  const { person, company } = lead;
  return [personName(person), person.title, person.headline, company.name, company.domain, ...person.emails]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** A search box's text in the form `searchText` is written in. */
export function searchNeedle(query: string): string {
  return query.trim().toLowerCase();
}
