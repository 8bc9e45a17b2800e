import { asciiHost, parseWebUrl } from '@/lib/canonical/host';
import type { ChannelDirection, ChannelTag } from '@/lib/leads/types';

/** A channel as settings v1 and v2 stored it: tagged by site only. */
export interface ChannelDefinitionV1 {
  id: string;
  name: string;
  direction: ChannelDirection;
  /** Hosts (and their subdomains) whose pages are tagged with this channel automatically. */
  sites: string[];
}

/** A lead-generation channel the team tracks (settings v3): what it costs and how captures are told to come from it. */
export interface ChannelDefinition extends ChannelDefinitionV1 {
  /** What the channel costs a month in `currency`; 0 when nobody tracks it. Cost per lead = budget / leads. */
  monthlyBudget: number;
  /** ISO 4217 code of the budget ('USD', 'EUR', 'UAH'). */
  currency: string;
  /** `utm_source` values (any case) of links that bring the rep to a page from this channel. */
  utmSources: string[];
  /** `utm_campaign` values (any case): a campaign run through this channel. */
  utmCampaigns: string[];
  /** Hosts (and their subdomains) of the page the rep came from (`document.referrer`). */
  referrers: string[];
}

export const DEFAULT_CURRENCY = 'USD';

const NO_RULES = { sites: [], utmSources: [], utmCampaigns: [], referrers: [] } satisfies Partial<ChannelDefinition>;
const NO_BUDGET = { monthlyBudget: 0, currency: DEFAULT_CURRENCY } satisfies Partial<ChannelDefinition>;

export const DEFAULT_CHANNELS: ChannelDefinition[] = [
  {
    ...NO_BUDGET,
    ...NO_RULES,
    id: 'linkedin',
    name: 'LinkedIn',
    direction: 'outbound',
    sites: ['linkedin.com'],
    referrers: ['linkedin.com', 'lnkd.in'],
  },
  { ...NO_BUDGET, ...NO_RULES, id: 'github', name: 'GitHub', direction: 'outbound', sites: ['github.com'] },
  {
    ...NO_BUDGET,
    ...NO_RULES,
    id: 'x',
    name: 'X (Twitter)',
    direction: 'outbound',
    sites: ['x.com', 'twitter.com'],
    referrers: ['t.co', 'x.com', 'twitter.com'],
  },
  // The catch-all: the first channel without any rule tags whatever no rule claims.
  { ...NO_BUDGET, ...NO_RULES, id: 'web-research', name: 'Web research', direction: 'outbound' },
  { ...NO_BUDGET, ...NO_RULES, id: 'cold-email', name: 'Cold email', direction: 'outbound' },
  { ...NO_BUDGET, ...NO_RULES, id: 'event', name: 'Event', direction: 'outbound' },
  {
    ...NO_BUDGET,
    ...NO_RULES,
    id: 'newsletter',
    name: 'Newsletter',
    direction: 'inbound',
    utmSources: ['newsletter', 'email'],
  },
  {
    ...NO_BUDGET,
    ...NO_RULES,
    id: 'paid-ads',
    name: 'Paid ads',
    direction: 'inbound',
    utmSources: ['google', 'bing', 'facebook', 'meta', 'linkedin_ads'],
  },
  { ...NO_BUDGET, ...NO_RULES, id: 'inbound-form', name: 'Inbound form', direction: 'inbound' },
  { ...NO_BUDGET, ...NO_RULES, id: 'referral', name: 'Referral', direction: 'inbound' },
];

/**
 * A v1/v2 channel with a budget and the v3 rules. The built-in channels (kept by their id) get the
 * rules they now ship with; the team's own channels start with none.
 */
export function upgradeChannelV1(channel: ChannelDefinitionV1): ChannelDefinition {
  const builtIn = DEFAULT_CHANNELS.find((c) => c.id === channel.id);
  return {
    ...channel,
    ...NO_BUDGET,
    utmSources: builtIn ? [...builtIn.utmSources] : [],
    utmCampaigns: builtIn ? [...builtIn.utmCampaigns] : [],
    referrers: builtIn ? [...builtIn.referrers] : [],
  };
}

