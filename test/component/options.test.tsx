import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { settingsItem } from '@/lib/settings/settings';
import { fakeOptionsDeps } from '../fixtures/options-deps';

function renderOptions() {
  const fake = fakeOptionsDeps();
  render(<App deps={fake.deps} />);
  return fake;
}

function saveButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement;
}

function channelRows(): HTMLElement[] {
  return screen.getAllByRole('group', { name: /^Channel \d+$/ });
}

describe('Options App', () => {
  afterEach(() => {
    cleanup();
  });

  it('should show the three sections with the stored settings', async () => {
    renderOptions();

    const minimum = (await screen.findByRole('combobox', { name: 'Confirmed criteria for warm' })) as HTMLSelectElement;

    expect(screen.getByRole('heading', { name: 'Qualification rules' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Channels' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Phone numbers' })).toBeTruthy();
    expect(minimum.value).toBe('2');
    expect((screen.getByRole('checkbox', { name: 'Warm requires Need and Authority' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Default country' }) as HTMLSelectElement).value).toBe('UA');
    expect(saveButton().disabled).toBe(true);
  });

  it('should save the qualification rules and say Saved', async () => {
    renderOptions();
    const minimum = await screen.findByRole('combobox', { name: 'Confirmed criteria for warm' });

    fireEvent.change(minimum, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Warm requires Need and Authority' }));
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect((await settingsItem.getValue()).rules).toEqual({ minConfirmedForMql: 3, requireNeedAndAuthority: false });
  });

  it('should add, rename and remove channels', async () => {
    renderOptions();
    await screen.findByRole('heading', { name: 'Channels' });
    const before = channelRows().length;

    fireEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    const added = channelRows().at(-1)!;
    fireEvent.input(within(added).getByRole('textbox', { name: 'Name' }), { target: { value: 'Webinars' } });
    fireEvent.change(within(added).getByRole('combobox', { name: 'Direction' }), { target: { value: 'inbound' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Referral' }));
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    const names = (await settingsItem.getValue()).channels.map((channel) => channel.name);
    expect(names).toHaveLength(before);
    expect(names).toContain('Webinars');
    expect(names).not.toContain('Referral');
  });

  it('should not save two channels with the same name', async () => {
    renderOptions();
    await screen.findByRole('heading', { name: 'Channels' });

    fireEvent.input(within(channelRows()[1]!).getByRole('textbox', { name: 'Name' }), { target: { value: 'linkedin' } });

    expect(await screen.findByText(/Two channels are called/)).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
  });

  it('should save a channel’s monthly budget, currency and auto-detect rules', async () => {
    renderOptions();
    await screen.findByRole('heading', { name: 'Channels' });
    const event = channelRows().find((row) => (within(row).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value === 'Event')!;

    fireEvent.input(within(event).getByRole('textbox', { name: 'Monthly budget' }), { target: { value: '2500' } });
    fireEvent.change(within(event).getByRole('combobox', { name: 'Currency' }), { target: { value: 'EUR' } });
    fireEvent.input(within(event).getByLabelText('Sites'), { target: { value: 'devconf.example' } });
    fireEvent.input(within(event).getByLabelText('utm_source values'), { target: { value: 'devconf' } });
    fireEvent.input(within(event).getByLabelText('utm_campaign values'), { target: { value: 'devconf-2026' } });
    fireEvent.input(within(event).getByLabelText('Referrer sites'), { target: { value: 'https://talks.devconf.example/' } });
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect((await settingsItem.getValue()).channels.find((channel) => channel.name === 'Event')).toMatchObject({
      monthlyBudget: 2500,
      currency: 'EUR',
      sites: ['devconf.example'],
      utmSources: ['devconf'],
      utmCampaigns: ['devconf-2026'],
      referrers: ['talks.devconf.example'],
    });
    expect(within(event).getByText('(4)')).toBeTruthy();
  });

  it('should say which budget and which rule cannot be saved', async () => {
    renderOptions();
    await screen.findByRole('heading', { name: 'Channels' });
    const first = channelRows()[0]!;

    fireEvent.input(within(first).getByRole('textbox', { name: 'Monthly budget' }), { target: { value: 'lots' } });
    fireEvent.input(within(first).getByLabelText('Referrer sites'), { target: { value: 'linkedin.com, my feed' } });

    expect(await screen.findByText('LinkedIn: the monthly budget is an amount such as 1500 or 1500.50 (or empty for none).')).toBeTruthy();
    expect(screen.getByText('LinkedIn: “my feed” is not a referrer site: write a host such as linkedin.com.')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
  });

  it('should save the default country for phone numbers', async () => {
    renderOptions();
    const country = await screen.findByRole('combobox', { name: 'Default country' });

    fireEvent.change(country, { target: { value: 'PL' } });
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect((await settingsItem.getValue()).defaultCountry).toBe('PL');
  });

  it('should preview how many stored leads fall in each grade with the profile being edited', async () => {
    renderOptions();

    const preview = await screen.findByRole('region', { name: 'Stored leads by grade with this profile' });

    await waitFor(() => expect(preview.textContent).toContain('Grade A: 1'));
    expect(preview.textContent).toContain('Grade D: 4');
  });

  it('should edit a criterion, the cutoffs and the profile name, and save them', async () => {
    renderOptions();
    const industry = await screen.findByRole('group', { name: 'Criterion 3' });

    fireEvent.change(within(industry).getByRole('textbox', { name: 'Matches' }), { target: { value: 'fintech, банківська справа' } });
    fireEvent.input(within(industry).getByRole('spinbutton', { name: 'Points' }), { target: { value: '40' } });
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Grade A from' }), { target: { value: '80' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Profile name' }), { target: { value: 'Fintech buyers' } });
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    const [profile] = (await settingsItem.getValue()).icpProfiles;
    expect(profile).toMatchObject({ name: 'Fintech buyers', cutoffs: { A: 80, B: 50, C: 25 } });
    expect(profile!.criteria[2]).toMatchObject({ match: ['fintech', 'банківська справа'], points: 40 });
  });

  it('should add, duplicate and delete profiles, and choose the one that grades leads', async () => {
    renderOptions();
    await screen.findByRole('heading', { name: 'Ideal customer profiles' });

    fireEvent.click(screen.getByRole('button', { name: 'Duplicate profile' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add profile' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete profile' }));
    const copy = within(screen.getByRole('combobox', { name: 'Grade leads with' })).getByRole('option', { name: 'B2B software buyer (copy)' }) as HTMLOptionElement;
    fireEvent.change(screen.getByRole('combobox', { name: 'Grade leads with' }), { target: { value: copy.value } });
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    const stored = await settingsItem.getValue();
    expect(stored.icpProfiles.map((profile) => profile.name)).toEqual(['B2B software buyer', 'B2B software buyer (copy)']);
    expect(stored.defaultIcpProfileId).toBe(copy.value);
  });

  it('should add an exclusion with its keywords and remove a criterion', async () => {
    renderOptions();
    await screen.findByRole('heading', { name: 'Ideal customer profiles' });

    fireEvent.click(screen.getByRole('button', { name: 'Add exclusion' }));
    const exclusion = screen.getByRole('group', { name: 'Exclusion 2' });
    fireEvent.input(within(exclusion).getByRole('textbox', { name: 'Label' }), { target: { value: 'Competitors' } });
    fireEvent.change(within(exclusion).getByRole('combobox', { name: 'Reads' }), { target: { value: 'keywords' } });
    fireEvent.change(within(exclusion).getByRole('textbox', { name: 'Matches' }), { target: { value: 'Acme CRM, Конкурент' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove criterion Software or IT industry' }));
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    const [profile] = (await settingsItem.getValue()).icpProfiles;
    expect(profile!.exclusions[1]).toMatchObject({ label: 'Competitors', field: 'keywords', match: ['Acme CRM', 'Конкурент'] });
    expect(profile!.criteria.map((criterion) => criterion.label)).toEqual(['Decision-maker title', 'Company of 51–1000 people']);
  });

  it('should save the engagement points and the hand-off score', async () => {
    renderOptions();
    const demo = await screen.findByRole('spinbutton', { name: 'Demo' });

    fireEvent.input(demo, { target: { value: '45' } });
    fireEvent.input(screen.getByRole('spinbutton', { name: 'Hand-off score' }), { target: { value: '70' } });
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    const stored = await settingsItem.getValue();
    expect(stored.engagementPoints.demo).toBe(45);
    expect(stored.handoffScore).toBe(70);
  });

  it('should show the re-grading progress the background reports', async () => {
    const fake = renderOptions();
    await screen.findByRole('heading', { name: 'Ideal customer profiles' });

    act(() => fake.emitRegradeProgress({ done: 500, total: 2000 }));

    const progress = screen.getByRole('progressbar', { name: 'Updating stored leads' }) as HTMLProgressElement;
    expect(progress.value).toBe(500);
    expect(screen.getByText('Updating stored leads to the saved settings: 500 of 2000…')).toBeTruthy();
  });
});
