import type { Page } from 'playwright-core';
import type { PushJob, SyncState } from '@/lib/crm/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookServer, WEBHOOK_SECRET, type WebhookServer } from '../unit/crm/servers/webhook-server';
import { launchExtension, type ExtensionSession } from './harness';
import { DashboardPage } from './pages/dashboard';

const PEOPLE = [
  { fullName: 'Olena Kovalenko', email: 'olena@finlytics.io', company: 'Finlytics', domain: 'finlytics.io' },
  { fullName: 'Taras Shevchuk', email: 'taras@brightforge.com.ua', company: 'BrightForge', domain: 'brightforge.com.ua' },
  { fullName: 'Jane Doe', email: 'jane@acme.com', company: 'Acme', domain: 'acme.com' },
];

/** What the popup's Save sends, for a person met on their company's team page. */
function saveLead(page: Page, person: (typeof PEOPLE)[number]): Promise<{ ok: boolean }> {
  return page.evaluate(
    (p) =>
      chrome.runtime.sendMessage({
        kind: 'request',
        name: 'saveLead',
        data: {
          lead: {
            person: { fullName: p.fullName, emails: [p.email], phones: [] },
            company: { name: p.company, domain: p.domain },
            source: { url: `https://${p.domain}/team`, kind: 'company-site' },
            bant: { budget: { status: 'yes' }, authority: { status: 'yes' }, need: { status: 'unknown' }, timing: { status: 'unknown' } },
            stage: 'mql',
            notes: '',
          },
        },
      }) as Promise<{ ok: boolean }>,
    person,
  );
}

/** Every record of a store of the push database, read without triggering an upgrade (TOOLCHAIN.md pitfall 12). */
function crmRecords<Store extends 'jobs' | 'sync'>(session: ExtensionSession, store: Store): Promise<(Store extends 'sync' ? SyncState : PushJob)[]> {
  return session.serviceWorker.evaluate(
    (name) =>
      new Promise<never[]>((resolve, reject) => {
        const open = indexedDB.open('leadscout-crm');
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.addEventListener('success', () => {
            open.result.close();
            resolve(all.result as never[]);
          });
        });
      }),
    store,
  );
}

describe('CRM push to a webhook in Chromium', () => {
  let session: ExtensionSession;
  let server: WebhookServer;

  beforeAll(async () => {
    // Every third request is rate limited for a second: the push must wait and still deliver once.
    server = await startWebhookServer({ every429: 3, retryAfter: '1' });
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('asks for no host at install, connects a webhook from Options, pushes from the dashboard and delivers each lead once, signed', async () => {
    const atInstall = await session.serviceWorker.evaluate(() => chrome.permissions.getAll());
    expect(atInstall.origins ?? []).toEqual([]);

    const options = await session.openExtensionPage('options.html');
    for (const person of PEOPLE) expect((await saveLead(options, person)).ok).toBe(true);

    // The browser's permission prompt is its own window, out of a test's reach; the rep's "Allow" is given
    // the other way the browser offers, the extension's site access on chrome://extensions.
    const extensionsPage = await session.context.newPage();
    await extensionsPage.goto('chrome://extensions');
    await extensionsPage.evaluate(
      (id) => (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'),
      session.extensionId,
    );
    await extensionsPage.close();

    await options.getByRole('textbox', { name: 'Webhook URL' }).fill(`${server.url}/hooks/leadscout`);
    await options.getByLabel('Webhook signing secret').fill(WEBHOOK_SECRET);
    await options.getByRole('button', { name: 'Connect Webhook' }).click();
    await options.getByText(`Connected to ${new URL(server.url).host} since`).waitFor();
    await expect(options.getByRole('button', { name: 'Disconnect Webhook' }).isVisible()).resolves.toBe(true);

    const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    await dashboard.rows().nth(2).waitFor();
    await dashboard.page.getByRole('button', { name: 'Push to CRM' }).click();
    await dashboard.page.getByRole('combobox', { name: 'CRM' }).waitFor();
    await dashboard.page.getByRole('combobox', { name: 'Leads to push' }).selectOption({ label: 'All 3 leads' });
    await dashboard.page.getByRole('button', { name: 'Push leads' }).click();
    await dashboard.page.getByText('3 leads queued for Webhook').waitFor();

    for (const person of PEOPLE) {
      await dashboard.row(person.fullName).getByText(/^Webhook: synced .* · id /).waitFor({ timeout: 30_000 });
    }
    const stored = await session.storedLeads();
    const delivered = [...server.deliveries.values()];
    expect(delivered.map((delivery) => delivery.leadId).sort()).toEqual(stored.map((lead) => lead.id).sort());
    expect(delivered.map((delivery) => delivery.key).sort()).toEqual(stored.map((lead) => `${lead.id}:${lead.updatedAt}`).sort());
    expect(server.repeats).toBe(0);
    expect(server.rejected).toBe(0);
    // Some requests were turned away with 429 and sent again after Retry-After.
    expect(server.log.length).toBeGreaterThan(3);
    await dashboard.page.screenshot({ path: 'test-results/screenshots/dashboard-crm-sync.png', fullPage: true });

    // The token is in the background's own database, not in storage a content script could read.
    const local = await session.serviceWorker.evaluate(() => chrome.storage.local.get(null));
    expect(JSON.stringify(local)).not.toContain(WEBHOOK_SECRET);

    // Pushing again, unchanged: nothing is sent twice.
    const requestsBefore = server.log.length;
    await dashboard.page.getByRole('button', { name: 'Push leads' }).click();
    await dashboard.page.getByText('3 leads queued for Webhook').waitFor();
    // Wait until the queue has handled the three jobs (they leave the queue's store), then count.
    await expect.poll(async () => (await crmRecords(session, 'jobs')).length).toBe(0);
    expect(await session.serviceWorker.evaluate(async () => (await chrome.alarms.get('leadscout-crm-queue')) ?? null)).toBeNull();
    expect(server.log.length).toBe(requestsBefore);

    await options.getByRole('button', { name: 'Disconnect Webhook' }).click();
    await options.getByRole('button', { name: 'Connect Webhook' }).waitFor();
  });

  it('should keep the CRM’s record on the lead that survives a Merge of possible duplicates in the dashboard', async () => {
    const options = await session.openExtensionPage('options.html');
    const cyrillic = { ...PEOPLE[0], fullName: 'Олена Коваленко', email: 'olena.kovalenko@gmail.com' };
    const pushedId = (await session.storedLeads()).find((lead) => lead.person.fullName === PEOPLE[0].fullName)?.id;
    expect((await saveLead(options, cyrillic)).ok).toBe(true);

    const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    await dashboard.possibleDuplicate(cyrillic.fullName).waitFor();
    await dashboard.mergeDuplicate(cyrillic.fullName);

    // Olena Kovalenko was pushed: her record in the CRM is now the merged lead's, and the sync column says so.
    await dashboard.leadRow(cyrillic.fullName).getByText(/^Webhook: synced .* · id /).waitFor();
    expect(await dashboard.rows().count()).toBe(3);
    const survivorId = (await session.storedLeads()).find((lead) => lead.person.fullName === cyrillic.fullName)?.id;
    const rows = (await crmRecords(session, 'sync')).filter((row) => row.leadId === survivorId || row.leadId === pushedId);
    expect(rows).toEqual([expect.objectContaining({ id: `webhook|${survivorId}`, leadId: survivorId, status: 'synced', recordId: expect.any(String) })]);
  });
});
