import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, launchExtension, type ExtensionSession } from './harness';
import { DashboardPage } from './pages/dashboard';

const LINKEDIN_URL = 'https://www.linkedin.com/in/olena-kovalenko-4b2a19/';
const COMPANY_URL = 'https://www.brightforge.com.ua/contacts';

function parse(text: string): Record<string, string>[] {
  const { data, errors } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data;
}

describe('export from the dashboard in Chromium', () => {
  let session: ExtensionSession;
  let dashboard: DashboardPage;

  beforeAll(async () => {
    session = await launchExtension();
    session.serve(LINKEDIN_URL, fixturePage('linkedin-profile.html'));
    session.serve(COMPANY_URL, fixturePage('company-contact.html'));
    for (const url of [LINKEDIN_URL, COMPANY_URL]) {
      const { popup } = await session.popupFor(url);
      await popup.ready();
      await popup.save();
      await popup.status().filter({ hasText: 'New lead saved' }).waitFor();
    }
    dashboard = new DashboardPage(await session.openExtensionPage('leads.html'));
    await dashboard.rows().nth(1).waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('downloads a CSV whose rows are exactly the stored leads', async () => {
    const { name, text } = await dashboard.exportFile({ leads: 'All leads (2)', columns: 'All fields' });

    expect(name).toMatch(/^leadscout-leads-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const stored = await session.storedLeads();
    const rows = parse(text);
    expect(rows.map((row) => row.ID).toSorted()).toEqual(stored.map((lead) => lead.id).toSorted());
    for (const lead of stored) {
      const row = rows.find((candidate) => candidate.ID === lead.id);
      expect(row).toMatchObject({
        'Full name': lead.person.fullName ?? '',
        'Job title': lead.person.title ?? '',
        Email: lead.person.emails[0] ?? '',
        Phone: lead.person.phones[0] ?? '',
        Company: lead.company.name ?? '',
        'ICP grade': lead.icp.grade,
        'Created at': lead.createdAt,
      });
    }
  });

  it('downloads the ticked lead as a vCard', async () => {
    const [olena] = (await session.storedLeads()).filter((lead) => lead.person.linkedinUrl === LINKEDIN_URL);
    await dashboard.selectRow(olena.person.fullName!);

    const { name, text } = await dashboard.exportFile({ leads: 'Selected leads (1)', format: 'vCard 4.0 (.vcf, for an address book)' });

    expect(name).toMatch(/\.vcf$/);
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(1);
    expect(text).toContain(`UID:urn:uuid:${olena.id}\r\n`);
    expect(text).toContain(`FN:${olena.person.fullName}\r\n`);
  });
});
