/**
 * `npm run bench`: the benchmarks, in real Chromium with the built extension loaded.
 * Prints one JSON object per metric line: {"metric": "...", "value": n, "unit": "..."}.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { EXTENSION_DIR, fixturePage, launchExtension, type ExtensionSession } from '../test/e2e/harness';
import type { Page } from 'playwright-core';
import { DashboardPage } from '../test/e2e/pages/dashboard';
import { PopupPage } from '../test/e2e/pages/popup';
import { DEFAULT_ENGAGEMENT_POINTS, DEFAULT_HANDOFF_SCORE } from '../lib/scoring/engagement';
import { DEFAULT_ICP_PROFILE } from '../lib/scoring/icp';
import { DEFAULT_RULES } from '../lib/scoring/temperature';
import { DEFAULT_CHANNELS } from '../lib/settings/channels';
import type { Settings } from '../lib/settings/settings';

const ROOT = path.resolve(import.meta.dirname, '..');
const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';
const POPUP_RUNS = 15;
const EXTRACT_RUNS = 200;
const LARGE_PAGE_URL = 'https://www.northwind-trading.example/news';
const LARGE_PAGE_RUNS = 10;
/** The budget for extracting a 4 MB page (issue 3). */
const LARGE_PAGE_BUDGET_MS = 50;
const REGRADE_LEADS = 100_000;
/** The export benchmark reads the leads the re-grade benchmark stored. */
const EXPORT_LEADS = REGRADE_LEADS;

function report(metric: string, value: number, unit: string): void {
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit }));
}

/** `extractProspect` on the page's own document, `runs` times, in ms each: the extractor alone, loaded as a script. */
async function timeExtraction(page: Page, extractor: string, runs: number): Promise<number[]> {
  await page.addScriptTag({ content: extractor });
  return page.evaluate((count) => {
    const { extractProspect } = (globalThis as unknown as { leadscoutExtract: typeof import('../lib/extract') })
      .leadscoutExtract;
    const times: number[] = [];
    for (let run = 0; run < count; run++) {
      const start = performance.now();
      extractProspect(document, location.href);
      times.push(performance.now() - start);
    }
    return times;
  }, runs);
}

/**
 * A company's news page swollen to about 4 MB: 1,600 article cards of nested markup, links and text,
 * the company's JSON-LD and a contact footer, so that every layer has the whole page to walk.
 */
function largePage(): string {
  const card = (index: number) => `<article class="card" id="post-${index}"><header><h2><a href="/news/${index}">Quarterly update ${index}</a></h2>
    <p class="meta"><span>By the Northwind team</span> · <time datetime="2026-01-${String((index % 28) + 1).padStart(2, '0')}">January</time></p></header>
    <div class="body">${'<p>Northwind Trading ships B2B procurement software to distributors across Europe; this update covers pricing, integrations and the roadmap for the next quarter. </p>'.repeat(12)}
    <ul>${Array.from({ length: 8 }, (_, item) => `<li><a href="/tags/${item}">tag ${item}</a></li>`).join('')}</ul></div></article>`;
  return `<!doctype html><html lang="en"><head><title>News | Northwind Trading</title>
    <meta property="og:site_name" content="Northwind Trading">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Northwind Trading","url":"https://www.northwind-trading.example/"}</script>
    </head><body><main>${Array.from({ length: 1600 }, (_, index) => card(index)).join('\n')}</main>
    <footer><a href="mailto:sales@northwind-trading.example">sales@northwind-trading.example</a> <a href="tel:+442071234567">+44 20 7123 4567</a></footer></body></html>`;
}

function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The extractor alone, as a script a page can load, so its time excludes injection and messaging. */
async function extractorBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'lib/extract/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'leadscoutExtract',
    write: false,
    minify: true,
    tsconfig: path.join(ROOT, 'tsconfig.json'),
  });
  return result.outputFiles[0].text;
}

