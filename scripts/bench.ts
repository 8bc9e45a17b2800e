/**
 * `npm run bench`: the benchmarks, in real Chromium with the built extension loaded.
 * Prints one JSON object per metric line: {"metric": "...", "value": n, "unit": "..."}.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { EXTENSION_DIR, fixturePage, launchExtension } from '../test/e2e/harness';
import { PopupPage } from '../test/e2e/pages/popup';

const ROOT = path.resolve(import.meta.dirname, '..');
const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';
const POPUP_RUNS = 15;
const EXTRACT_RUNS = 200;

function report(metric: string, value: number, unit: string): void {
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, unit }));
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

    await page.addScriptTag({ content: await extractorBundle() });
    const extractTimes = await page.evaluate((runs) => {
      const { extractProspect } = (globalThis as unknown as { leadscoutExtract: typeof import('../lib/extract') })
        .leadscoutExtract;
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        extractProspect(document, location.href);
        times.push(performance.now() - start);
      }
      return times;
    }, EXTRACT_RUNS);
    report('extract.linkedin.median_ms', median(extractTimes), 'ms');

    const captureScript = readFileSync(path.join(EXTENSION_DIR, 'capture.js'));
    report('bundle.capture_gzip_kb', gzipSync(captureScript).length / 1024, 'kB');
  } finally {
    await session.close();
  }
}

await main();
