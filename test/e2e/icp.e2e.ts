import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, launchExtension, type ExtensionSession } from './harness';
import { DashboardPage } from './pages/dashboard';
import { OptionsPage } from './pages/options';

const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';

describe('editing the ICP in the built extension', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve(LINKEDIN_URL, fixturePage('linkedin-profile.html'));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('should re-grade a stored lead when the ICP is saved, in the dashboard and the stored record', async () => {
    const popup = await (await session.popupFor(LINKEDIN_URL)).popup.ready();
    await popup.save();
    await popup.status().filter({ hasText: 'New lead saved' }).waitFor();
    const [saved] = await session.storedLeads();
    expect(saved?.icp).toEqual({ score: 45, grade: 'C' });
    const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    await dashboard.row('Olena Kovalenko').getByText('Grade C').waitFor();

    const options = new OptionsPage(await session.openExtensionPage('options.html'));
    await options.preview().getByText('Grade C: 1').waitFor();
    // With her company among the industry criterion's keywords she earns its 25 points: 70 of 100.
    const industry = options.criterion(3);
    await industry.getByRole('combobox', { name: 'Reads' }).selectOption({ label: 'Technologies / keywords' });
    await industry.getByRole('textbox', { name: 'Matches' }).fill('finlytics');
    await options.cutoff('A').fill('70');
    await options.preview().getByText('Grade A: 1').waitFor();
    await options.save();
    await options.status().filter({ hasText: 'Saved' }).waitFor();

    await dashboard.row('Olena Kovalenko').getByText('Grade A').waitFor();
    expect((await session.storedLeads())[0]?.icp).toEqual({ score: 70, grade: 'A' });
    await options.page.getByText('All 1 stored leads follow the saved settings.').waitFor();
  });
});
