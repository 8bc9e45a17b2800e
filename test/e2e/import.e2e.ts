import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '@/lib/db/schema';
import { launchExtension, type ExtensionSession } from './harness';
import { DashboardPage } from './pages/dashboard';

/** An event's attendee list as a spreadsheet exports it: semicolons, a BOM, Ukrainian headers, one bad row. */
const ATTENDEES = [
  "\uFEFFІм'я;Прізвище;Email;Компанія;Посада;Телефон",
  'Olena;Kovalenko;olena@finlytics.io;Finlytics.io;CTO;067 123 45 67',
  'Taras;Melnyk;taras@brightforge.com.ua;Brightforge;Head of Sales;',
  'Broken;Row;taras@;Nowhere;;',
].join('\r\n');

/** The import jobs and how many rows are staged, read from a page without triggering an upgrade. */
function importStores(page: Page): Promise<{ jobs: ImportJob[]; rows: number }> {
  return page.evaluate(
    () =>
      new Promise<{ jobs: ImportJob[]; rows: number }>((resolve, reject) => {
        const open = indexedDB.open('leadscout');
        open.addEventListener('error', () => reject(open.error));
        open.addEventListener('success', () => {
          const tx = open.result.transaction(['importJobs', 'importRows']);
          const jobs = tx.objectStore('importJobs').getAll();
          const rows = tx.objectStore('importRows').count();
          tx.addEventListener('complete', () => {
            open.result.close();
            resolve({ jobs: jobs.result as ImportJob[], rows: rows.result });
          });
        });
      }),
  );
}

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

  // Last: it stops the service worker, after which the session reaches the extension through a page.
  it('deletes the staged rows of an import its page abandoned a day ago when the worker starts', async () => {
    const page = dashboard.page;
    const stage = (total: number) =>
      page.evaluate(async (count) => {
        const send = (name: string, data: unknown) => chrome.runtime.sendMessage({ kind: 'request', name, data });
        const job = (await send('beginImport', { kind: 'import', total: count + 1 })) as { id: string };
        const input = { person: { fullName: 'Half Staged', emails: [], phones: [] }, company: {}, source: { url: '', kind: 'unknown' }, bant: {}, stage: 'mql', notes: '' };
        await send('stageImport', { jobId: job.id, offset: 0, rows: Array.from({ length: count }, () => ({ kind: 'input', input })) });
        return job.id;
      }, total);
    const abandoned = await stage(3);
    const fresh = await stage(2);
    // A day passes: the page that staged the first job is long gone.
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('leadscout');
          open.addEventListener('error', () => reject(open.error));
          open.addEventListener('success', () => {
            const store = open.result.transaction('importJobs', 'readwrite').objectStore('importJobs');
            const read = store.get(id);
            read.addEventListener('success', () => {
              store.put({ ...read.result, createdAt: new Date(Date.now() - 25 * 3_600_000).toISOString() });
              store.transaction.addEventListener('complete', () => {
                open.result.close();
                resolve();
              });
            });
          });
        }),
      abandoned,
    );
    expect((await importStores(page)).rows).toBe(5);

    await session.stopServiceWorker();
    await page.reload();

    await expect.poll(async () => (await importStores(page)).rows).toBe(2);
    expect((await importStores(page)).jobs.map((job) => job.id)).not.toContain(abandoned);
    expect((await importStores(page)).jobs.map((job) => job.id)).toContain(fresh);
  });
});
