import type { Locator, Page } from 'playwright-core';

export type BantName = 'Budget' | 'Authority' | 'Need' | 'Timing';
export type BantAnswerLabel = 'Unknown' | 'No' | 'Partial' | 'Yes';

/** The popup as a rep sees it: labelled fields, the BANT radios, the scoring panel, Save. */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** Resolves once the capture has filled the fields (the popup marks that moment). */
  async ready(): Promise<this> {
    await this.page.waitForFunction(() => performance.getEntriesByName('leadscout:popup-ready').length > 0);
    return this;
  }

  field(
    label: 'Full name' | 'Job title' | 'Company' | 'Email' | 'Phone' | 'Notes' | 'Campaign' | 'Promo code or hashtag',
  ): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  select(label: 'Channel' | 'Stage'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  bantGroup(name: BantName): Locator {
    return this.page.getByRole('radiogroup', { name, exact: true }).or(this.page.getByRole('group', { name, exact: true }));
  }

  async answer(name: BantName, answer: BantAnswerLabel): Promise<void> {
    await this.bantGroup(name).getByRole('radio', { name: answer, exact: true }).check();
  }

  temperature(word: 'Cold' | 'Warm' | 'Hot'): Locator {
    return this.page.getByText(word, { exact: true });
  }

  grade(): Locator {
    return this.page.getByText(/^Grade [A-D]$/);
  }

  /**
   * The whole popup in one picture, at the popup's width: the viewport is grown to the content rather
   * than a full-page shot, which would leave the sticky header and Save bar in the middle.
   */
  async screenshot(path: string): Promise<void> {
    const height = await this.page.evaluate(() => document.documentElement.scrollHeight);
    await this.page.setViewportSize({ width: 420, height });
    await this.page.screenshot({ path });
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save lead' }).click();
  }

  /** Waits for the save to be announced and returns what it said ("New lead saved", "Merged into the existing lead"). */
  async savedOutcome(): Promise<string> {
    const done = this.status().filter({ hasText: /New lead saved|Merged into the existing lead/ });
    await done.waitFor();
    return (await done.textContent())?.trim() ?? '';
  }

  /** The "Possible duplicate" panel: stored leads this capture may be. */
  possibleDuplicate(): Locator {
    return this.page.getByRole('region', { name: 'Possible duplicate' });
  }

  /** "Keep separate" on the possible duplicate named `name` (the only one when not given). */
  async keepSeparate(name?: string): Promise<void> {
    const item = name ? this.possibleDuplicate().getByRole('listitem').filter({ hasText: name }) : this.possibleDuplicate();
    await item.getByRole('button', { name: 'Keep separate' }).click();
  }

  /** The "Already captured" banner: the stored lead this capture merges into. */
  alreadyCaptured(): Locator {
    return this.page.getByRole('region', { name: 'Already captured' });
  }

  /** The scoring panel under the header: temperature, ICP grade, engagement. */
  scoring(): Locator {
    return this.page.getByRole('region', { name: 'Scoring' });
  }

  /** A field in the qualification details, by its visible label ("Budget amount", "Reminder date"…). */
  detail(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async logActivity(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }
}
