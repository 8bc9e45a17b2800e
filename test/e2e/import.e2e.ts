import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { DashboardPage } from './pages/dashboard';

/** An event's attendee list as a spreadsheet exports it: semicolons, a BOM, Ukrainian headers, one bad row. */
const ATTENDEES = [
  "\uFEFFІм'я;Прізвище;Email;Компанія;Посада;Телефон",
  'Olena;Kovalenko;olena@finlytics.io;Finlytics.io;CTO;067 123 45 67',
  'Taras;Melnyk;taras@brightforge.com.ua;Brightforge;Head of Sales;',
  'Broken;Row;taras@;Nowhere;;',
].join('\r\n');

describe('CSV import from the dashboard in Chromium', () => {
  let session: ExtensionSession;
  let dashboard: DashboardPage;

  beforeAll(async () => {
    session = await launchExtension();
    dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('imports the good rows of a file into an empty store, tagged with the chosen channel, and reports the bad one', async () => {
    const panel = await dashboard.chooseImportFile('kyiv-meetup.csv', ATTENDEES);
    expect(await panel.getByRole('combobox', { name: 'Email' }).inputValue()).toBe('email');
    await panel.getByRole('combobox', { name: 'Channel of these leads' }).selectOption({ label: 'Event' });
    await expect.poll(() => panel.getByRole('row').filter({ hasText: 'is not an email address' }).count()).toBe(1);

    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Import finished: 2 new leads, 0 merged into stored leads, 1 row skipped with problems' }).waitFor();

    const leads = await session.storedLeads();
    expect(leads.map((lead) => lead.person.fullName).toSorted()).toEqual(['Olena Kovalenko', 'Taras Melnyk']);
    expect(leads.find((lead) => lead.person.fullName === 'Olena Kovalenko')).toMatchObject({
      person: { emails: ['olena@finlytics.io'], phones: ['+380671234567'], title: 'CTO' },
      company: { name: 'Finlytics.io' },
      channels: [{ channel: 'Event', direction: 'outbound' }],
      sources: [{ url: 'import:kyiv-meetup.csv' }],
    });
    await dashboard.row('Olena Kovalenko').waitFor();
  });

  it('merges a file imported again instead of duplicating anyone', async () => {
    const panel = await dashboard.chooseImportFile('kyiv-meetup.csv', ATTENDEES);
    await expect.poll(() => panel.getByRole('row').filter({ hasText: 'Already stored: will merge' }).count()).toBe(2);

    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Import finished: 0 new leads, 2 merged into stored leads' }).waitFor();

    expect(await session.storedLeads()).toHaveLength(2);
  });
});
