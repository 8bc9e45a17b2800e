import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadInput } from '@/lib/leads/types';
import { fixturePage, launchExtension, type ExtensionSession } from './harness';
import { DashboardPage } from './pages/dashboard';
import { leadInput, sendFrom, storedLead } from './requests';

const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';

/** Everything in the extension's storage.local (settings, retention…), read from one of its pages. */
function localStorageOf(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => chrome.storage.local.get(null));
}

describe('data safety in a real browser', () => {
  let session: ExtensionSession;
  let tmp: string;

  beforeEach(async () => {
    session = await launchExtension();
    session.serve(LINKEDIN_URL, fixturePage('linkedin-profile.html'));
    tmp = mkdtempSync(path.join(tmpdir(), 'leadscout-backup-'));
  });

  afterEach(async () => {
    await session.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('should keep exactly one complete record when the service worker is stopped in the middle of a save', async () => {
    const { popup } = await session.popupFor(LINKEDIN_URL);
    await popup.ready();
    await popup.field('Notes').fill('Met at Kyiv Fintech Week');

    await Promise.all([popup.save(), session.stopServiceWorker()]);

    await expect.poll(() => popup.status().first().textContent(), { timeout: 20_000 }).toMatch(/New lead saved|Merged into the existing lead/);
    const leads = await session.storedLeads();
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ person: { fullName: 'Olena Kovalenko' }, notes: 'Met at Kyiv Fintech Week' });
    expect(leads[0].identityKeys).toContain('linkedin:olena-kovalenko-4b2a19');
  });

  it('should merge 20 saves of one person sent at once from 5 popups into one record with everything in it', async () => {
    const { tabId } = await session.openTab(LINKEDIN_URL);
    await session.clickToolbarIcon(LINKEDIN_URL);
    const popups = await Promise.all(Array.from({ length: 5 }, () => session.openPopup(tabId)));
    const saves: LeadInput[] = Array.from({ length: 20 }, (_, n) =>
      leadInput({
        linkedinUrl: LINKEDIN_URL,
        emails: [`olena${n}@finlytics.io`],
        url: `${LINKEDIN_URL}?save=${n}`,
        channel: `Campaign ${n}`,
        notes: `Save ${n} of 20.`,
      }),
    );

    const results = await Promise.all(
      popups.map((page, index) =>
        page.evaluate(
          (inputs) => Promise.all(inputs.map((lead) => chrome.runtime.sendMessage({ kind: 'request', name: 'saveLead', data: { lead } }))),
          saves.slice(index * 4, index * 4 + 4),
        ),
      ),
    );

    const leads = await session.storedLeads();
    expect(results.flat().every((result: { ok: boolean }) => result.ok)).toBe(true);
    expect(leads).toHaveLength(1);
    const [lead] = leads;
    expect(lead.identityKeys).toEqual(expect.arrayContaining(saves.map((save) => `email:${save.person.emails[0]}`)));
    expect(lead.sources.map((source) => source.url).toSorted()).toEqual(saves.map((save) => save.source.url).toSorted());
    expect(lead.channels.map((channel) => channel.channel).toSorted()).toEqual(saves.map((save) => save.channel!.channel).toSorted());
    for (const save of saves) expect(lead.notes).toContain(save.notes);
  });

  it('should refuse to capture again a person deleted with "Don\'t capture this person again"', async () => {
    const first = await session.popupFor(LINKEDIN_URL);
    await first.popup.ready();
    await first.popup.save();
    await expect.poll(() => first.popup.status().first().textContent()).toBe('New lead saved');
    const dashboard = await session.openExtensionPage('leads.html');

    await dashboard.getByRole('row', { name: /Olena Kovalenko/ }).getByRole('button', { name: 'Delete' }).click();
    const dialog = dashboard.getByRole('dialog', { name: 'Delete Olena Kovalenko?' });
    await dialog.getByRole('checkbox', { name: "Don't capture this person again" }).check();
    await dialog.getByRole('button', { name: 'Delete lead' }).click();
    await new DashboardPage(dashboard).status(/^Deleted Olena Kovalenko\. LeadScout will not capture this person again\.$/).waitFor();
    const again = await session.popupFor(LINKEDIN_URL);
    await again.popup.ready();

    await again.popup.page.getByText('Deleted on request', { exact: true }).waitFor();
    await again.popup.save();
    await expect.poll(() => again.popup.status().first().textContent()).toMatch(/^This person was deleted on request and is not captured again/);
    expect(await session.storedLeads()).toEqual([]);
  });

  it('should give back identical leads and settings when a backup is restored into a cleared store', async () => {
    const dashboard = await session.openExtensionPage('leads.html');
    for (const n of [1, 2, 3]) {
      await sendFrom(dashboard, 'saveLead', { lead: leadInput({ fullName: `Person ${n}`, emails: [`person${n}@acme.com`], notes: `Lead ${n}` }) });
    }
    await dashboard.getByLabel('Delete leads untouched for', { exact: true }).selectOption('24');
    await expect.poll(async () => (await localStorageOf(dashboard)).retention).toEqual({ months: 24 });
    const leadsBefore = await session.storedLeads();
    const storageBefore = await localStorageOf(dashboard);

    const file = await new DashboardPage(dashboard).backUp(tmp);
    await dashboard.evaluate(async () => {
      await chrome.storage.local.clear();
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('leadscout');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['leads', 'suppression'], 'readwrite');
          tx.objectStore('leads').clear();
          tx.objectStore('suppression').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      });
    });
    expect(await session.storedLeads()).toEqual([]);
    await new DashboardPage(dashboard).restore(file);

    await new DashboardPage(dashboard).status(/^Restored 3 leads \(3 new, 0 merged\) and the settings$/).waitFor({ timeout: 30_000 });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await session.storedLeads()).toSorted(byId)).toEqual(leadsBefore.toSorted(byId));
    const storageAfter = await localStorageOf(dashboard);
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { settings: { value: unknown } };
    expect(storageAfter.retention).toEqual(storageBefore.retention);
    expect(storageAfter.settings).toEqual(storageBefore.settings ?? backup.settings.value);
  });

  it('should store every lead of a restore exactly once when the service worker is stopped in the middle of it', async () => {
    const total = 5000;
    const dashboard = await session.openExtensionPage('leads.html');
    const empty = JSON.parse(readFileSync(await new DashboardPage(dashboard).backUp(tmp), 'utf8')) as Record<string, unknown>;
    const file = path.join(tmp, 'big-backup.json');
    writeFileSync(file, JSON.stringify({ ...empty, leads: Array.from({ length: total }, (_, n) => storedLead(n)) }));

    await new DashboardPage(dashboard).restore(file);
    await new DashboardPage(dashboard).status(/^Restoring… [\d,]+ of 5,000 leads stored$/).waitFor({ timeout: 60_000 });
    await session.stopServiceWorker();
    const storedWhenStopped = (await session.storedLeads()).length;

    await new DashboardPage(dashboard).status(/^Restored 5,000 leads \(5,000 new, 0 merged\) and the settings$/).waitFor({ timeout: 60_000 });
    const stored = await session.storedLeads();
    expect(storedWhenStopped).toBeGreaterThan(0);
    expect(storedWhenStopped).toBeLessThan(total);
    expect(stored).toHaveLength(total);
    expect(new Set(stored.map((lead) => lead.id)).size).toBe(total);
  });
});
