import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, FIXTURE_PAGES_DIR, fixturePage, launchExtension, type ExtensionSession } from './harness';
import { DashboardPage } from './pages/dashboard';
import { PopupPage } from './pages/popup';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';
const COMPANY_URL = 'https://www.brightforge.com.ua/contacts';

async function capture(session: ExtensionSession, url: string): Promise<PopupPage> {
  return (await session.popupFor(url)).popup.ready();
}

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    session = await launchExtension();
    session.serve(LINKEDIN_URL, fixturePage('linkedin-profile.html'));
    session.serve(COMPANY_URL, fixturePage('company-contact.html'));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('should ask for no host permission and inject no script on page load', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  });

  it('should capture a LinkedIn profile through the popup into one stored lead', async () => {
    const popup = await capture(session, LINKEDIN_URL);

    expect(await popup.field('Full name').inputValue()).toBe('Olena Kovalenko');
    expect(await popup.field('Job title').inputValue()).toBe('Chief Technology Officer');
    expect(await popup.field('Company').inputValue()).toBe('Finlytics.io');
    await popup.answer('Need', 'Yes');
    await popup.answer('Authority', 'Yes');
    await popup.temperature('Warm').waitFor();
    await popup.screenshot(path.join(SCREENSHOTS, 'popup-linkedin.png'));
    await popup.save();
    await popup.status().filter({ hasText: 'New lead saved' }).waitFor();

    const leads = await session.storedLeads();
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({
      person: { fullName: 'Olena Kovalenko', title: 'Chief Technology Officer', linkedinUrl: LINKEDIN_URL },
      company: { name: 'Finlytics.io' },
      temperature: 'warm',
      bant: { need: { status: 'yes' }, authority: { status: 'yes' }, budget: { status: 'unknown' } },
      sources: [{ url: LINKEDIN_URL, kind: 'linkedin-person' }],
      channels: [{ channel: 'LinkedIn', direction: 'outbound' }],
    });
    await popup.page.close();
  });

  it('should capture a company contact page and show both leads in the dashboard, live', async () => {
    const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    await dashboard.row('Olena Kovalenko').waitFor();
    expect(await dashboard.rows().count()).toBe(1);

    const popup = await capture(session, COMPANY_URL);
    expect(await popup.field('Company').inputValue()).toBe('BrightForge');
    expect(await popup.field('Email').inputValue()).toBe('sales@brightforge.com.ua');
    expect(await popup.field('Phone').inputValue()).toBe('+380441234567');
    await popup.save();
    await popup.status().filter({ hasText: 'New lead saved' }).waitFor();

    // The dashboard was open before the save: it must update without a reload.
    await dashboard.row('BrightForge').waitFor();
    expect(await dashboard.rows().count()).toBe(2);
    await dashboard.page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true });
    const stored = (await session.storedLeads()).find((lead) => lead.company.name === 'BrightForge');
    expect(stored).toMatchObject({
      person: { emails: ['sales@brightforge.com.ua'], phones: ['+380441234567'] },
      company: { domain: 'brightforge.com.ua' },
      sources: [{ url: COMPANY_URL, kind: 'company-site' }],
    });
  });

  it('should merge a second capture of the same person into the same record', async () => {
    const popup = await capture(session, LINKEDIN_URL);
    await popup.page.getByText('Already captured').waitFor();
    await popup.field('Notes').fill('Met at Kyiv Fintech Week');
    await popup.save();
    await popup.status().filter({ hasText: 'Merged into the existing lead' }).waitFor();

    const olenas = (await session.storedLeads()).filter((lead) => lead.person.fullName === 'Olena Kovalenko');
    expect(olenas).toHaveLength(1);
    expect(olenas[0].notes).toContain('Met at Kyiv Fintech Week');
    expect(olenas[0].sources).toHaveLength(2);
  });

  it('should explain that a browser page cannot be captured, and still allow typing a lead', async () => {
    const url = 'chrome://version/';
    const { popup } = await session.popupFor(url);

    await popup.page.getByText(/browser's own pages/i).waitFor();
    await popup.field('Full name').fill('Typed By Hand');
    expect(await popup.page.getByRole('button', { name: 'Save lead' }).isEnabled()).toBe(true);
  });

  it('should explain that a PDF cannot be captured', async () => {
    const url = 'https://www.brightforge.com.ua/price-list.pdf';
    session.serve(url, readFileSync(path.join(FIXTURE_PAGES_DIR, 'price-list.pdf')), 'application/pdf');
    const { popup } = await session.popupFor(url);

    await popup.page.getByText(/PDF/).first().waitFor();
  });
});
