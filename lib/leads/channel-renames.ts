import type { ChannelDefinition } from '@/lib/settings/channels';
import { unique } from './clean-input';
import { channelKey } from './merge-lead';
import type { ChannelTag, Lead } from './types';

/*
 * A lead's channel tags carry the channel's name, as the cost per lead and the dashboard group them.
 * Channels keep their id when the options page renames them, so the background can tell a rename
 * from a new channel and retag the stored leads (the re-grade walk, lib/db/regrade.ts).
 */

type NamedChannel = Pick<ChannelDefinition, 'id' | 'name'>;

/** By channel id: every name stored leads may still carry for it, the current name first. */
export type CarriedChannelNames = Record<string, string[]>;

function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

/**
 * The names the leads may carry once `channels` are saved: each channel's new name plus every name
 * it had that a walk has not yet retagged (`before`). A deleted channel drops out: its leads keep
 * the name, there is nothing to rename them to.
 */
export function carriedChannelNames(channels: readonly NamedChannel[], before: CarriedChannelNames = {}): CarriedChannelNames {
  return Object.fromEntries(channels.map(({ id, name }) => [id, unique([name, ...(before[id] ?? [])], nameKey)]));
}

/**
 * Which tag name (by its case-insensitive key) becomes which channel's current name. A name that is
 * now another channel's is left alone: a capture saved since carries it too, and the two cannot be
 * told apart (so swapping two channels' names in one save does not move their leads).
 */
export function channelRenames(carried: CarriedChannelNames, channels: readonly NamedChannel[]): Map<string, string> {
  const currentOwner = new Map(channels.map(({ id, name }) => [nameKey(name), id]));
  const renames = new Map<string, string>();
  for (const { id, name } of channels) {
    for (const old of carried[id] ?? []) {
      const owner = currentOwner.get(nameKey(old));
      if (owner === undefined || owner === id) renames.set(nameKey(old), name);
    }
  }
  return renames;
}

function renamed(tag: ChannelTag, renames: ReadonlyMap<string, string>): ChannelTag {
  const name = renames.get(nameKey(tag.channel));
  return name === undefined || name === tag.channel ? tag : { ...tag, channel: name };
}

/**
 * `lead` with its channel tags under the channels' current names; undefined when none changed.
 * The touches in `history` are retagged too: a rename gives the same channel a new label, it is not
 * another channel, and a touch under a name no channel has any more would count apart from the
 * channel that brought it. What happened (when, which page, campaign, code) stays as recorded.
 */
export function retagLead(lead: Lead, renames: ReadonlyMap<string, string>): Lead | undefined {
  if (renames.size === 0) return undefined;
  let changed = false;
  const retag = (tag: ChannelTag) => {
    const next = renamed(tag, renames);
    if (next !== tag) changed = true;
    return next;
  };
  const channels = unique(lead.channels.map(retag), channelKey);
  const history = lead.history.map((touch) => (touch.channel ? { ...touch, channel: retag(touch.channel) } : touch));
  return changed ? { ...lead, channels, history } : undefined;
}
