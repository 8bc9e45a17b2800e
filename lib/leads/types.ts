import type { PageKind, ProspectCompany, ProspectPerson } from '@/lib/extract/types';

/** One BANT answer. Only 'yes' counts as confirmed (PRODUCT.md). */
export type BantStatus = 'unknown' | 'no' | 'partial' | 'yes';
export const BANT_STATUSES: readonly BantStatus[] = ['unknown', 'no', 'partial', 'yes'];

export type BantCriterion = 'budget' | 'authority' | 'need' | 'timing';
export const BANT_CRITERIA: readonly BantCriterion[] = ['budget', 'authority', 'need', 'timing'];

export interface BantAnswer {
  status: BantStatus;
  note?: string;
}
export type LeadBant = Record<BantCriterion, BantAnswer>;

export type Temperature = 'cold' | 'warm' | 'hot';

/** Pipeline stages as a CRM shows them, plus the "Contact in the future" side branch. */
export type Stage =
  | 'contact-us'
  | 'mql'
  | 'call'
  | 'sql'
  | 'negotiation'
  | 'closed-won'
  | 'closed-lost'
  | 'contact-later';
export const STAGES: readonly Stage[] = [
  'contact-us',
  'mql',
  'call',
  'sql',
  'negotiation',
  'closed-won',
  'closed-lost',
  'contact-later',
];

export type IcpGrade = 'A' | 'B' | 'C' | 'D';
export interface LeadIcp {
  /** 0..100 */
  score: number;
  grade: IcpGrade;
}

export type ChannelDirection = 'inbound' | 'outbound';
export interface ChannelTag {
  channel: string;
  direction: ChannelDirection;
  campaign?: string;
  code?: string;
}

export interface LeadSource {
  url: string;
  kind: PageKind;
  capturedAt: string;
}

/** A stored lead: one record per person (CONTRACT.md §5). */
export interface Lead {
  id: string;
  /** ISO 8601 */
  createdAt: string;
  /** ISO 8601 */
  updatedAt: string;
  person: ProspectPerson;
  company: ProspectCompany;
  sources: LeadSource[];
  channels: ChannelTag[];
  bant: LeadBant;
  temperature: Temperature;
  stage: Stage;
  icp: LeadIcp;
  reminder?: { dueAt: string; note?: string };
  notes: string;
  /**
   * Identity keys of the person ('email:jane@acme.com', 'linkedin:jane-doe', …): what makes two
   * captures one person. Indexed (multiEntry) so a save finds its record in one lookup.
   */
  identityKeys: string[];
  /** Lower-cased name, company, title and emails: what the dashboard's search box matches. */
  searchText: string;
}

/** What the popup sends when the rep presses "Save lead": the edited draft and the qualification. */
export interface LeadInput {
  person: ProspectPerson;
  company: ProspectCompany;
  source: { url: string; kind: PageKind };
  channel?: ChannelTag;
  bant: LeadBant;
  stage: Stage;
  reminder?: { dueAt: string; note?: string };
  notes: string;
}

export function unknownBant(): LeadBant {
  return {
    budget: { status: 'unknown' },
    authority: { status: 'unknown' },
    need: { status: 'unknown' },
    timing: { status: 'unknown' },
  };
}
