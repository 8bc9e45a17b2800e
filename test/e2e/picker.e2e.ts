/**
 * The popup's picker on a team page in the built extension: the people the page lists, one button
 * each, and the one the rep picks fills the form and is what gets saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, launchExtension, type ExtensionSession } from './harness';

const TEAM_URL = 'https://www.cargotrack.com.ua/pro-nas/komanda/';

describe('the picker on a team page', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve(TEAM_URL, fixturePage('team-page.html'));
  });

  afterAll(async () => {
    await session?.close();
  });

  it('should list the team and fill the form with the person picked', async () => {
    const popup = await (await session.popupFor(TEAM_URL)).popup.ready();

    await popup.page.getByRole('heading', { name: /people on this page$/ }).waitFor();
    await popup.page.getByRole('button', { name: /Ірина Бондар/ }).click();

    expect(await popup.field('Full name').inputValue()).toBe('Ірина Бондар');
    expect(await popup.field('Email').inputValue()).toBe('iryna.bondar@cargotrack.com.ua');
    await popup.save();
    await popup.status().filter({ hasText: 'New lead saved' }).waitFor();
    expect(await session.storedLeads()).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ fullName: 'Ірина Бондар' }) }),
    ]);
  });
});
