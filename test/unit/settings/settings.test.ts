import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGAGEMENT_POINTS, DEFAULT_HANDOFF_SCORE } from '@/lib/scoring/engagement';
import { DEFAULT_ICP_PROFILE, type IcpProfile } from '@/lib/scoring/icp';
import { DEFAULT_SETTINGS, defaultIcpProfile, settingsItem, type SettingsV1, type SettingsV2 } from '@/lib/settings/settings';

const FINTECH_CFOS: IcpProfile = { ...DEFAULT_ICP_PROFILE, id: 'fintech-cfos', name: 'Fintech CFOs', cutoffs: { A: 80, B: 60, C: 30 } };

/** Exactly what version 1 of the extension wrote. */
const WRITTEN_BY_V1: SettingsV1 = {
  rules: { minConfirmedForMql: 3, requireNeedAndAuthority: false },
  icpProfile: FINTECH_CFOS,
  channels: [{ id: 'linkedin', name: 'LinkedIn', direction: 'outbound', sites: ['linkedin.com'] }],
  defaultCountry: 'PL',
};

/** Exactly what version 2 of the extension wrote: channels tagged by site only. */
const WRITTEN_BY_V2: SettingsV2 = {
  rules: { minConfirmedForMql: 2, requireNeedAndAuthority: true },
  icpProfiles: [FINTECH_CFOS],
  defaultIcpProfileId: 'fintech-cfos',
  engagementPoints: DEFAULT_ENGAGEMENT_POINTS,
  handoffScore: 40,
  channels: [
    { id: 'linkedin', name: 'LinkedIn (SDR team)', direction: 'outbound', sites: ['linkedin.com'] },
    { id: 'channel-1', name: 'Webinars', direction: 'inbound', sites: ['webinar.example.com'] },
  ],
  defaultCountry: 'UA',
};

const NO_BUDGET = { monthlyBudget: 0, currency: 'USD' };

describe('settingsItem', () => {
  it('should upgrade settings written by version 2 to version 3: budgets, and the built-in channels’ new rules', async () => {
    await fakeBrowser.storage.local.set({ settings: WRITTEN_BY_V2, settings$: { v: 2 } });

    await settingsItem.migrate();

    expect(await settingsItem.getValue()).toEqual({
      ...WRITTEN_BY_V2,
      channels: [
        {
          ...WRITTEN_BY_V2.channels[0],
          ...NO_BUDGET,
          utmSources: [],
          utmCampaigns: [],
          referrers: ['linkedin.com', 'lnkd.in'],
        },
        { ...WRITTEN_BY_V2.channels[1], ...NO_BUDGET, utmSources: [], utmCampaigns: [], referrers: [] },
      ],
    });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ 'settings$': { v: 3 } });
  });

  it('should upgrade settings written by version 1 through version 2 to version 3', async () => {
    await fakeBrowser.storage.local.set({ settings: WRITTEN_BY_V1, settings$: { v: 1 } });

    await settingsItem.migrate();

    expect(await settingsItem.getValue()).toEqual({
      rules: { minConfirmedForMql: 3, requireNeedAndAuthority: false },
      icpProfiles: [FINTECH_CFOS],
      defaultIcpProfileId: 'fintech-cfos',
      engagementPoints: DEFAULT_ENGAGEMENT_POINTS,
      handoffScore: DEFAULT_HANDOFF_SCORE,
      channels: [
        { ...WRITTEN_BY_V1.channels[0], ...NO_BUDGET, utmSources: [], utmCampaigns: [], referrers: ['linkedin.com', 'lnkd.in'] },
      ],
      defaultCountry: 'PL',
    });
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ 'settings$': { v: 3 } });
  });

  it('should give the defaults, with one default ICP profile, when nothing is stored', async () => {
    const settings = await settingsItem.getValue();

    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(defaultIcpProfile(settings)).toBe(DEFAULT_ICP_PROFILE);
  });
});

describe('defaultIcpProfile', () => {
  it.each([
    ['fintech-cfos', 'fintech-cfos'],
    ['default', 'default'],
    ['deleted-profile', 'default'],
  ])('should grade against %s: %s', (id, expected) => {
    const settings = { icpProfiles: [DEFAULT_ICP_PROFILE, FINTECH_CFOS], defaultIcpProfileId: id };

    expect(defaultIcpProfile(settings).id).toBe(expected);
  });
});
