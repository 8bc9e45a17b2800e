import { withDerivedFields, withoutEmptyLists, type LeadSettings } from './build-lead';
import {
  captureSources,
  captureTouch,
  cleanActivities,
  cleanBant,
  cleanChannels,
  cleanCompany,
  cleanPerson,
  cleanReminder,
  cleanStakeholders,
  stakeholderKey,
  unique,
  uniqueEmails,
  uniquePhones,
} from './clean-input';
import { BANT_CRITERIA, type ChannelTag, type Lead, type LeadBant, type LeadInput, type Stakeholder } from './types';

/**
 * The rep saved a person who is already stored: fold the save into the stored lead (CRM.md §6.6).
 *
 * The save is a manual edit, the highest-ranked source, so each of its filled fields wins; a blank
 * field (or an 'unknown' BANT answer) never overwrites a value. Emails, phones, sources, channels,
 * activities (by type and time), stakeholders (by name) and identity keys are unioned; notes are
 * kept; the stage is the rep's; `id` and `createdAt` stay.
 */
export function mergeLead(existing: Lead, input: LeadInput, now: Date, settings: LeadSettings): Lead {
  const at = now.toISOString();
  const person = cleanPerson(input.person, settings.defaultCountry);
  const company = cleanCompany(input.company);
  const reminder = mergeReminder(existing.reminder, cleanReminder(input.reminder));
  return withDerivedFields(
    {
      id: existing.id,
      createdAt: existing.createdAt,
      updatedAt: at,
      person: {
        ...existing.person,
        ...person,
        // The rep's addresses first: the popup edits the primary (first) one.
        emails: uniqueEmails([...person.emails, ...existing.person.emails]),
        phones: uniquePhones([...person.phones, ...existing.person.phones], settings.defaultCountry),
      },
      company: { ...existing.company, ...company },
      sources: unique([...existing.sources, ...captureSources(input.source, at)], (s) => `${s.url} ${s.capturedAt}`),
      channels: unique([...existing.channels, ...cleanChannels(input.channel)], channelKey),
      history: [...existing.history, captureTouch(input, at, { person, company })],
      bant: mergeBant(existing.bant, cleanBant(input.bant)),
      stage: input.stage,
      ...(reminder ? { reminder } : {}),
      notes: mergeNotes(existing.notes, input.notes.trim()),
      ...withoutEmptyLists({
        activities: cleanActivities([...(existing.activities ?? []), ...(input.activities ?? [])]),
        stakeholders: mergeStakeholders(existing.stakeholders ?? [], cleanStakeholders(input.stakeholders)),
      }),
    },
    settings,
    existing.identityKeys,
  );
}

function mergeBant(existing: LeadBant, incoming: LeadBant): LeadBant {
  const answers = BANT_CRITERIA.map((criterion) => {
    const before = existing[criterion];
    const after = incoming[criterion];
    // `after` is cleaned: its blank details are absent, so only filled ones replace stored ones.
    const status = after.status === 'unknown' ? before.status : after.status;
    return [criterion, { ...before, ...after, status }];
  });
  return Object.fromEntries(answers) as LeadBant;
}

/** The rep's role and note for a person already listed win; new people are added after. */
function mergeStakeholders(existing: readonly Stakeholder[], incoming: readonly Stakeholder[]): Stakeholder[] {
  const saved = new Map(incoming.map((stakeholder) => [stakeholderKey(stakeholder), stakeholder]));
  const updated = existing.map((stakeholder) => ({ ...stakeholder, ...saved.get(stakeholderKey(stakeholder)) }));
  return unique([...updated, ...incoming], stakeholderKey);
}

/**
 * The save's reminder replaces the stored one; the same due date saved again keeps its fired mark,
 * so re-saving a lead does not nudge the rep a second time.
 */
function mergeReminder(stored: Lead['reminder'], saved: Lead['reminder']): Lead['reminder'] {
  if (!saved) return stored;
  return stored?.firedAt && stored.dueAt === saved.dueAt ? { ...saved, firedAt: stored.firedAt } : saved;
}

/**
 * The popup may show the stored notes for editing, or start empty: keep the stored notes either way,
 * and take the rep's text as the new whole only when it already contains them.
 */
function mergeNotes(stored: string, typed: string): string {
  if (!typed || stored.includes(typed)) return stored;
  if (!stored || typed.includes(stored)) return typed;
  return `${stored}\n\n${typed}`;
}

function channelKey(tag: ChannelTag): string {
  return [tag.channel.toLowerCase(), tag.direction, tag.campaign ?? '', tag.code ?? ''].join('\n');
}
