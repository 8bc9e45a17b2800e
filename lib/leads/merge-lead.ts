import { buildLead, withDerivedFields, withoutEmptyLists, type LeadSettings } from './build-lead';
import { cleanActivities, stakeholderKey, unique, uniqueEmails, uniquePhones } from './clean-input';
import { normaliseCompanyName } from './names';
import {
  BANT_CRITERIA,
  type ChannelTag,
  type EditedField,
  type Lead,
  type LeadBant,
  type LeadInput,
  type Stage,
  type Stakeholder,
} from './types';

/** CRM.md §6.6: at most this many e-mails and phones per person, the primary first. */
export const MAX_CONTACT_POINTS = 5;

/**
 * The rep saved a person who is already stored: fold the save into the stored lead (CRM.md §6.6).
 * The save is the newest capture; the fields the rep edited in it (`input.edited`) are manual.
 */
export function mergeLead(existing: Lead, input: LeadInput, now: Date, settings: LeadSettings): Lead {
  const saved = buildLead(input, now, settings, existing.id);
  return combineLeads(existing, saved, { now, settings, stageChosen: input.edited?.includes('stage') ?? false });
}

/**
 * Two stored leads are one person (the rep pressed Merge, or a save bridged them): one lead with
 * `survivor`'s id, everything of both per the same policy, the more recently updated one taken as
 * the newer capture. The stage only moves forward: no one chose it for this merge.
 */
export function mergeStoredLeads(survivor: Lead, absorbed: Lead, now: Date, settings: LeadSettings): Lead {
  const [older, newer] = absorbed.updatedAt < survivor.updatedAt ? [absorbed, survivor] : [survivor, absorbed];
  return { ...combineLeads(older, newer, { now, settings, stageChosen: false }), id: survivor.id };
}

interface CombineOptions {
  now: Date;
  settings: LeadSettings;
  /** The rep chose `newer`'s stage: it wins, also a step back. */
  stageChosen: boolean;
}

/**
 * The survivorship rules of CRM.md §6.6, `newer` being the later capture or save:
 * - person and company fields: a manual value beats a captured one; otherwise (and between two
 *   manual ones) the newer wins; a blank never overwrites (blanks are never stored);
 * - a different employer in the newer capture is a job change: its company replaces the old one
 *   whole, unless the rep set the stored company by hand;
 * - e-mails and phones: unioned, at most 5, the primary first (the rep's, else the newer capture's);
 * - sources, channels, history, activities, stakeholders, identity keys: unioned;
 * - BANT: the newer answer unless it is 'unknown'; reminder: the newer one if any;
 * - stage: `laterStage` unless the rep chose it.
 */
function combineLeads(older: Lead, newer: Lead, { now, settings, stageChosen }: CombineOptions): Lead {
  const olderManual = new Set(older.manualFields ?? []);
  const newerManual = new Set(newer.manualFields ?? []);
  const newerLeads = (path: EditedField) => newerManual.has(path) || !olderManual.has(path);
  const contactPoints = (path: 'person.emails' | 'person.phones') => {
    const field = path === 'person.emails' ? 'emails' : 'phones';
    return newerLeads(path) ? [...newer.person[field], ...older.person[field]] : [...older.person[field], ...newer.person[field]];
  };
  const reminder = mergeReminder(older.reminder, newer.reminder);
  const ids = new Set([older.id, newer.id]);
  const keptApartFrom = [...new Set([...(older.keptApartFrom ?? []), ...(newer.keptApartFrom ?? [])])].filter((id) => !ids.has(id));
  return withDerivedFields(
    {
      id: older.id,
      createdAt: older.createdAt < newer.createdAt ? older.createdAt : newer.createdAt,
      updatedAt: now.toISOString(),
      person: {
        ...combineFields('person', older.person, newer.person, olderManual, newerManual),
        emails: uniqueEmails(contactPoints('person.emails')).slice(0, MAX_CONTACT_POINTS),
        phones: uniquePhones(contactPoints('person.phones'), settings.defaultCountry).slice(0, MAX_CONTACT_POINTS),
      },
      company: combineCompany(older, newer, olderManual, newerManual),
      sources: unique([...older.sources, ...newer.sources], (s) => `${s.url} ${s.capturedAt}`).toSorted((a, b) =>
        a.capturedAt.localeCompare(b.capturedAt),
      ),
      channels: unique([...older.channels, ...newer.channels], channelKey),
      history: unique([...older.history, ...newer.history], (h) => `${h.at} ${h.url ?? ''} ${h.kind}`).toSorted((a, b) =>
        a.at.localeCompare(b.at),
      ),
      bant: mergeBant(older.bant, newer.bant),
      stage: stageChosen ? newer.stage : laterStage(older.stage, newer.stage),
      ...(reminder ? { reminder } : {}),
      notes: mergeNotes(older.notes, newer.notes),
      ...withoutEmptyLists({
        activities: cleanActivities([...(older.activities ?? []), ...(newer.activities ?? [])]),
        stakeholders: mergeStakeholders(older.stakeholders ?? [], newer.stakeholders ?? []),
        manualFields: [...new Set([...olderManual, ...newerManual])],
        keptApartFrom,
      }),
    },
    settings,
    [...new Set([...older.identityKeys, ...newer.identityKeys])],
  );
}

