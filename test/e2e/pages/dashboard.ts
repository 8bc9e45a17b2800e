import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** leads.html: the search box, the leads table, the Export panel. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' }).or(this.page.getByRole('textbox', { name: 'Search' }));
  }

  /** Body rows of the leads table (the header row excluded). */
  rows(): Locator {
    return this.page.getByRole('table', { name: 'Leads, most recently updated first' }).locator('tbody tr');
  }

  row(text: string): Locator {
    return this.rows().filter({ hasText: text });
  }

  exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export' });
  }

  exportPanel(): Locator {
    return this.page.getByRole('region', { name: 'Export leads' });
  }

  /** Opens the Export panel, picks the leads and columns, and returns the downloaded file's text. */
  async exportFile({ leads, format, columns, bom }: { leads?: string; format?: string; columns?: string; bom?: boolean } = {}): Promise<{ name: string; text: string }> {
    if (!(await this.exportPanel().isVisible())) await this.exportButton().click();
    const panel = this.exportPanel();
    if (leads) await panel.getByRole('combobox', { name: 'Leads' }).selectOption({ label: leads });
    if (format) await panel.getByRole('combobox', { name: 'Format' }).selectOption({ label: format });
    if (columns) await panel.getByRole('combobox', { name: 'Columns' }).selectOption({ label: columns });
    if (bom !== undefined) await panel.getByRole('checkbox', { name: 'Excel-compatible (UTF-8 with BOM)' }).setChecked(bom);
    const [download] = await Promise.all([this.page.waitForEvent('download'), panel.getByRole('button', { name: 'Download' }).click()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** The row of the lead named exactly `name` (other rows may mention the name, as a possible duplicate). */
  leadRow(name: string): Locator {
    return this.rows().filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The "Possible duplicate" marks of the lead named `name`; only the one naming lead `of` when given. */
  possibleDuplicate(name: string, of?: string): Locator {
    return this.leadRow(name).getByRole('group', of ? { name: `Possible duplicate of ${of}`, exact: true } : { name: /^Possible duplicate of / });
  }

  /** Merge the possible duplicate `of` (the only one when not given) into the lead named `name`. */
  mergeDuplicate(name: string, of?: string): Promise<void> {
    return this.possibleDuplicate(name, of).getByRole('button', { name: 'Merge', exact: true }).click();
  }

  importPanel(): Locator {
    return this.page.getByRole('region', { name: 'Import leads from CSV' });
  }

  /** Opens the Import panel and chooses `text` as the CSV file `name`; the mapping and preview then show. */
  async chooseImportFile(name: string, text: string): Promise<Locator> {
    if (!(await this.importPanel().isVisible())) await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    const panel = this.importPanel();
    await panel.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await panel.getByRole('table').waitFor();
    return panel;
  }

  selectRow(name: string): Promise<void> {
    return this.page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }

  /** Presses Back up and saves the backup in `dir`; returns the file's path. */
  async backUp(dir: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: 'Back up' }).click()]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  }

  /** Presses Restore and chooses `file`. */
  async restore(file: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByRole('button', { name: 'Restore' }).click()]);
    await chooser.setFiles(file);
  }

  /** A status message of the page that says `text`. */
  status(text: RegExp | string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
