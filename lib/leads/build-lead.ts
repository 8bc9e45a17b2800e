import { engagementScore } from '@/lib/scoring/engagement';
import { gradeProspect } from '@/lib/scoring/icp';
import { temperature, type Bant } from '@/lib/scoring/temperature';
import { defaultIcpProfile, type Settings } from '@/lib/settings/settings';
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
} from './clean-input';
import { identityKeys } from './identity';
import { nearKeys } from './near-duplicates';
import { searchText } from './search-text';
import { BANT_CRITERIA, type EditedField, type Lead, type LeadBant, type LeadInput } from './types';

/** The settings a lead's derived fields depend on. */
export type LeadSettings = Pick<Settings, 'rules' | 'icpProfiles' | 'defaultIcpProfileId' | 'defaultCountry' | 'engagementPoints'>;

/** A lead without the fields computed from the rest of it. */
export type LeadFacts = Omit<Lead, 'temperature' | 'icp' | 'engagement' | 'identityKeys' | 'searchText' | 'nearKeys'>;

/** A new lead from the rep's first save of a person. */
export function buildLead(
  input: LeadInput,
  now: Date,
  settings: LeadSettings,
  id: string = crypto.randomUUID(),
): Lead {
  const at = now.toISOString();
  const reminder = cleanReminder(input.reminder);
  const person = cleanPerson(input.person, settings.defaultCountry);
  const company = cleanCompany(input.company);
  return withDerivedFields(
    {
      id,
      createdAt: at,
      updatedAt: at,
      person,
      company,
      sources: captureSources(input.source, at),
      channels: cleanChannels(input.channel),
      history: [captureTouch(input, at, { person, company })],
      bant: cleanBant(input.bant),
      stage: input.stage,
      ...(reminder ? { reminder } : {}),
      notes: input.notes.trim(),
      ...withoutEmptyLists({
        activities: cleanActivities(input.activities),
        stakeholders: cleanStakeholders(input.stakeholders),
        manualFields: manualFields(input.edited ?? [], { person, company }),
      }),
    },
    settings,
  );
}

/**
 * The person and company fields the rep set: only those that hold a value (clearing a field is not a
 * value a capture must respect). The stage is the rep's choice for this save only.
 */
function manualFields(edited: readonly EditedField[], saved: Pick<Lead, 'person' | 'company'>): EditedField[] {
  return [...new Set(edited)].filter((path) => {
    const [section, field] = path.split('.') as ['person' | 'company', string];
    const value = (saved[section] as Record<string, unknown> | undefined)?.[field];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
}

/**
 * Temperature, ICP fit, identity keys and search text, computed from the facts and never edited by
 * hand. `knownKeys` are kept: a person's identity keys only ever grow (CRM.md §6.6).
 */
export function withDerivedFields(facts: LeadFacts, settings: LeadSettings, knownKeys: string[] = []): Lead {
  const { score, grade } = gradeProspect(facts, defaultIcpProfile(settings));
  return {
    ...facts,
    temperature: temperature(bantStatuses(facts.bant), settings.rules),
    icp: { score, grade },
    ...(facts.activities?.length
      ? { engagement: { score: engagementScore(facts.activities, settings.engagementPoints).score } }
      : {}),
    identityKeys: [...new Set([...knownKeys, ...identityKeys(facts.person, facts.company)])],
    searchText: searchText(facts),
    nearKeys: nearKeys(facts),
  };
}

/**
 * Activities and stakeholders are left out while there are none, as blank fields are: a lead
 * saved before they existed and one saved without them look the same.
 */
export function withoutEmptyLists<T extends Record<string, unknown[]>>(lists: T): Partial<T> {
  return Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length > 0)) as Partial<T>;
}

function bantStatuses(bant: LeadBant): Bant {
  return Object.fromEntries(BANT_CRITERIA.map((criterion) => [criterion, bant[criterion].status])) as Bant;
}
