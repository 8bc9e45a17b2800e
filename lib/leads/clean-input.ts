import type { ProspectCompany, ProspectPerson } from '@/lib/extract/types';
import { normaliseEmail, normalisePhone } from '@/lib/canonical';
import {
  ACTIVITY_TYPES,
  BANT_CRITERIA,
  type Activity,
  type ChannelTag,
  type LeadBant,
  type LeadCapture,
  type LeadInput,
  type LeadSource,
  type Stakeholder,
} from './types';

/**
 * Strings trimmed, blank and missing fields dropped: a blank field means "not known", so that a
 * merge can tell it from a value and never overwrite a value with it.
 */
function withoutBlanks<T extends object>(record: T): T {
  const kept = Object.entries(record).flatMap(([field, value]: [string, unknown]) => {
    if (typeof value === 'string') return value.trim() ? [[field, value.trim()]] : [];
    return value === undefined || value === null ? [] : [[field, value]];
  });
  return Object.fromEntries(kept) as T;
}

export function unique<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const itemKey = keyOf(item);
    if (seen.has(itemKey)) return false;
    seen.add(itemKey);
    return true;
  });
}

/** Canonical addresses, first occurrence first; what is not an address is dropped (CONTRACT.md §2). */
export function uniqueEmails(emails: readonly string[]): string[] {
  return unique(emails.flatMap((email) => normaliseEmail(email) ?? []), (email) => email);
}

/** E.164 where the number parses (in `defaultCountry` when written without a code), else as written. */
export function uniquePhones(phones: readonly string[], defaultCountry: string): string[] {
  const written = phones.map((phone) => phone.trim()).filter(Boolean);
  return unique(written.map((phone) => normalisePhone(phone, defaultCountry) ?? phone), (phone) => phone);
}

export function cleanPerson(person: ProspectPerson, defaultCountry: string): ProspectPerson {
  return {
    ...withoutBlanks(person),
    emails: uniqueEmails(person.emails),
    phones: uniquePhones(person.phones, defaultCountry),
  };
}

export function cleanCompany(company: ProspectCompany): ProspectCompany {
  return withoutBlanks(company);
}

export function cleanBant(bant: LeadBant): LeadBant {
  const answers = BANT_CRITERIA.map((criterion) => [criterion, withoutBlanks(bant[criterion])]);
  const cleaned = Object.fromEntries(answers) as LeadBant;
  // An amount that is not a positive number is not a budget anyone stated.
  const { amount, ...budget } = cleaned.budget;
  return amount !== undefined && Number.isFinite(amount) && amount > 0 ? cleaned : { ...cleaned, budget };
}

/** The same activity logged twice (same type, same moment) is one activity. */
export function activityKey(activity: Activity): string {
  return `${activity.type} ${activity.at}`;
}

/** Known types with a time only, each once, oldest first. */
export function cleanActivities(activities: readonly Activity[] = []): Activity[] {
  const known = activities.filter((activity) => ACTIVITY_TYPES.includes(activity.type) && activity.at.trim());
  return unique(known.map(withoutBlanks), activityKey).toSorted((a, b) => a.at.localeCompare(b.at));
}

/** One person is one stakeholder, however their name is cased. */
export function stakeholderKey(stakeholder: Stakeholder): string {
  return stakeholder.name.toLocaleLowerCase();
}

/** Named stakeholders only, each once. */
export function cleanStakeholders(stakeholders: readonly Stakeholder[] = []): Stakeholder[] {
  return unique(
    stakeholders.map(withoutBlanks).filter((stakeholder) => stakeholder.name),
    stakeholderKey,
  );
}

export function cleanChannels(channel: ChannelTag | undefined): ChannelTag[] {
  return channel?.channel.trim() ? [withoutBlanks(channel)] : [];
}

export function cleanReminder(reminder: LeadInput['reminder']): LeadInput['reminder'] {
  return reminder?.dueAt.trim() ? withoutBlanks(reminder) : undefined;
}

/** The capture this save records; none when the rep typed the lead in without a page. */
export function captureSources(source: LeadInput['source'], capturedAt: string): LeadSource[] {
  const url = source.url.trim();
  return url ? [{ url, kind: source.kind, capturedAt }] : [];
}

/** This save as a touch in the lead's history, carrying the cleaned person and company it saved. */
export function captureTouch(
  input: Pick<LeadInput, 'source' | 'channel'>,
  at: string,
  saved: { person: ProspectPerson; company: ProspectCompany },
): LeadCapture {
  const url = input.source.url.trim();
  const [channel] = cleanChannels(input.channel);
  return { at, ...(url ? { url } : {}), kind: input.source.kind, ...(channel ? { channel } : {}), ...saved };
}
