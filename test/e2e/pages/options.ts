import type { Locator, Page } from 'playwright-core';

/** options.html: the ICP editor, its preview, Save settings and the re-grade progress. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  /** The n-th criterion of the profile being edited (1-based), a fieldset of its own. */
  criterion(index: number): Locator {
    return this.page.getByRole('group', { name: `Criterion ${index}`, exact: true });
  }

  cutoff(grade: 'A' | 'B' | 'C'): Locator {
    return this.page.getByRole('spinbutton', { name: `Grade ${grade} from`, exact: true });
  }

  preview(): Locator {
    return this.page.getByRole('region', { name: 'Stored leads by grade with this profile' });
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
  }
}
