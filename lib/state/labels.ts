import type { BantCriterion, BantStatus, ChannelDirection, IcpGrade, Stage, Temperature } from '@/lib/leads/types';

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

export const DIRECTION_LABELS: Record<ChannelDirection, string> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
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
