import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANNELS } from '@/lib/settings/channels';
import { channelDraft, channelFromDraft, channelProblems, newChannelDraft, ruleCount, type ChannelDraft } from '@/lib/state/channel-drafts';

function draft(name: string, change: Partial<ChannelDraft> = {}): ChannelDraft {
  return { ...newChannelDraft(`id-${name}`), name, ...change };
}

describe('channelDraft and channelFromDraft', () => {
  it.each(DEFAULT_CHANNELS.map((channel) => [channel.name, channel]))('should give back %s unchanged', (_name, channel) => {
    expect(channelFromDraft(channelDraft(channel))).toEqual(channel);
  });

  it.each([
    ['', 0],
    ['1500', 1500],
    ['1 500,50', 1500.5],
    ['2\u00a0000', 2000],
  ])('should read the budget %j as %j', (typed, amount) => {
    expect(channelFromDraft(draft('Ads', { monthlyBudget: typed })).monthlyBudget).toBe(amount);
  });

  it('should read hosts from pasted addresses and keep each rule value once, utm values in lower case', () => {
    const channel = channelFromDraft(
      draft('Ads', {
        sites: 'https://www.Acme.example/landing, acme.example,\n',
        referrers: 'news.ycombinator.com',
        utmSources: 'Google, google , bing',
        utmCampaigns: ' ',
      }),
    );

    expect(channel).toMatchObject({
      sites: ['acme.example'],
      referrers: ['news.ycombinator.com'],
      utmSources: ['google', 'bing'],
      utmCampaigns: [],
    });
  });
});

describe('ruleCount', () => {
  it('should count the entries as typed, across the four rules', () => {
    expect(ruleCount(draft('Ads', { sites: 'a.example, b.example,', utmSources: '\n google ', referrers: ' ' }))).toBe(3);
  });
});

describe('channelProblems', () => {
  it('should accept the default channels', () => {
    expect(channelProblems(DEFAULT_CHANNELS.map(channelDraft))).toEqual([]);
  });

  it('should reject an empty name and names that differ only in case or spaces', () => {
    const problems = channelProblems([draft('LinkedIn'), draft(' linkedin '), draft(' ')]);

    expect(problems).toEqual([
      'Every channel needs a name.',
      'Two channels are called “linkedin”: leads could not tell them apart.',
    ]);
  });

  it.each([
    [{ monthlyBudget: '-5' }, 'Ads: the monthly budget is an amount such as 1500 or 1500.50 (or empty for none).'],
    [{ monthlyBudget: '1e6' }, 'Ads: the monthly budget is an amount such as 1500 or 1500.50 (or empty for none).'],
    [{ sites: 'acme.example, not a host' }, 'Ads: “not a host” is not a site: write a host such as linkedin.com.'],
    [{ referrers: 'localhost' }, 'Ads: “localhost” is not a referrer site: write a host such as linkedin.com.'],
  ])('should explain %j', (change, problem) => {
    expect(channelProblems([draft('Ads', change)])).toEqual([problem]);
  });

  it('should name an unnamed channel by its place in the list', () => {
    expect(channelProblems([draft('Ads'), draft('', { monthlyBudget: 'x' })])).toContain(
      'Channel 2: the monthly budget is an amount such as 1500 or 1500.50 (or empty for none).',
    );
  });

  it('should reject a rule value two channels claim, since only the first would ever match', () => {
    const problems = channelProblems([draft('Ads', { utmSources: 'google' }), draft('Search', { utmSources: 'Google' })]);

    expect(problems).toEqual(['The utm_source “google” is in both Ads and Search: keep it in one channel.']);
  });
});
