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

/** Who the contact is in the buying decision. */
export type AuthorityRole = 'decision-maker' | 'influencer' | 'champion' | 'user';
export const AUTHORITY_ROLES: readonly AuthorityRole[] = ['decision-maker', 'influencer', 'champion', 'user'];

/** BANT with the detail each criterion carries besides its status (all optional). */
export interface LeadBant {
  budget: BantAnswer & { amount?: number; currency?: string };
  authority: BantAnswer & { role?: AuthorityRole };
  need: BantAnswer;
  /** A decision date (ISO yyyy-mm-dd) or a timeframe as the prospect put it ("Q3", "after the audit"). */
  timing: BantAnswer & { date?: string; timeframe?: string };
}

/** Engagement a rep logs against a lead; each type carries points (settings). */
export type ActivityType =
  | 'reply'
  | 'call'
  | 'meeting'
  | 'demo'
  | 'trial'
  | 'consultation'
  | 'download'
  | 'pricing-visit'
  | 'email-open'
  | 'link-click';
export const ACTIVITY_TYPES: readonly ActivityType[] = [
  'reply',
  'call',
  'meeting',
  'demo',
  'trial',
  'consultation',
  'download',
  'pricing-visit',
  'email-open',
  'link-click',
];

export interface Activity {
  type: ActivityType;
  /** ISO 8601 */
  at: string;
  note?: string;
}

/** Another person who influences the decision at the prospect's company. */
export interface Stakeholder {
  name: string;
  role?: string;
  note?: string;
}

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

/**
 * One save of the person, a "touch": when, from which page, through which channel, and the person
 * and company fields that save carried. `Lead.history` keeps every one, oldest first; none is ever
 * rewritten, and merging two leads joins their histories.
 */
export interface LeadCapture {
  /** ISO 8601 */
  at: string;
  /** The page; absent when the rep typed the lead in without one. */
  url?: string;
  kind: PageKind;
  /** The channel the save was tagged with; absent when it had none (or, on a touch rebuilt from an older lead's sources, when that lead had several). */
  channel?: ChannelTag;
  /** What the save carried, cleaned; absent on touches rebuilt by migration 004 from an older lead's sources. */
  person?: ProspectPerson;
  company?: ProspectCompany;
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
  /** Every save of the person, oldest first; never empty. */
  history: LeadCapture[];
  bant: LeadBant;
  temperature: Temperature;
  stage: Stage;
  icp: LeadIcp;
  /** `firedAt` is set by the background once the reminder's notification was shown, so it shows once. */
  reminder?: { dueAt: string; note?: string; firedAt?: string };
  notes: string;
  /** Logged engagement, oldest first. */
  activities?: Activity[];
  stakeholders?: Stakeholder[];
  /** Engagement score from `activities` (lib/scoring/engagement.ts), kept for sorting and filtering. */
  engagement?: { score: number };
  /**
   * Identity keys of the person ('email:jane@acme.com', 'linkedin:jane-doe', …): what makes two
   * captures one person. Indexed (multiEntry) so a save finds its record in one lookup.
   */
  identityKeys: string[];
  /** Lower-cased name, company, title and emails: what the dashboard's search box matches. */
  searchText: string;
  /**
   * Blocking keys for near duplicates (`nearKeys` in lib/leads/near-duplicates.ts): name sounds at
   * the company, loose e-mail keys. Indexed (multiEntry) so candidates are found without a scan.
   */
  nearKeys: string[];
  /**
   * Fields the rep typed or changed in the popup (`person.title`, `company.name`…): a later
   * capture never overwrites them, a later edit does (CRM.md §6.6). Left out while empty.
   */
  manualFields?: EditedField[];
  /** Leads the rep said are other people ("Keep separate"): never offered as possible duplicates again. */
  keptApartFrom?: string[];
}

/** A field of the form the rep can change: a person or company field, or the stage. */
export type EditedField = `person.${keyof ProspectPerson}` | `company.${keyof ProspectCompany}` | 'stage';

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
  activities?: Activity[];
  stakeholders?: Stakeholder[];
  /**
   * The fields the rep changed from what the page gave (and `stage` when the rep chose it): they
   * win over stored captures, and the lead remembers them as manual. None: all came from the page.
   */
  edited?: EditedField[];
}

export function unknownBant(): LeadBant {
  return {
    budget: { status: 'unknown' },
    authority: { status: 'unknown' },
    need: { status: 'unknown' },
    timing: { status: 'unknown' },
  };
}