/** Field by field: the newer value, unless only the older one was set by hand. Lists are merged apart. */
function combineFields<T extends object>(
  section: 'person' | 'company',
  older: T,
  newer: T,
  olderManual: ReadonlySet<EditedField>,
  newerManual: ReadonlySet<EditedField>,
): T {
  const combined = { ...older } as Record<string, unknown>;
  for (const [field, value] of Object.entries(newer)) {
    const path = `${section}.${field}` as EditedField;
    const repKeepsOlder = olderManual.has(path) && !newerManual.has(path) && combined[field] !== undefined;
    if (value !== undefined && !repKeepsOlder) combined[field] = value;
  }
  return combined as T;
}

function combineCompany(
  older: Lead,
  newer: Lead,
  olderManual: ReadonlySet<EditedField>,
  newerManual: ReadonlySet<EditedField>,
): Lead['company'] {
  if (sameEmployer(older.company, newer.company)) {
    return combineFields('company', older.company, newer.company, olderManual, newerManual);
  }
  // A job change: the old company's details would describe the wrong employer.
  return olderManual.has('company.name') && !newerManual.has('company.name') ? older.company : newer.company;
}

function sameEmployer(a: Lead['company'], b: Lead['company']): boolean {
  if (a.domain && b.domain) return a.domain === b.domain;
  if (a.name && b.name) return normaliseCompanyName(a.name) === normaliseCompanyName(b.name);
  return true;
}

/**
 * Where each stage stands when no one chose it (the stage only moves forward by itself):
 *
 * | stage | rank | why |
 * |---|---|---|
 * | contact-us … negotiation | 0–4 | the pipeline, in order |
 * | contact-later | 5 | the prospect asked to be contacted later, and a reminder carries it: a merge must not wake the lead back into the pipeline; only the rep does |
 * | closed-won, closed-lost | 6 | final outcomes: nothing automatic reopens a closed deal |
 *
 * Between two stages of one rank (won and lost) the stored one stays: only the rep flips an outcome.
 */
const STAGE_RANK: Record<Stage, number> = {
  'contact-us': 0,
  mql: 1,
  call: 2,
  sql: 3,
  negotiation: 4,
  'contact-later': 5,
  'closed-won': 6,
  'closed-lost': 6,
};

/** The later of the stored and the incoming stage (`STAGE_RANK`); a tie keeps the stored one. */
export function laterStage(stored: Stage, incoming: Stage): Stage {
  return STAGE_RANK[incoming] > STAGE_RANK[stored] ? incoming : stored;
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

/** Two tags are one when they name the same channel (any case), direction, campaign and code. */
export function channelKey(tag: ChannelTag): string {
  return [tag.channel.toLowerCase(), tag.direction, tag.campaign ?? '', tag.code ?? ''].join('\n');
}
