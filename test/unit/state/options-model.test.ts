import { describe, expect, it } from 'vitest';
import type { ChannelDefinition } from '@/lib/settings/channels';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings/settings';
import { channelProblems, OptionsModel } from '@/lib/state/options-model';

async function openModel() {
  const model = new OptionsModel({ settings: settingsItem });
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

  it('should keep the ICP profile that another page stored meanwhile', async () => {
    const model = await openModel();
    const icpProfiles = [{ ...DEFAULT_SETTINGS.icpProfiles[0]!, name: 'Fintech CFOs' }];
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, icpProfiles });
    model.setMinConfirmed(3);

    await model.save();

    expect((await settingsItem.getValue()).icpProfiles[0]!.name).toBe('Fintech CFOs');
  });

  it('should add a channel that cannot be saved until it has a name', async () => {
    const model = await openModel();

    model.addChannel();
    const added = model.channels.value.at(-1)!;

    expect(added).toMatchObject({ name: '', direction: 'outbound', sites: [] });
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

  it('should list every country with its calling code', async () => {
    const model = await openModel();

    expect(model.countries.value).toContainEqual({ code: 'UA', label: 'Ukraine (+380)' });
  });
});

function channel(id: string, name: string): ChannelDefinition {
  return { id, name, direction: 'outbound', sites: [] };
}

describe('channelProblems', () => {
  it('should accept distinct names', () => {
    expect(channelProblems([channel('a', 'LinkedIn'), channel('b', 'Events')])).toEqual([]);
  });

  it('should reject an empty name and names that differ only in case or spaces', () => {
    const problems = channelProblems([channel('a', 'LinkedIn'), channel('b', ' linkedin '), channel('c', ' ')]);

    expect(problems).toEqual([
      'Every channel needs a name.',
      'Two channels are called “linkedin”: leads could not tell them apart.',
    ]);
  });
});
