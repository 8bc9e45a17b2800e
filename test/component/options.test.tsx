import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { settingsItem } from '@/lib/settings/settings';

function renderOptions() {
  render(<App deps={{ settings: settingsItem }} />);
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

  it('should save the default country for phone numbers', async () => {
    renderOptions();
    const country = await screen.findByRole('combobox', { name: 'Default country' });

    fireEvent.change(country, { target: { value: 'PL' } });
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect((await settingsItem.getValue()).defaultCountry).toBe('PL');
  });
});
