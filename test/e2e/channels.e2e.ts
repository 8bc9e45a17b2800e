import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageUrlFilter } from '@/lib/badge/known-page-rules';
import { matchesUrlFilter } from '../fixtures/url-filter';
import { EXTENSION_DIR, fixturePage, launchExtension, type ExtensionSession } from './harness';
import { DashboardPage } from './pages/dashboard';
import { OptionsPage } from './pages/options';
import { PopupPage } from './pages/popup';

const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';
const CAMPAIGN_URL = 'https://www.brightforge.com.ua/contacts?utm_source=newsletter&utm_campaign=spring-2026';
const TWEET_LINK_URL = 'https://t.co/Qw3rTy9UiO';
const TEAM_URL = 'https://www.brightforge.com.ua/team';
const GITHUB_URL = 'https://github.com/ibondar';
const COMPANY_PAGE_URL = 'https://www.linkedin.com/company/cargotrack/about/';

/** The page rules the service worker registered, as the browser reports them back. */
function registeredRules(session: ExtensionSession) {
  return session.serviceWorker.evaluate(
    () =>
      new Promise<{ id?: string; conditions: { pageUrl?: PageUrlFilter }[]; actions: { instanceType?: string }[] }[]>(
        (resolve) => chrome.declarativeContent.onPageChanged.getRules((rules) => resolve(rules as never)),
      ),
  );
}

describe('channels and the known-lead icon in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve(LINKEDIN_URL, fixturePage('linkedin-profile.html'));
    session.serve(CAMPAIGN_URL, fixturePage('company-contact.html'));
    session.serve(TWEET_LINK_URL, `<a href="${TEAM_URL}">Brightforge team</a>`);
    session.serve(TEAM_URL, fixturePage('company-contact.html'));
    session.serve(GITHUB_URL, fixturePage('github-user.html'));
    session.serve(COMPANY_PAGE_URL, fixturePage('linkedin-company.html'));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('should ask for declarativeContent, which needs no host permission', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

    expect(manifest.permissions).toContain('declarativeContent');
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('should tag a page opened from a newsletter link with the Newsletter channel and its campaign', async () => {
    const { popup } = await session.popupFor(CAMPAIGN_URL);
    await popup.ready();

    expect(await popup.select('Channel').locator('option:checked').textContent()).toBe('Newsletter');
    expect(await popup.field('Campaign').inputValue()).toBe('spring-2026');
    await popup.field('Promo code or hashtag').fill('SPRING26');
    await popup.save();
    await popup.status().filter({ hasText: 'New lead saved' }).waitFor();

    const [lead] = (await session.storedLeads()).filter((stored) => stored.sources.some((s) => s.url === CAMPAIGN_URL));
    expect(lead?.channels).toEqual([{ channel: 'Newsletter', direction: 'inbound', campaign: 'spring-2026', code: 'SPRING26' }]);
  });

  it('should mark a saved lead’s profile pages by rules the browser holds, and no other profile', async () => {
    const { popup } = await session.popupFor(LINKEDIN_URL);
    await popup.ready();
    await popup.save();
    await popup.status().filter({ hasText: 'New lead saved' }).waitFor();

    // The rules follow the save in the background: wait until the browser holds one for the profile.
    const marks = async (url: string) =>
      (await registeredRules(session)).some((rule) =>
        rule.conditions.some((condition) => condition.pageUrl && matchesUrlFilter(condition.pageUrl, url)),
      );
    await expect.poll(() => marks(LINKEDIN_URL)).toBe(true);
    expect(await marks('https://ua.linkedin.com/in/olena-kovalenko-4b2a19/overlay/contact-info/')).toBe(true);
    expect(await marks('https://www.linkedin.com/in/somebody-else/')).toBe(false);

    const github = await session.popupFor(GITHUB_URL);
    await github.popup.ready();
    await github.popup.save();
    await github.popup.status().filter({ hasText: /New lead saved|Merged into the existing lead/ }).waitFor();
    // Chrome took the case-insensitive pattern (RE2): the login as written in any case is marked.
    await expect.poll(() => marks('https://github.com/IBondar?tab=repositories')).toBe(true);
    expect(await marks('https://github.com/ibondar-bot')).toBe(false);

    // A company lead (its LinkedIn page, nobody on it) marks the company's LinkedIn pages.
    const company = await session.popupFor(COMPANY_PAGE_URL);
    await company.popup.ready();
    await company.popup.save();
    await company.popup.status().filter({ hasText: 'New lead saved' }).waitFor();
    await expect.poll(() => marks('https://www.linkedin.com/company/cargotrack/')).toBe(true);
    expect(await marks('https://www.linkedin.com/company/cargotrack-group/')).toBe(false);
    const rules = await registeredRules(session);
    expect(rules.every((rule) => rule.actions.every((action) => action.instanceType === 'declarativeContent.SetIcon'))).toBe(true);
  });

  it('should preselect X for a page the rep reached from a t.co link (the page’s referrer)', async () => {
    const { page, tabId } = await session.openTab(TWEET_LINK_URL);
    await page.getByRole('link', { name: 'Brightforge team' }).click();
    await page.waitForURL(TEAM_URL);
    await session.clickToolbarIcon(TEAM_URL);
    const popup = await new PopupPage(await session.openPopup(tabId)).ready();

    expect(await popup.select('Channel').locator('option:checked').textContent()).toBe('X (Twitter)');
    await popup.page.getByText('Detected from the page you came from').waitFor();
  });

  it('should keep each capture of one person as a dated touch, listed in the dashboard', async () => {
    const { popup } = await session.popupFor(LINKEDIN_URL);
    await popup.ready();
    await popup.field('Campaign').fill('Follow-up');
    await popup.save();
    await popup.status().filter({ hasText: 'Merged into the existing lead' }).waitFor();

    const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    const row = dashboard.row('Olena Kovalenko');
    await row.getByText('· 2 touches').click();
    const touches = row.getByRole('listitem');
    await expect.poll(() => touches.count()).toBe(2);
    expect(await touches.first().textContent()).toMatch(/LinkedIn \(Follow-up\) www\.linkedin\.com$/);
  });

  // Last: it stops the service worker, after which the session reaches the extension through a page.
  it('should retag the stored leads and their touches when a channel is renamed, even if the worker is stopped right after', async () => {
    const options = new OptionsPage(await session.openExtensionPage('options.html'));
    const linkedin = options.page.getByRole('group', { name: 'Channel 1', exact: true });
    await linkedin.getByRole('textbox', { name: 'Name' }).fill('LinkedIn DMs');
    await options.save();
    await options.status().filter({ hasText: 'Saved' }).waitFor();
    await session.stopServiceWorker();

    // The dashboard's first message starts the worker again, which walks the leads the rename left behind.
    const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    const olena = async () => (await session.storedLeads()).find((lead) => lead.person.fullName === 'Olena Kovalenko');
    await expect.poll(async () => [...new Set((await olena())?.channels.map((tag) => tag.channel))], { timeout: 20_000 }).toEqual(['LinkedIn DMs']);
    expect((await olena())?.history.map((touch) => touch.channel?.channel)).toEqual(['LinkedIn DMs', 'LinkedIn DMs']);
    await dashboard.row('Olena Kovalenko').getByText('LinkedIn DMs').first().waitFor();
    const newsletter = (await session.storedLeads()).filter((lead) => lead.channels.some((tag) => tag.channel === 'Newsletter'));
    expect(newsletter).toHaveLength(1);
  });
});
