import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings/settings';
import { OptionsModel } from '@/lib/state/options-model';
import { fakeOptionsDeps } from '../../fixtures/options-deps';

async function openModel() {
  const model = new OptionsModel(fakeOptionsDeps().deps);
  await model.load();
  return model;
}

describe('OptionsModel', () => {
  it('should show the stored settings with nothing to save', async () => {
    const model = await openModel();

    expect(model.rules.value).toEqual(DEFAULT_SETTINGS.rules);
    expect(model.channels.value.map((c) => c.name)).toContain('LinkedIn');
    expect(model.defaultCountry.value).toBe('UA');
    expect(model.canSave.value).toBe(false);
    expect(model.statusText.value).toBe('');
  });

  it('should save the edited rules, channels and country and say Saved', async () => {
    const model = await openModel();
    model.setMinConfirmed(3);
    model.setRequireNeedAndAuthority(false);
    model.renameChannel('event', '  Conference  ');
    model.setChannelDirection('event', 'inbound');
    model.setDefaultCountry('PL');

    await model.save();

    const stored = await settingsItem.getValue();
    expect(stored.rules).toEqual({ minConfirmedForMql: 3, requireNeedAndAuthority: false });
    expect(stored.channels.find((c) => c.id === 'event')).toMatchObject({ name: 'Conference', direction: 'inbound' });
    expect(stored.defaultCountry).toBe('PL');
    expect(model.statusText.value).toBe('Saved');
    expect(model.isDirty.value).toBe(false);
  });

  it('should say Unsaved changes again after an edit that follows a save', async () => {
    const model = await openModel();
    model.setMinConfirmed(1);
    await model.save();

    model.setMinConfirmed(4);

    expect(model.statusText.value).toBe('Unsaved changes');
  });

  it('should save edited ICP profiles, the default profile, engagement points and the hand-off score', async () => {
    const model = await openModel();
    model.icp.duplicateSelected();
    model.icp.rename('  Fintech CFOs ');
    model.icp.setCutoff('A', 90);
    model.icp.updateCriterion('decision-maker', { match: ['cfo', 'фінансовий директор'], points: 60 });
    model.icp.addExclusion();
    model.icp.setDefault(model.icp.selected.value.id);
    model.setEngagementPoints('demo', 50);
    model.setHandoffScore(60);

    await model.save();

    const stored = await settingsItem.getValue();
    expect(stored.icpProfiles.map((profile) => profile.name)).toEqual(['B2B software buyer', 'Fintech CFOs']);
    expect(stored.defaultIcpProfileId).toBe(stored.icpProfiles[1]!.id);
    expect(stored.icpProfiles[1]).toMatchObject({
      cutoffs: { A: 90, B: 50, C: 25 },
      criteria: expect.arrayContaining([expect.objectContaining({ id: 'decision-maker', match: ['cfo', 'фінансовий директор'], points: 60 })]),
      exclusions: [expect.anything(), expect.objectContaining({ label: 'New exclusion' })],
    });
    expect(stored.icpProfiles[0]).toEqual(DEFAULT_SETTINGS.icpProfiles[0]);
    expect(stored.engagementPoints.demo).toBe(50);
    expect(stored.handoffScore).toBe(60);
  });

  it('should keep the last ICP profile and move the default when its profile is deleted', async () => {
    const model = await openModel();
    model.icp.removeSelected();
    expect(model.icp.profiles.value).toHaveLength(1);

    model.icp.addProfile();
    model.icp.setDefault(model.icp.selected.value.id);
    model.icp.removeSelected();

    expect(model.icp.profiles.value.map((profile) => profile.id)).toEqual(['default']);
    expect(model.icp.defaultProfileId.value).toBe('default');
  });

  it.each([
    ['cutoffs out of order', (model: OptionsModel) => model.icp.setCutoff('B', 80), /Grade A needs more points/],
    ['a blank profile name', (model: OptionsModel) => model.icp.rename(' '), /needs a name/],
    ['a cleared points box', (model: OptionsModel) => model.icp.updateCriterion('industry', { points: Number.NaN }), /whole numbers/],
    ['negative engagement points', (model: OptionsModel) => model.setEngagementPoints('reply', -1), /Engagement points/],
  ])('should not save %s', async (_case, edit, problem) => {
    const model = await openModel();

    edit(model);

    expect(model.problems.value).toEqual([expect.stringMatching(problem)]);
    expect(model.canSave.value).toBe(false);
  });

  it('should preview the stored leads by grade for the profile being edited, asking again after an edit', async () => {
    const fake = fakeOptionsDeps({ A: 2, B: 0, C: 1, D: 7 });
    const model = new OptionsModel(fake.deps);
    await model.load();

    await vi.waitFor(() => expect(model.icp.preview.value).toEqual({ phase: 'ready', counts: { A: 2, B: 0, C: 1, D: 7 }, total: 10 }));
    model.icp.setCutoff('A', 60);

    await vi.waitFor(() => expect(fake.request).toHaveBeenLastCalledWith('gradeDistribution', { profile: model.icp.selected.value }));
    expect(model.icp.selected.value.cutoffs.A).toBe(60);
  });

  it.each([
    [{ done: 500, total: 1200 }, 'Updating stored leads to the saved settings: 500 of 1200…'],
    [{ done: 1200, total: 1200 }, 'All 1200 stored leads follow the saved settings.'],
  ])('should show re-grade progress %j as %j', async (progress, text) => {
    const fake = fakeOptionsDeps();
    const model = new OptionsModel(fake.deps);
    await model.load();

    fake.emitRegradeProgress(progress);

    expect(model.regradeText.value).toBe(text);
  });

  it('should add a channel that cannot be saved until it has a name', async () => {
    const model = await openModel();

    model.addChannel();
    const added = model.channels.value.at(-1)!;

    expect(added).toMatchObject({ name: '', direction: 'outbound', monthlyBudget: '', currency: 'USD', sites: '' });
    expect(model.canSave.value).toBe(false);
    model.renameChannel(added.id, 'Webinars');
    expect(model.canSave.value).toBe(true);
  });

  it('should keep the last channel', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, channels: DEFAULT_SETTINGS.channels.slice(0, 2) });
    const model = await openModel();

    model.removeChannel('linkedin');
    model.removeChannel('github');

    expect(model.channels.value.map((c) => c.id)).toEqual(['github']);
  });

  it('should save a channel’s budget and detection rules, read from what was typed', async () => {
    const model = await openModel();

    model.editChannel('event', 'monthlyBudget', '1 500,50');
    model.editChannel('event', 'currency', 'UAH');
    model.editChannel('event', 'sites', 'https://www.DevConf.example/2026, ');
    model.editChannel('event', 'utmSources', 'DevConf,\nmeetup');
    model.editChannel('event', 'utmCampaigns', 'devconf-2026');
    model.editChannel('event', 'referrers', 'talks.devconf.example');
    await model.save();

    expect((await settingsItem.getValue()).channels.find((c) => c.id === 'event')).toEqual({
      id: 'event',
      name: 'Event',
      direction: 'outbound',
      monthlyBudget: 1500.5,
      currency: 'UAH',
      sites: ['devconf.example'],
      utmSources: ['devconf', 'meetup'],
      utmCampaigns: ['devconf-2026'],
      referrers: ['talks.devconf.example'],
    });
    expect(model.isDirty.value).toBe(false);
  });

  it('should not save a budget that is no amount, and say why', async () => {
    const model = await openModel();

    model.editChannel('event', 'monthlyBudget', 'a lot');

    expect(model.canSave.value).toBe(false);
    expect(model.problems.value).toEqual(['Event: the monthly budget is an amount such as 1500 or 1500.50 (or empty for none).']);
  });

  it('should list every country with its calling code', async () => {
    const model = await openModel();

    expect(model.countries.value).toContainEqual({ code: 'UA', label: 'Ukraine (+380)' });
  });
});