async function main(): Promise<void> {
  const session = await launchExtension();
  try {
    session.serve(LINKEDIN_URL, fixturePage('linkedin-profile.html'));
    const { page, tabId } = await session.openTab(LINKEDIN_URL);
    await session.clickToolbarIcon(LINKEDIN_URL);

    const readyTimes: number[] = [];
    for (let run = 0; run < POPUP_RUNS; run++) {
      const popup = await new PopupPage(await session.openPopup(tabId)).ready();
      readyTimes.push(
        await popup.page.evaluate(() => performance.getEntriesByName('leadscout:popup-ready')[0].startTime),
      );
      await popup.page.close();
    }
    report('popup.ready_ms', median(readyTimes), 'ms');

    const extractor = await extractorBundle();
    report('extract.linkedin.median_ms', median(await timeExtraction(page, extractor, EXTRACT_RUNS)), 'ms');

    session.serve(LARGE_PAGE_URL, largePage());
    const { page: largeTab } = await session.openTab(LARGE_PAGE_URL);
    const largePageMs = median(await timeExtraction(largeTab, extractor, LARGE_PAGE_RUNS));
    report('extract.large_page_ms', largePageMs, 'ms');
    // The fuzz test leaves speed to this benchmark (happy-dom is no measure of a browser): say so when it is over.
    if (largePageMs > LARGE_PAGE_BUDGET_MS) console.error(`extract.large_page_ms over its ${LARGE_PAGE_BUDGET_MS} ms budget`);

    const captureScript = readFileSync(path.join(EXTENSION_DIR, 'capture.js'));
    report('bundle.capture_gzip_kb', gzipSync(captureScript).length / 1024, 'kB');
  } finally {
    await session.close();
  }
}

/**
 * Seed the background's database with `count` plausible leads in a few large transactions, inside the
 * service worker itself: 100k records never cross the DevTools protocol.
 */
