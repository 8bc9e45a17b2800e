import type {
  ActivityType,
  AuthorityRole,
  BantCriterion,
  BantStatus,
  ChannelDirection,
  IcpGrade,
  Stage,
  Temperature,
} from '@/lib/leads/types';
import type { DetectedBy } from '@/lib/settings/channels';

/** What the UI calls each stage: the words a CRM pipeline shows (CONTRACT.md §7). */
export const STAGE_LABELS: Record<Stage, string> = {
  'contact-us': 'Contact us',
  mql: 'MQL',
  call: 'Call',
  sql: 'SQL',
  negotiation: 'Negotiation',
  'closed-won': 'Closed – won',
  'closed-lost': 'Closed – lost',
  'contact-later': 'Contact in the future',
};

export const TEMPERATURE_LABELS: Record<Temperature, string> = {
  cold: 'Cold',
  warm: 'Warm',
  hot: 'Hot',
};

export const BANT_LABELS: Record<BantCriterion, string> = {
  budget: 'Budget',
  authority: 'Authority',
  need: 'Need',
  timing: 'Timing',
};

export const BANT_STATUS_LABELS: Record<BantStatus, string> = {
  unknown: 'Unknown',
  no: 'No',
  partial: 'Partial',
  yes: 'Yes',
};

/** The quick buttons that log an activity: what the rep just did with the prospect. */
export const ACTIVITY_LABELS: Record<ActivityType, string> = {
  reply: 'Reply',
  call: 'Call held',
  meeting: 'Meeting',
  demo: 'Demo',
  trial: 'Trial',
  consultation: 'Free consultation',
  download: 'Content download',
  'pricing-visit': 'Pricing-page visit',
  'email-open': 'Email open',
  'link-click': 'Link click',
};

export const AUTHORITY_ROLE_LABELS: Record<AuthorityRole, string> = {
  'decision-maker': 'Decision maker',
  influencer: 'Influencer',
  champion: 'Champion',
  user: 'User',
};

/** The currencies a budget is most often stated in; the first is the one the popup offers first. */
export const BUDGET_CURRENCIES: readonly string[] = ['USD', 'EUR', 'UAH', 'GBP', 'PLN', 'CHF'];

export const DIRECTION_LABELS: Record<ChannelDirection, string> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
};

/** Why the popup preselected a channel: the rule that matched this capture. */
export const DETECTED_BY_HINTS: Record<DetectedBy, string> = {
  utm_campaign: 'Detected from the link’s utm_campaign',
  utm_source: 'Detected from the link’s utm_source',
  referrer: 'Detected from the page you came from',
  site: 'Detected from the site',
  'catch-all': 'No rule matched: the default channel',
};

export function gradeLabel(grade: IcpGrade): string {
  return `Grade ${grade}`;
}

/** "12 Mar 2025": dates in lists and banners, in the reader's locale. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
