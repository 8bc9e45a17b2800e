import type { ProspectCompany, ProspectPerson } from '@/lib/extract/types';
import { normaliseEmail, normalisePhone } from '@/lib/canonical';
import { BANT_CRITERIA, type ChannelTag, type LeadBant, type LeadInput, type LeadSource } from './types';

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
  return Object.fromEntries(answers) as LeadBant;
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
