/**
 * `npm run demo`: loads the built extension into Chromium (headless when there is no display),
 * captures the bundled sample pages through the real popup, and writes screenshots and a CSV export
 * to demo-output/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixturePage, launchExtension } from '../test/e2e/harness';
import { DashboardPage } from '../test/e2e/pages/dashboard';
import type { BantAnswerLabel, BantName } from '../test/e2e/pages/popup';

const OUTPUT = path.resolve(import.meta.dirname, '../demo-output');

interface Sample {
  name: string;
  url: string;
  page: string;
  answers: Partial<Record<BantName, BantAnswerLabel>>;
}

const SAMPLES: Sample[] = [
  {
    name: 'linkedin-profile',
    url: 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/',
    page: 'linkedin-profile.html',
    answers: { Budget: 'Yes', Authority: 'Yes', Need: 'Yes', Timing: 'Yes' },
  },
  {
    name: 'linkedin-public-profile',
    url: 'https://ua.linkedin.com/in/andriy-melnyk-9a8b7c?trk=public_profile',
    page: 'linkedin-profile-public.html',
    answers: { Authority: 'Yes', Need: 'Yes', Timing: 'Partial' },
  },
  {
    name: 'company-contact',
    url: 'https://www.brightforge.com.ua/contacts',
    page: 'company-contact.html',
    answers: { Need: 'Partial' },
  },
];

async function main(): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  const session = await launchExtension();
  try {
    for (const sample of SAMPLES) {
      session.serve(sample.url, fixturePage(sample.page));
      const popup = await (await session.popupFor(sample.url)).popup.ready();
      for (const [criterion, answer] of Object.entries(sample.answers)) {
        await popup.answer(criterion as BantName, answer);
      }
      await popup.screenshot(path.join(OUTPUT, `popup-${sample.name}.png`));
      await popup.save();
      const outcome = popup.status().filter({ hasText: /New lead saved|Merged into the existing lead/ });
      await outcome.waitFor();
      console.log(`${sample.name}: ${(await outcome.textContent())?.trim()}`);
    }

    const dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    await dashboard.rows().nth(SAMPLES.length - 1).waitFor();
    await dashboard.page.screenshot({ path: path.join(OUTPUT, 'dashboard.png'), fullPage: true });
    const { text } = await dashboard.exportFile({ columns: 'HubSpot' });
    await dashboard.page.screenshot({ path: path.join(OUTPUT, 'dashboard-export.png'), fullPage: true });
    const csvPath = path.join(OUTPUT, 'leads.csv');
    writeFileSync(csvPath, text);
    console.log(`Wrote screenshots and ${path.relative(process.cwd(), csvPath)} to ${path.relative(process.cwd(), OUTPUT)}/`);
  } finally {
    await session.close();
  }
}

await main();