/** Where the captured page was, and where the rep came to it from. */
export interface PageVisit {
  url: string;
  /** `document.referrer` of the page: '' when there is none. */
  referrer?: string;
}

export type DetectedBy = 'utm_campaign' | 'utm_source' | 'referrer' | 'site' | 'catch-all';

export interface ChannelDetection {
  /** Undefined only when there are no channels at all. */
  channel: ChannelDefinition | undefined;
  detectedBy: DetectedBy;
  /** The page's `utm_campaign`, to prefill the lead's campaign. */
  campaign?: string;
}

/** Longest campaign name taken from a URL: a campaign is a label, not a document. */
const MAX_CAMPAIGN_LENGTH = 200;

/**
 * The channel a capture came through, most explicit evidence first: a `utm_campaign` rule, a
 * `utm_source` rule, the referrer's host, the page's host, else the catch-all (the first channel
 * with no rule at all, else the first channel). Pure; any text in, never throws.
 */
export function detectChannel(visit: PageVisit, channels: readonly ChannelDefinition[]): ChannelDetection {
  const page = parseWebUrl(visit.url);
  const referrer = visit.referrer ? parseWebUrl(visit.referrer) : undefined;
  const utmSource = utmValue(page, 'utm_source');
  const campaign = utmValue(page, 'utm_campaign')?.slice(0, MAX_CAMPAIGN_LENGTH);
  const withCampaign = campaign ? { campaign } : {};

  const candidates: [DetectedBy, (channel: ChannelDefinition) => boolean][] = [
    ['utm_campaign', (c) => campaign !== undefined && includesValue(c.utmCampaigns, campaign)],
    ['utm_source', (c) => utmSource !== undefined && includesValue(c.utmSources, utmSource)],
    ['referrer', (c) => referrer !== undefined && matchesHost(c.referrers, referrer.hostname)],
    ['site', (c) => page !== undefined && matchesHost(c.sites, page.hostname)],
  ];
  for (const [detectedBy, matches] of candidates) {
    const channel = channels.find(matches);
    if (channel) return { channel, detectedBy, ...withCampaign };
  }
  return { channel: channels.find((c) => !hasRules(c)) ?? channels[0], detectedBy: 'catch-all', ...withCampaign };
}

function utmValue(url: URL | undefined, name: string): string | undefined {
  return url?.searchParams.get(name)?.trim() || undefined;
}

function includesValue(values: readonly string[], value: string): boolean {
  const wanted = value.toLocaleLowerCase();
  return values.some((v) => v.trim().toLocaleLowerCase() === wanted);
}

function matchesHost(hosts: readonly string[], hostname: string): boolean {
  const host = hostname.toLowerCase();
  return hosts.some((site) => host === site || host.endsWith(`.${site}`));
}

function hasRules(channel: ChannelDefinition): boolean {
  return [channel.sites, channel.utmSources, channel.utmCampaigns, channel.referrers].some((rules) => rules.length > 0);
}

/**
 * The host a rule means, from what a person types or pastes: `https://www.LinkedIn.com/in/x` →
 * `linkedin.com` (a rule matches subdomains, so `www.` is dropped). Undefined when it is no host.
 */
export function ruleHost(text: string): string | undefined {
  const url = parseWebUrl(text);
  const host = url && asciiHost(url.hostname);
  if (!host || !host.includes('.')) return undefined;
  return host.replace(/^www\./, '');
}

export function channelTag(channel: ChannelDefinition, extra: Pick<ChannelTag, 'campaign' | 'code'> = {}): ChannelTag {
  const campaign = extra.campaign?.trim();
  const code = extra.code?.trim();
  return {
    channel: channel.name,
    direction: channel.direction,
    ...(campaign ? { campaign } : {}),
    ...(code ? { code } : {}),
  };
}
