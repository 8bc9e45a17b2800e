import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '@/lib/leads/types';
import { fixturePage, launchExtension, type ExtensionSession } from './harness';

const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';

/** Yesterday as a date field writes it, in the browser's (the machine's) time zone. */
function yesterday(): string {
  const day = new Date();
  day.setDate(day.getDate() - 1);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

describe('qualifying a lead in the popup, in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve(LINKEDIN_URL, fixturePage('linkedin-profile.html'));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('should store a Hot lead with its BANT details, a Demo, and fire its reminder', async () => {
    const popup = await (await session.popupFor(LINKEDIN_URL)).popup.ready();

    for (const criterion of ['Budget', 'Authority', 'Need', 'Timing'] as const) await popup.answer(criterion, 'Yes');
    await popup.scoring().getByText('Hot', { exact: true }).waitFor();
    // Answering Yes opened each criterion's details.
    await popup.detail('Budget amount').fill('50 000');
    await popup.detail('Currency').selectOption('EUR');
    await popup.detail('Authority role').selectOption({ label: 'Decision maker' });
    await popup.detail('Need note').fill('Faster month-end close');
    await popup.detail('Timeframe').fill('Q3');
    await popup.logActivity('Demo');
    await popup.scoring().getByText('30', { exact: true }).waitFor();
    await popup.scoring().getByText('10 to hand-off').waitFor();
    await popup.select('Stage').selectOption({ label: 'Contact in the future' });
    await popup.detail('Reminder date').fill(yesterday());
    await popup.detail('Reminder note').fill('After their audit');
    await popup.save();
    await popup.status().filter({ hasText: 'New lead saved' }).waitFor();

    const [lead] = await session.storedLeads();
    expect(lead).toMatchObject({
      temperature: 'hot',
      stage: 'contact-later',
      bant: {
        budget: { status: 'yes', amount: 50000, currency: 'EUR' },
        authority: { status: 'yes', role: 'decision-maker' },
        need: { status: 'yes', note: 'Faster month-end close' },
        timing: { status: 'yes', timeframe: 'Q3' },
      },
      activities: [{ type: 'demo' }],
      engagement: { score: 30 },
      reminder: { note: 'After their audit' },
    });

    // No trigger by hand: the save set the reminder alarm for a time already past, which Chrome fires
    // at once for an unpacked extension (packed ones wait at most 30 s). This is the path a real
    // reminder takes: alarm → background check → notification → reminder marked as fired.
    await expect
      .poll(() => session.serviceWorker.evaluate(() => chrome.notifications.getAll()), { timeout: 15_000 })
      .toHaveProperty(`reminder:${lead.id}`);
    await expect
      .poll(async () => ((await session.storedLeads()) as Lead[])[0].reminder?.firedAt, { timeout: 5_000 })
      .toEqual(expect.any(String));
  });
});
