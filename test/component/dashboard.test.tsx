import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/leads/App';
import type { Lead } from '@/lib/leads/types';
import type { DashboardDeps } from '@/lib/state/dashboard-model';
import { fakeExportPorts } from '../fixtures/export-deps';
import { fakeRequest, type FakeHandlers } from '../fixtures/fake-background';
import { makeStoredLead } from '../fixtures/leads';

const JANE = makeStoredLead({
  id: 'jane',
  person: {
    fullName: 'Jane Doe',
    title: 'VP of Sales',
    emails: ['jane@acme.com'],
    phones: [],
    linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
  },
  company: { name: 'Acme' },
  temperature: 'hot',
  icp: { score: 90, grade: 'A' },
  stage: 'sql',
});
const IVAN = makeStoredLead({
  id: 'ivan',
  person: { fullName: 'Іван Петренко', title: 'CTO', emails: [], phones: [], websiteUrl: 'javascript:alert(1)' },
  company: { name: 'Rozetka' },
  temperature: 'cold',
  icp: { score: 30, grade: 'C' },
  stage: 'contact-us',
});

function renderDashboard(initial: Lead[], focusLeadId?: string, duplicates: FakeHandlers = {}) {
  let stored = initial;
  let notifyChanged: (() => void) | undefined;
  const deps: DashboardDeps = {
    request: fakeRequest({
      listLeads: ({ query = '' }) => {
        const leads = stored.filter((lead) => lead.searchText.includes(query.toLowerCase()));
        return { leads, total: leads.length };
      },
      findLeadDuplicates: () => [],
      ...duplicates,
    }),
    onLeadsChanged: (listener) => {
      notifyChanged = listener;
      return () => {};
    },
    ...fakeExportPorts(() => stored),
    openOptions: vi.fn(),
    focusLeadId,
  };
  render(<App deps={deps} />);
  return {
    deps,
    store(leads: Lead[]) {
      stored = leads;
      notifyChanged?.();
    },
  };
}

function withSearchText(lead: Lead): Lead {
  return { ...lead, searchText: `${lead.person.fullName} ${lead.company.name}`.toLowerCase() };
}

function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}

