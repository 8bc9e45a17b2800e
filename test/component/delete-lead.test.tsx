import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/leads/App';
import type { Lead } from '@/lib/leads/types';
import type { DashboardDeps } from '@/lib/state/dashboard-model';
import { fakeExportPorts } from '../fixtures/export-deps';
import { fakeRequest } from '../fixtures/fake-background';
import { makeStoredLead } from '../fixtures/leads';

const JANE = makeStoredLead({ id: 'jane' });
const TARAS = makeStoredLead({ id: 'taras', person: { fullName: 'Taras Melnyk', emails: ['taras@brightforge.com.ua'] } });

/** The dashboard over a fake background that deletes for real and reports the change. */
function renderDashboard(initial: Lead[], deleteLead = vi.fn()) {
  let stored = initial;
  let notifyChanged: (() => void) | undefined;
  const request = fakeRequest({
    listLeads: () => ({ leads: stored, total: stored.length }),
    findLeadDuplicates: () => [],
    deleteLead: (data) => {
      deleteLead(data);
      stored = stored.filter((lead) => lead.id !== data.id);
      notifyChanged?.();
      return { deleted: true };
    },
  });
  const deps: DashboardDeps = {
    request,
    onLeadsChanged: (listener) => {
      notifyChanged = listener;
      return () => {};
    },
    ...fakeExportPorts(() => stored),
    openOptions: vi.fn(),
  };
  render(<App deps={deps} />);
  return { deleteLead };
}

async function pressDeleteOn(name: string): Promise<void> {
  const row = (await screen.findByRole('rowheader', { name })).closest('tr')!;
  fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
}

describe('Dashboard: delete a person on request', () => {
  afterEach(cleanup);

  it('should ask first, and delete without suppressing when the box is left unticked', async () => {
    const { deleteLead } = renderDashboard([JANE, TARAS]);

    await pressDeleteOn('Jane Doe');
    const dialog = screen.getByRole('dialog', { name: 'Delete Jane Doe?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete lead' }));

    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Jane Doe' })).toBeNull());
    expect(deleteLead).toHaveBeenCalledWith({ id: 'jane', suppress: false });
    expect(screen.getByRole('rowheader', { name: 'Taras Melnyk' })).toBeTruthy();
    expect(screen.getByText('Deleted Jane Doe.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('should put the person on the suppression list when "Don\'t capture this person again" is ticked', async () => {
    const { deleteLead } = renderDashboard([JANE]);

    await pressDeleteOn('Jane Doe');
    fireEvent.click(screen.getByRole('checkbox', { name: "Don't capture this person again" }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete lead' }));

    await waitFor(() => expect(deleteLead).toHaveBeenCalledWith({ id: 'jane', suppress: true }));
    expect(await screen.findByText('Deleted Jane Doe. LeadScout will not capture this person again.')).toBeTruthy();
  });

  it('should delete nothing when the rep cancels', async () => {
    const { deleteLead } = renderDashboard([JANE]);

    await pressDeleteOn('Jane Doe');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(deleteLead).not.toHaveBeenCalled();
    expect(screen.getByRole('rowheader', { name: 'Jane Doe' })).toBeTruthy();
  });
});
