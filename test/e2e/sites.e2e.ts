import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { fixturePage, launchExtension, type ExtensionSession } from './harness';
import { PopupPage } from './pages/popup';

const UKRAINIAN_PROFILE_URL = 'https://www.linkedin.com/in/iryna-bondar-7c3d21/overlay/contact-info/';
const GITHUB_URL = 'https://github.com/ibondar';
const TEAM_URL = 'https://www.cargotrack.com.ua/pro-nas/komanda/';

/** Open a page at its real URL, click the toolbar icon on it, open the popup for that tab. */
async function capture(session: ExtensionSession, url: string): Promise<{ popup: PopupPage; tabId: number }> {
  const { popup, tabId } = await session.popupFor(url);
  return { popup: await popup.ready(), tabId };
}

/** What the popup fills its fields from, read back from the popup as the background answered it. */
async function capturedPage(popup: PopupPage, tabId: number): Promise<CaptureResult> {
  return popup.page.evaluate(
    (id) => chrome.runtime.sendMessage({ kind: 'request', name: 'captureTab', data: { tabId: id } }),
    tabId,
  ) as Promise<CaptureResult>;
}

describe('captures of each site in Chromium, through the popup', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve(UKRAINIAN_PROFILE_URL, fixturePage('linkedin-profile-uk.html'));
    session.serve(GITHUB_URL, fixturePage('github-user.html'));
    session.serve(TEAM_URL, fixturePage('team-page.html'));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('should fill the popup from a LinkedIn profile in the Ukrainian interface, with its open contact overlay', async () => {
    const { popup } = await capture(session, UKRAINIAN_PROFILE_URL);

    expect(await popup.field('Full name').inputValue()).toBe('Ірина Бондар');
    expect(await popup.field('Job title').inputValue()).toBe('Директорка з продажу');
    expect(await popup.field('Company').inputValue()).toBe('Cargotrack');
    expect(await popup.field('Email').inputValue()).toBe('iryna.bondar@cargotrack.com.ua');
    expect(await popup.field('Phone').inputValue()).toBe('+380671234567');
    await popup.page.close();
  });

  it('should fill the popup from a GitHub user page', async () => {
    const { popup } = await capture(session, GITHUB_URL);

    expect(await popup.field('Full name').inputValue()).toBe('Iryna Bondar');
    expect(await popup.field('Company').inputValue()).toBe('cargotrack');
    expect(await popup.field('Email').inputValue()).toBe('iryna@ibondar.dev');
    expect(await popup.select('Channel').locator('option:checked').textContent()).toBe('GitHub');
    await popup.page.close();
  });

  it("should fill the popup with a team page's company, and offer its people with the first one first", async () => {
    const { popup, tabId } = await capture(session, TEAM_URL);

    expect(await popup.field('Company').inputValue()).toBe('Cargotrack');
    expect(await popup.field('Email').inputValue()).toBe('info@cargotrack.com.ua');
    expect(await popup.field('Phone').inputValue()).toBe('+380322456789');
    const result = await capturedPage(popup, tabId);
    expect(result.ok && result.list.map(({ person }) => person.fullName)).toEqual(['Максим Олійник', 'Ірина Бондар', 'Софія Мельник']);
    expect(result.ok && result.list[0]).toMatchObject({
      person: { title: 'Співзасновник і технічний директор', emails: ['maksym@cargotrack.com.ua'] },
      company: { name: 'Cargotrack', domain: 'cargotrack.com.ua' },
    });
    await popup.page.close();
  });
});