describe('Dashboard App', () => {
  afterEach(() => {
    cleanup();
  });

  it('should list one row per lead with its temperature, grade and stage', async () => {
    renderDashboard([JANE, IVAN].map(withSearchText));

    const jane = await screen.findByRole('row', { name: /Jane Doe/ });

    expect(bodyRows()).toHaveLength(2);
    expect(within(jane).getByText('Hot')).toBeTruthy();
    expect(within(jane).getByText('Grade A')).toBeTruthy();
    expect(within(jane).getByText('SQL')).toBeTruthy();
    expect(within(jane).getByRole('link', { name: 'Jane Doe' }).getAttribute('href')).toBe(
      'https://www.linkedin.com/in/jane-doe/',
    );
  });

  it('should show a lead’s touches, dated, under its latest channel', async () => {
    const touched = makeStoredLead({
      ...JANE,
      channels: [{ channel: 'Newsletter', direction: 'inbound', campaign: 'spring-2026' }],
      history: [
        { at: '2025-03-01T09:00:00.000Z', url: 'https://www.linkedin.com/in/jane-doe/', kind: 'linkedin-person', channel: { channel: 'LinkedIn', direction: 'outbound' } },
        { at: '2025-03-12T10:30:00.000Z', url: 'https://acme.com/?utm_campaign=spring-2026', kind: 'company-site', channel: { channel: 'Newsletter', direction: 'inbound', campaign: 'spring-2026' } },
      ],
    });
    renderDashboard([touched, IVAN]);

    const row = (await screen.findByRole('rowheader', { name: 'Jane Doe' })).closest('tr')!;
    const touches = within(row).getByText('· 2 touches').closest('details')!;

    expect(within(touches).getByText('Newsletter', { selector: 'summary', exact: false })).toBeTruthy();
    expect(within(touches).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/Newsletter \(spring-2026\) acme\.com$/),
      expect.stringMatching(/LinkedIn www\.linkedin\.com$/),
    ]);
    expect(within(touches).getByRole('link', { name: 'acme.com' }).getAttribute('href')).toBe('https://acme.com/?utm_campaign=spring-2026');
  });

  it('should render page data as text and never link a javascript: URL', async () => {
    const hostile = withSearchText(
      makeStoredLead({ id: 'x', person: { fullName: '<img src=x onerror=alert(1)>', emails: [], phones: [] } }),
    );
    renderDashboard([hostile, withSearchText(IVAN)]);

    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByRole('table').querySelector('img')).toBeNull();
    expect(within(screen.getByRole('row', { name: /Іван Петренко/ })).queryByRole('link')).toBeNull();
  });

  it('should narrow the rows to the search', async () => {
    renderDashboard([JANE, IVAN].map(withSearchText));
    await screen.findByRole('row', { name: /Jane Doe/ });

    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'rozetka' } });

    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(screen.getByRole('row', { name: /Іван Петренко/ })).toBeTruthy();
  });

  it('should show a lead saved in another tab without a reload', async () => {
    const { store } = renderDashboard([withSearchText(IVAN)]);
    await screen.findByRole('row', { name: /Іван Петренко/ });

    store([JANE, IVAN].map(withSearchText));

    expect(await screen.findByRole('row', { name: /Jane Doe/ })).toBeTruthy();
    expect(bodyRows()).toHaveLength(2);
  });

  it('should tell a new user how to capture the first lead', async () => {
    renderDashboard([]);

    const empty = await screen.findByRole('region', { name: 'No leads yet' });

    expect(within(empty).getByText(/Click the LeadScout icon/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('should export the ticked leads as a HubSpot CSV from the Export panel', async () => {
    const { deps } = renderDashboard([JANE, IVAN].map(withSearchText));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Іван Петренко' }));

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const panel = await screen.findByRole('region', { name: 'Export leads' });
    await waitFor(() => expect((within(panel).getByRole('combobox', { name: 'Leads' }) as HTMLSelectElement).value).toBe('selected'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Download' }));

    await waitFor(() => expect(within(panel).getByRole('status').textContent).toMatch(/^Exported 1 lead to leadscout-leads-/));
    const [file] = (deps.download as unknown as { mock: { calls: [{ parts: string[] }][] } }).mock.calls[0];
    const [header, ...rows] = file.parts.join('').split('\r\n').filter(Boolean);
    expect(header.startsWith('\uFEFFFirst Name,Last Name,Email')).toBe(true);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(',Rozetka,');
  });

  it('should save an edited copy of a preset and offer it under its name', async () => {
    renderDashboard([JANE].map(withSearchText));
    await screen.findByRole('row', { name: /Jane Doe/ });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const panel = await screen.findByRole('region', { name: 'Export leads' });

    // Pipedrive's preset is the shortest: every column renders a select of every field.
    fireEvent.change(within(panel).getByRole('combobox', { name: 'Columns' }), { target: { value: 'pipedrive' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Copy and edit columns' }));
    const editor = within(panel).getByRole('region', { name: 'Edit columns' });
    fireEvent.input(within(editor).getByRole('textbox', { name: 'Preset name' }), { target: { value: 'Our Pipedrive' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Remove column 1' }));
    fireEvent.click(within(editor).getByRole('button', { name: 'Save preset' }));

    await waitFor(() => expect(within(panel).queryByRole('region', { name: 'Edit columns' })).toBeNull());
    const columns = within(panel).getByRole('combobox', { name: 'Columns' }) as HTMLSelectElement;
    expect(columns.value).toBe('mapping-1');
    expect(within(columns).getByRole('option', { name: 'Our Pipedrive' })).toBeTruthy();
  }, 15_000);

  it('should highlight the lead a reminder opened the page on', async () => {
    renderDashboard([JANE, IVAN].map(withSearchText), 'ivan');

    const row = await screen.findByRole('row', { name: /Іван Петренко/ });

    expect(row.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('row', { name: /Jane Doe/ }).hasAttribute('aria-current')).toBe(false);
  });

  it('should mark a row with a possible duplicate, and merge it into that row’s lead on Merge', async () => {
    const IVAN_LATIN = makeStoredLead({ ...IVAN, id: 'ivan-latin', person: { ...IVAN.person, fullName: 'Ivan Petrenko' } });
    const summary = (lead: Lead) => ({ id: lead.id, name: lead.person.fullName ?? '', company: 'Rozetka', stage: lead.stage, lastCapturedAt: lead.updatedAt });
    const mergeLeads = vi.fn((data: { survivorId: string; otherId: string }) => (data.otherId ? IVAN : null));
    const { store } = renderDashboard([JANE, IVAN, IVAN_LATIN], undefined, {
      findLeadDuplicates: ({ ids }) =>
        ids.includes('ivan-latin')
          ? [
              { leadId: 'ivan', duplicates: [summary(IVAN_LATIN)] },
              { leadId: 'ivan-latin', duplicates: [summary(IVAN)] },
            ]
          : [],
      mergeLeads,
    });
    const row = (await screen.findByRole('rowheader', { name: 'Іван Петренко' })).closest('tr')!;
    await within(row).findByText('Possible duplicate');

    expect(within(screen.getByRole('row', { name: /Jane Doe/ })).queryByText('Possible duplicate')).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: 'Merge' }));

    await waitFor(() => expect(mergeLeads).toHaveBeenCalledWith({ survivorId: 'ivan', otherId: 'ivan-latin' }));
    await screen.findByText('Merged into one lead');
    store([JANE, IVAN]);
    await waitFor(() => expect(screen.queryByText('Possible duplicate')).toBeNull());
  });

  it('should list every possible duplicate of a row, each with its own Merge and Keep separate', async () => {
    const summary = (lead: Lead, name: string) => ({ id: lead.id, name, company: 'Rozetka', stage: lead.stage, lastCapturedAt: lead.updatedAt });
    const mergeLeads = vi.fn(() => IVAN);
    const keepLeadsSeparate = vi.fn(() => undefined);
    renderDashboard([JANE, IVAN], undefined, {
      findLeadDuplicates: () => [{ leadId: 'ivan', duplicates: [summary(JANE, 'Ivan Petrenko'), summary(makeStoredLead({ id: 'ivan-ru' }), 'Иван Петренко')] }],
      mergeLeads,
      keepLeadsSeparate,
    });
    const row = (await screen.findByRole('rowheader', { name: 'Іван Петренко' })).closest('tr')!;
    const russian = await within(row).findByRole('group', { name: 'Possible duplicate of Иван Петренко' });

    expect(within(row).getAllByText('Possible duplicate')).toHaveLength(2);
    within(row).getByRole('group', { name: 'Possible duplicate of Ivan Petrenko' });
    fireEvent.click(within(russian).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(mergeLeads).toHaveBeenCalledWith({ survivorId: 'ivan', otherId: 'ivan-ru' }));
    await screen.findByText('Merged into one lead');
    fireEvent.click(within(within(row).getByRole('group', { name: 'Possible duplicate of Ivan Petrenko' })).getByRole('button', { name: 'Keep separate' }));
    await waitFor(() => expect(keepLeadsSeparate).toHaveBeenCalledWith({ id: 'ivan', otherId: 'jane' }));
  });

  it('should keep two leads apart on Keep separate', async () => {
    const keepLeadsSeparate = vi.fn(() => undefined);
    renderDashboard([JANE, IVAN], undefined, {
      findLeadDuplicates: () => [{ leadId: 'jane', duplicates: [{ id: 'ivan', name: 'Іван Петренко', company: 'Rozetka', stage: 'call', lastCapturedAt: IVAN.updatedAt }] }],
      keepLeadsSeparate,
    });
    const row = await screen.findByRole('row', { name: /Jane Doe/ });
    await within(row).findByText('Possible duplicate');

    fireEvent.click(within(row).getByRole('button', { name: 'Keep separate' }));

    await waitFor(() => expect(keepLeadsSeparate).toHaveBeenCalledWith({ id: 'jane', otherId: 'ivan' }));
    await screen.findByText('Kept as separate leads');
  });
});
