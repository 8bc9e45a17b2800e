import { describe, expect, it } from 'vitest';
import { carriedChannelNames, channelRenames, retagLead, type CarriedChannelNames } from '@/lib/leads/channel-renames';
import type { ChannelTag } from '@/lib/leads/types';
import { makeLead } from '../../fixtures/leads';

const LINKEDIN = { id: 'linkedin', name: 'LinkedIn' };
const EVENT = { id: 'event', name: 'Event' };

describe('carriedChannelNames', () => {
  it.each<[string, CarriedChannelNames | undefined, { id: string; name: string }[], CarriedChannelNames]>([
    ['nothing known yet: the current names', undefined, [LINKEDIN, EVENT], { linkedin: ['LinkedIn'], event: ['Event'] }],
    ['a rename: the new name first, then the old', { linkedin: ['LinkedIn'] }, [{ id: 'linkedin', name: 'LinkedIn DMs' }], { linkedin: ['LinkedIn DMs', 'LinkedIn'] }],
    [
      'a second rename before a walk finished: every name not yet retagged',
      { linkedin: ['LinkedIn DMs', 'LinkedIn'] },
      [{ id: 'linkedin', name: 'Social selling' }],
      { linkedin: ['Social selling', 'LinkedIn DMs', 'LinkedIn'] },
    ],
    ['a case change is one name', { linkedin: ['LinkedIn'] }, [{ id: 'linkedin', name: 'linkedin' }], { linkedin: ['linkedin'] }],
    ['a deleted channel drops out', { linkedin: ['LinkedIn'], event: ['Event'] }, [EVENT], { event: ['Event'] }],
  ])('%s', (_case, before, channels, expected) => {
    expect(carriedChannelNames(channels, before)).toEqual(expected);
  });
});

describe('channelRenames', () => {
  it.each<[string, CarriedChannelNames, { id: string; name: string }[], [string, string][]]>([
    ['a rename maps the old name and the new one to the new one', { linkedin: ['LinkedIn DMs', 'LinkedIn'] }, [{ id: 'linkedin', name: 'LinkedIn DMs' }], [['linkedin dms', 'LinkedIn DMs'], ['linkedin', 'LinkedIn DMs']]],
    [
      'a name another channel now has stays that channel’s',
      { linkedin: ['Social', 'LinkedIn'], event: ['LinkedIn', 'Event'] },
      [{ id: 'linkedin', name: 'Social' }, { id: 'event', name: 'LinkedIn' }],
      [['social', 'Social'], ['linkedin', 'LinkedIn'], ['event', 'LinkedIn']],
    ],
  ])('%s', (_case, carried, channels, expected) => {
    expect([...channelRenames(carried, channels)]).toEqual(expected);
  });
});

describe('retagLead', () => {
  const renames = new Map([['linkedin', 'LinkedIn DMs']]);

  it('should put the lead’s channels and its touches under the new name, keeping campaign and code', () => {
    const tag: ChannelTag = { channel: 'LinkedIn', direction: 'outbound', campaign: 'Spring', code: 'SPR' };
    const lead = makeLead({ channel: tag });

    const retagged = retagLead(lead, renames);

    expect(retagged?.channels).toEqual([{ ...tag, channel: 'LinkedIn DMs' }]);
    expect(retagged?.history.map((touch) => touch.channel)).toEqual([{ ...tag, channel: 'LinkedIn DMs' }]);
    expect(retagged?.history[0]?.at).toBe(lead.history[0]?.at);
  });

  it('should fold two tags that become one', () => {
    const lead = { ...makeLead(), channels: [{ channel: 'LinkedIn', direction: 'outbound' as const }, { channel: 'LinkedIn DMs', direction: 'outbound' as const }] };

    expect(retagLead(lead, renames)?.channels).toEqual([{ channel: 'LinkedIn DMs', direction: 'outbound' }]);
  });

  it.each([
    ['a lead of another channel', makeLead({ channel: { channel: 'Event', direction: 'outbound' } })],
    ['a lead already under the new name', makeLead({ channel: { channel: 'LinkedIn DMs', direction: 'outbound' } })],
    ['a lead without a channel', makeLead({ channel: undefined })],
  ])('should leave %s alone', (_case, lead) => {
    expect(retagLead(lead, renames)).toBeUndefined();
  });
});
