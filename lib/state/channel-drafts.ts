import type { ChannelDirection } from '@/lib/leads/types';
import { DEFAULT_CURRENCY, ruleHost, type ChannelDefinition } from '@/lib/settings/channels';

/** The detection rules of a channel, as the options page lists them. */
export type ChannelRuleField = 'sites' | 'utmSources' | 'utmCampaigns' | 'referrers';
export const CHANNEL_RULE_FIELDS: readonly ChannelRuleField[] = ['sites', 'utmSources', 'utmCampaigns', 'referrers'];

/** Rules naming hosts (matched with their subdomains); the others are utm values. */
const HOST_RULES: ReadonlySet<ChannelRuleField> = new Set(['sites', 'referrers']);

const RULE_NOUNS: Record<ChannelRuleField, string> = {
  sites: 'site',
  utmSources: 'utm_source',
  utmCampaigns: 'utm_campaign',
  referrers: 'referrer site',
};

/**
 * A channel as the options page edits it: the budget and the rules as typed, so that a half-typed
 * amount or a trailing comma stays on screen; `channelFromDraft` reads them when saving.
 */
export interface ChannelDraft extends Record<ChannelRuleField, string> {
  id: string;
  name: string;
  direction: ChannelDirection;
  monthlyBudget: string;
  currency: string;
}

/** Comma- or line-separated rule entries, as typed. */
function entries(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** How many detection rule entries the channel has, as typed (the options page shows it on the closed rules). */
export function ruleCount(draft: ChannelDraft): number {
  return CHANNEL_RULE_FIELDS.reduce((count, field) => count + entries(draft[field]).length, 0);
}

/** '1 500,50' or '1500.5' → 1500.5; '' → 0; undefined when it is no amount. */
function parseAmount(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (compact === '') return 0;
  if (!/^\d+(\.\d+)?$/.test(compact)) return undefined;
  return Number(compact);
}

export function channelDraft(channel: ChannelDefinition): ChannelDraft {
  return {
    id: channel.id,
    name: channel.name,
    direction: channel.direction,
    monthlyBudget: channel.monthlyBudget ? String(channel.monthlyBudget) : '',
    currency: channel.currency,
    sites: channel.sites.join(', '),
    utmSources: channel.utmSources.join(', '),
    utmCampaigns: channel.utmCampaigns.join(', '),
    referrers: channel.referrers.join(', '),
  };
}

export function newChannelDraft(id: string): ChannelDraft {
  return channelDraft({
    id,
    name: '',
    direction: 'outbound',
    monthlyBudget: 0,
    currency: DEFAULT_CURRENCY,
    sites: [],
    utmSources: [],
    utmCampaigns: [],
    referrers: [],
  });
}

/** The channel to store. Entries that are no host are dropped here; `channelProblems` has said so already. */
export function channelFromDraft(draft: ChannelDraft): ChannelDefinition {
  const rules = (field: ChannelRuleField): string[] => {
    const values = entries(draft[field]).map((entry) => (HOST_RULES.has(field) ? ruleHost(entry) : entry.toLowerCase()));
    return [...new Set(values.filter((value): value is string => value !== undefined))];
  };
  return {
    id: draft.id,
    name: draft.name.trim(),
    direction: draft.direction,
    monthlyBudget: parseAmount(draft.monthlyBudget) ?? 0,
    currency: draft.currency,
    sites: rules('sites'),
    utmSources: rules('utmSources'),
    utmCampaigns: rules('utmCampaigns'),
    referrers: rules('referrers'),
  };
}

/** What stops the channels from being saved, as sentences for the person editing them. */
export function channelProblems(drafts: readonly ChannelDraft[]): string[] {
  const problems: string[] = [];
  if (drafts.some((d) => d.name.trim() === '')) problems.push('Every channel needs a name.');
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { name } of drafts) {
    const key = name.trim().toLocaleLowerCase();
    if (!key) continue;
    if (seen.has(key)) repeated.add(name.trim());
    seen.add(key);
  }
  for (const name of repeated) problems.push(`Two channels are called “${name}”: leads could not tell them apart.`);

  for (const [index, draft] of drafts.entries()) {
    const label = draft.name.trim() || `Channel ${index + 1}`;
    if (parseAmount(draft.monthlyBudget) === undefined) {
      problems.push(`${label}: the monthly budget is an amount such as 1500 or 1500.50 (or empty for none).`);
    }
    for (const field of HOST_RULES) {
      for (const entry of entries(draft[field])) {
        if (!ruleHost(entry)) problems.push(`${label}: “${entry}” is not a ${RULE_NOUNS[field]}: write a host such as linkedin.com.`);
      }
    }
  }
  problems.push(...claimedTwice(drafts));
  return problems;
}

/** A rule value two channels both claim: only the first could ever match it, which is never what was meant. */
function claimedTwice(drafts: readonly ChannelDraft[]): string[] {
  const problems: string[] = [];
  for (const field of CHANNEL_RULE_FIELDS) {
    const owner = new Map<string, string>();
    for (const [index, draft] of drafts.entries()) {
      const label = draft.name.trim() || `Channel ${index + 1}`;
      for (const value of channelFromDraft(draft)[field]) {
        const first = owner.get(value);
        if (first === undefined) owner.set(value, label);
        else if (first !== label) {
          problems.push(`The ${RULE_NOUNS[field]} “${value}” is in both ${first} and ${label}: keep it in one channel.`);
        }
      }
    }
  }
  return problems;
}
