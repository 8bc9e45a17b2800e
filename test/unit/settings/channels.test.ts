import { describe, expect, it } from 'vitest';
import {
  channelTag,
  DEFAULT_CHANNELS,
  detectChannel,
  ruleHost,
  type ChannelDefinition,
  type DetectedBy,
  type PageVisit,
} from '@/lib/settings/channels';

function channel(id: string, rules: Partial<ChannelDefinition> = {}): ChannelDefinition {
  return {
    id,
    name: id,
    direction: 'outbound',
    monthlyBudget: 0,
    currency: 'USD',
    sites: [],
    utmSources: [],
    utmCampaigns: [],
    referrers: [],
    ...rules,
  };
}

const CHANNELS = [
  channel('linkedin', { sites: ['linkedin.com'], referrers: ['linkedin.com', 'lnkd.in'] }),
  channel('github', { sites: ['github.com'] }),
  channel('web-research'),
  channel('newsletter', { utmSources: ['Newsletter'] }),
  channel('spring-promo', { utmCampaigns: ['spring-2026'] }),
  channel('conference', { sites: ['devconf.example'], referrers: ['devconf.example'] }),
];

describe('detectChannel', () => {
  it.each<[string, PageVisit, string | undefined, DetectedBy, string | undefined]>([
    ['the page’s site', { url: 'https://www.linkedin.com/in/jane/' }, 'linkedin', 'site', undefined],
    ['a country subdomain of the site', { url: 'https://ua.linkedin.com/in/jane/' }, 'linkedin', 'site', undefined],
    ['not a look-alike host', { url: 'https://notlinkedin.com/in/jane/' }, 'web-research', 'catch-all', undefined],
    ['utm_source (any case) before the site', { url: 'https://github.com/jane?utm_source=NEWSLETTER' }, 'newsletter', 'utm_source', undefined],
    ['utm_campaign before utm_source', { url: 'https://acme.com/?utm_source=newsletter&utm_campaign=spring-2026' }, 'spring-promo', 'utm_campaign', 'spring-2026'],
    ['an unknown utm_campaign still prefilled', { url: 'https://acme.com/?utm_source=newsletter&utm_campaign=Q3%20push' }, 'newsletter', 'utm_source', 'Q3 push'],
    ['the referrer before the site', { url: 'https://github.com/jane', referrer: 'https://lnkd.in/abc' }, 'linkedin', 'referrer', undefined],
    ['a referrer subdomain', { url: 'https://acme.com/team', referrer: 'https://talks.devconf.example/2026' }, 'conference', 'referrer', undefined],
    ['an unknown referrer: the site decides', { url: 'https://github.com/jane', referrer: 'https://www.google.com/' }, 'github', 'site', undefined],
    ['utm before the referrer', { url: 'https://acme.com/?utm_source=newsletter', referrer: 'https://www.linkedin.com/feed/' }, 'newsletter', 'utm_source', undefined],
    ['no rule: the first channel without rules', { url: 'https://acme.com/contact' }, 'web-research', 'catch-all', undefined],
    ['an empty utm value is no value', { url: 'https://acme.com/?utm_source=&utm_campaign=%20' }, 'web-research', 'catch-all', undefined],
    ['not a URL', { url: 'not a url', referrer: '::' }, 'web-research', 'catch-all', undefined],
    ['a chrome:// page', { url: 'chrome://extensions/' }, 'web-research', 'catch-all', undefined],
  ])('should pick by %s', (_case, visit, expected, detectedBy, campaign) => {
    const detection = detectChannel(visit, CHANNELS);

    expect({ channel: detection.channel?.id, detectedBy: detection.detectedBy, campaign: detection.campaign }).toEqual({
      channel: expected,
      detectedBy,
      campaign,
    });
  });

  it('should fall back to the first channel when every channel has rules', () => {
    const channels = [channel('linkedin', { sites: ['linkedin.com'] }), channel('github', { sites: ['github.com'] })];

    expect(detectChannel({ url: 'https://acme.com/' }, channels).channel?.id).toBe('linkedin');
  });

  it('should detect nothing without channels', () => {
    expect(detectChannel({ url: 'https://acme.com/' }, []).channel).toBeUndefined();
  });

  it('should cap a campaign taken from a URL', () => {
    const detection = detectChannel({ url: `https://acme.com/?utm_campaign=${'x'.repeat(5000)}` }, CHANNELS);

    expect(detection.campaign).toHaveLength(200);
  });

  it.each([
    ['https://www.linkedin.com/in/jane/', 'linkedin'],
    ['https://ua.linkedin.com/in/jane/', 'linkedin'],
    ['https://github.com/jane?tab=repositories', 'github'],
    ['https://x.com/jane', 'x'],
    ['https://acme.com/', 'web-research'],
    ['https://acme.com/?utm_source=newsletter', 'newsletter'],
    ['https://acme.com/?utm_source=google&utm_medium=cpc', 'paid-ads'],
  ])('should tag %s with the default channel %s', (url, expected) => {
    expect(detectChannel({ url }, DEFAULT_CHANNELS).channel?.id).toBe(expected);
  });

  it('should tag a page reached from an X link (t.co) as X', () => {
    expect(detectChannel({ url: 'https://acme.com/about', referrer: 'https://t.co/' }, DEFAULT_CHANNELS).channel?.id).toBe('x');
  });
});

describe('ruleHost', () => {
  it.each([
    ['linkedin.com', 'linkedin.com'],
    [' https://www.LinkedIn.com/in/jane ', 'linkedin.com'],
    ['talks.devconf.example', 'talks.devconf.example'],
    ['приклад.укр', 'xn--80aikifvh.xn--j1amh'],
    ['localhost', undefined],
    ['not a host', undefined],
    ['', undefined],
  ])('should read %j as %j', (text, expected) => {
    expect(ruleHost(text)).toBe(expected);
  });
});

describe('channelTag', () => {
  it('should tag with the channel’s name and direction, and the trimmed campaign and code when given', () => {
    expect(channelTag(channel('newsletter'), { campaign: ' spring-2026 ', code: ' ' })).toEqual({
      channel: 'newsletter',
      direction: 'outbound',
      campaign: 'spring-2026',
    });
  });
});