function seedLeads(session: ExtensionSession, count: number): Promise<void> {
  return session.serviceWorker.evaluate(async (total) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('leadscout');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const titles = ['CTO', 'Software Engineer', 'Head of Sales', 'Технічний директор', 'Student', 'Marketing Manager'];
    const sizes = ['1-10', '51-200', '201-500', '1001-5000'];
    const industries = ['Computer Software', 'Retail', 'Fintech', 'Программное обеспечение'];
    const status = { status: 'unknown' };
    for (let start = 0; start < total; start += 10_000) {
      const tx = db.transaction('leads', 'readwrite');
      for (let index = start; index < Math.min(total, start + 10_000); index++) {
        const at = new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString();
        tx.objectStore('leads').put({
          id: `bench-${String(index).padStart(6, '0')}`,
          createdAt: at,
          updatedAt: at,
          person: { fullName: `Lead ${index}`, title: titles[index % titles.length], emails: [`lead${index}@example.com`], phones: [] },
          company: { name: `Company ${index % 997}`, size: sizes[index % sizes.length], industry: industries[index % industries.length] },
          sources: [],
          channels: [{ channel: 'LinkedIn', direction: 'outbound' }],
          history: [{ at, kind: 'generic', channel: { channel: 'LinkedIn', direction: 'outbound' } }],
          bant: { budget: status, authority: status, need: status, timing: status },
          temperature: 'cold',
          stage: 'contact-us',
          icp: { score: 0, grade: 'D' },
          notes: '',
          identityKeys: [`email:lead${index}@example.com`],
          searchText: `lead ${index}`,
          nearKeys: [],
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
  }, count);
}

const SAVE_RUNS = 60;
/** The budget for one save with 100k leads stored (issue 5). */
const SAVE_100K_BUDGET_MS = 30;
const SAVE_WARMUP = 5;
const SMALL_STORE = 1000;

/**
 * Median time of one save through the real message path (an extension page's `runtime.sendMessage`
 * to the background's reply), each merging into one of the seeded leads so that the store keeps its
 * size: the dedupe lookup and the put must not slow down as the store grows.
 */
async function medianSaveMs(session: ExtensionSession, firstLead: number): Promise<number> {
  const page = await session.openExtensionPage('options.html');
  try {
    // On opening, the options page has the background read every lead once for its grade preview
    // (3.5 s at 100k); saves timed during that read measure the read, not the save.
    await page.getByText('Grade A:').waitFor({ timeout: 120_000 });
    const unknown = { status: 'unknown' };
    const inputs = Array.from({ length: SAVE_WARMUP + SAVE_RUNS }, (_, run) => {
      const index = firstLead + run;
      return {
        person: { fullName: `Lead ${index}`, emails: [`lead${index}@example.com`], phones: [] },
        company: { name: `Company ${index % 997}` },
        source: { url: `https://www.linkedin.com/in/lead-${index}/`, kind: 'linkedin-person' },
        bant: { budget: unknown, authority: unknown, need: unknown, timing: unknown },
        stage: 'contact-us',
        notes: `Bench save ${run}`,
      };
    });
    const times = await page.evaluate(async (leads) => {
      const elapsed: number[] = [];
      for (const lead of leads) {
        const start = performance.now();
        const result = (await chrome.runtime.sendMessage({ kind: 'request', name: 'saveLead', data: { lead } })) as { ok: boolean };
        if (!result.ok) throw new Error('A benchmark save failed');
        elapsed.push(performance.now() - start);
      }
      return elapsed;
    }, inputs);
    return median(times.slice(SAVE_WARMUP));
  } finally {
    await page.close();
  }
}

/**
 * The saves at 1k and at 100k stored leads, then, on the 100k store, the background's re-grade of
 * every lead after an edited ICP is saved as the options page does, and the export of them all.
 */
async function storeBenchmarks(): Promise<void> {
  const session = await launchExtension();
  try {
    await seedLeads(session, SMALL_STORE);
    const save1k = await medianSaveMs(session, 0);
    report('save.1k_ms', save1k, 'ms');
    await seedLeads(session, REGRADE_LEADS);
    // Before the re-grade rewrites every record: the store's size is what this measures, not the
    // compaction that follows a rewrite of 100k records.
    const save100k = await medianSaveMs(session, REGRADE_LEADS - SAVE_WARMUP - SAVE_RUNS);
    report('save.100k_ms', save100k, 'ms');
    report('save.ratio_100k_1k', save100k / save1k, '');
    if (save100k > SAVE_100K_BUDGET_MS) console.error(`save.100k_ms over its ${SAVE_100K_BUDGET_MS} ms budget`);
    const settings: Settings = {
      rules: DEFAULT_RULES,
      icpProfiles: [{ ...DEFAULT_ICP_PROFILE, cutoffs: { A: 70, B: 45, C: 20 } }],
      defaultIcpProfileId: DEFAULT_ICP_PROFILE.id,
      engagementPoints: DEFAULT_ENGAGEMENT_POINTS,
      handoffScore: DEFAULT_HANDOFF_SCORE,
      channels: DEFAULT_CHANNELS,
      defaultCountry: 'UA',
    };
    const elapsed = await session.serviceWorker.evaluate(
      (value) =>
        new Promise<number>((resolve) => {
          const start = performance.now();
          // Inline and unnamed: tsx would wrap a named function in a helper the worker does not have.
          chrome.storage.local.onChanged.addListener((changes) => {
            if ((changes.regradeJob?.newValue as { finished?: boolean } | undefined)?.finished) resolve(performance.now() - start);
          });
          void chrome.storage.local.set({ settings: value, settings$: { v: 2 } });
        }),
      settings,
    );
    report('icp.regrade_100k_ms', elapsed, 'ms');
    await exportBenchmark(session);
  } finally {
    await session.close();
  }
}

/**
 * Export every stored lead as a HubSpot CSV from the dashboard, as the rep does: from the click on
 * Download to the file handed to the browser.
 */
async function exportBenchmark(session: ExtensionSession): Promise<void> {
  const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
  await dashboard.rows().first().waitFor();
  await dashboard.exportButton().click();
  const download = dashboard.exportPanel().getByRole('button', { name: 'Download' });
  await dashboard.exportPanel().getByRole('combobox', { name: 'Leads' }).getByRole('option', { name: /^All leads \(/ }).waitFor({ state: 'attached' });
  const start = performance.now();
  const [file] = await Promise.all([dashboard.page.waitForEvent('download'), download.click()]);
  const elapsed = performance.now() - start;
  const rows = (await readFile(await file.path(), 'utf8')).split('\r\n').length - 2;
  if (rows !== EXPORT_LEADS) throw new Error(`The export wrote ${rows} leads, not ${EXPORT_LEADS}`);
  report('export.csv_100k_ms', elapsed, 'ms');
  await dashboard.page.close();
}

await main();
await storeBenchmarks();
