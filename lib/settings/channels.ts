import type { ChannelDirection, ChannelTag } from '@/lib/leads/types';

/** A lead-generation channel the team tracks (cost per lead is computed per channel). */
export interface ChannelDefinition {
  id: string;
  name: string;
  direction: ChannelDirection;
  /** Hosts (and their subdomains) whose pages are tagged with this channel automatically. */
  sites: string[];
}

export const DEFAULT_CHANNELS: ChannelDefinition[] = [
  { id: 'linkedin', name: 'LinkedIn', direction: 'outbound', sites: ['linkedin.com'] },
  { id: 'github', name: 'GitHub', direction: 'outbound', sites: ['github.com'] },
  { id: 'x', name: 'X (Twitter)', direction: 'outbound', sites: ['x.com', 'twitter.com'] },
  { id: 'web-research', name: 'Web research', direction: 'outbound', sites: [] },
  { id: 'cold-email', name: 'Cold email', direction: 'outbound', sites: [] },
  { id: 'event', name: 'Event', direction: 'outbound', sites: [] },
  { id: 'inbound-form', name: 'Inbound form', direction: 'inbound', sites: [] },
  { id: 'referral', name: 'Referral', direction: 'inbound', sites: [] },
];

/** The channel whose sites include the page's host; else the first channel with no sites (the catch-all). */
export function detectChannel(url: string, channels: readonly ChannelDefinition[]): ChannelDefinition | undefined {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    // Not a URL: fall through to the catch-all channel.
  }
  const bySite = channels.find((c) => c.sites.some((site) => host === site || host.endsWith(`.${site}`)));
  return bySite ?? channels.find((c) => c.sites.length === 0) ?? channels[0];
}

export function channelTag(channel: ChannelDefinition): ChannelTag {
  return { channel: channel.name, direction: channel.direction };
}
