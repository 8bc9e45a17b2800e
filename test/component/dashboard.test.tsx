import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/leads/App';
import type { Lead } from '@/lib/leads/types';
import type { DashboardDeps } from '@/lib/state/dashboard-model';
import { fakeRequest } from '../fixtures/fake-background';
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

function renderDashboard(initial: Lead[], focusLeadId?: string) {
  let stored = initial;
  let notifyChanged: (() => void) | undefined;
  const deps: DashboardDeps = {
    request: fakeRequest({
      listLeads: ({ query = '' }) => {
        const leads = stored.filter((lead) => lead.searchText.includes(query.toLowerCase()));
        return { leads, total: leads.length };
      },
    }),
    onLeadsChanged: (listener) => {
      notifyChanged = listener;
      return () => {};
    },
    toCsv: vi.fn(() => 'csv'),
    download: vi.fn(),
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

  it('should download the listed leads as CSV on Export', async () => {
    const { deps } = renderDashboard([JANE, IVAN].map(withSearchText));
    await screen.findByRole('row', { name: /Jane Doe/ });

    fireEvent.click(screen.getByRole('button', { name: 'Export' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Exported 2 leads'));
    expect(deps.toCsv).toHaveBeenCalledWith([expect.objectContaining({ id: 'jane' }), expect.objectContaining({ id: 'ivan' })]);
    expect(deps.download).toHaveBeenCalledWith(expect.objectContaining({ content: 'csv', type: 'text/csv;charset=utf-8' }));
  });

  it('should highlight the lead a reminder opened the page on', async () => {
    renderDashboard([JANE, IVAN].map(withSearchText), 'ivan');

    const row = await screen.findByRole('row', { name: /Іван Петренко/ });

    expect(row.getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('row', { name: /Jane Doe/ }).hasAttribute('aria-current')).toBe(false);
  });
});
