import type { ProspectDraft } from '@/lib/extract/types';

/** One person of a list or team page, as the popup's picker names them. */
export interface ProspectChoice {
  name: string;
  /** Their title, else their headline, else where they work: what tells two namesakes apart. */
  detail?: string;
}

/** How the picker names a listed prospect who has no name on the page (a Sales Navigator row without one, say). */
export const UNNAMED_PROSPECT = 'Unnamed prospect';

/** The picker's buttons for the prospects a list or team page shows, in page order. */
export function prospectChoices(list: readonly ProspectDraft[]): ProspectChoice[] {
  return list.map(({ person, company }) => {
    const detail = person.title ?? person.headline ?? company.name;
    return { name: person.fullName ?? UNNAMED_PROSPECT, ...(detail ? { detail } : {}) };
  });
}
