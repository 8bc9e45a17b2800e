import type { Lead } from '@/lib/leads/types';

export const PERSON_EXPORT_FORMAT = 'leadscout-person';
export const PERSON_EXPORT_VERSION = 1;

/**
 * One person's full data as JSON, for an access or portability request (GDPR Art. 15/20, CRM.md §5.7):
 * everything stored about them, with where each capture came from and when. `searchText` is left out:
 * it is only a lower-cased copy of fields that are in the file already.
 */
export function leadToPersonJson(lead: Lead, exportedAt: Date): string {
  const { searchText: _derived, ...record } = lead;
  return `${JSON.stringify(
    {
      format: PERSON_EXPORT_FORMAT,
      version: PERSON_EXPORT_VERSION,
      exportedAt: exportedAt.toISOString(),
      provenance: lead.sources.map(({ url, capturedAt }) => ({ url, capturedAt })),
      record,
    },
    null,
    2,
  )}\n`;
}
