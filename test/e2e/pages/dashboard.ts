import type { Locator, Page } from 'playwright-core';

/** leads.html: the search box, the leads table, Export. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' }).or(this.page.getByRole('textbox', { name: 'Search' }));
  }

  /** Body rows of the leads table (the header row excluded). */
  rows(): Locator {
    return this.page.getByRole('table').locator('tbody tr');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export' });
  }
}
