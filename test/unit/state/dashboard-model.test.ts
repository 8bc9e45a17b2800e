import { describe, expect, it, vi } from 'vitest';
import type { Lead } from '@/lib/leads/types';
import type { LeadPage } from '@/lib/messaging/protocol';
import { DashboardModel, PAGE_SIZE, toLeadRow, type DashboardDeps } from '@/lib/state/dashboard-model';
import { formatDate } from '@/lib/state/labels';
import { fakeExportPorts } from '../../fixtures/export-deps';
import { deferred, fakeRequest, type FakeHandlers } from '../../fixtures/fake-background';
import { makeStoredLead } from '../../fixtures/leads';

function makeLeads(count: number, from = 0): Lead[] {
  return Array.from({ length: count }, (_, index) =>
    makeStoredLead({ id: `lead-${from + index}`, person: { fullName: `Lead ${from + index}`, emails: [], phones: [] } }),
  );
}

/** A background holding `stored`, answering pages of it the way listLeads does. */
function pagesOf(stored: () => Lead[]): FakeHandlers['listLeads'] {
  return ({ query = '', offset = 0, limit = PAGE_SIZE }) => {
    const matching = stored().filter((lead) => (lead.person.fullName ?? '').toLowerCase().includes(query.toLowerCase()));
    return { leads: matching.slice(offset, offset + limit), total: matching.length };
  };
}

function createModel(handlers: FakeHandlers, focusLeadId?: string) {
  let notifyChanged: (() => void) | undefined;
  const deps: DashboardDeps = {
    request: fakeRequest(handlers),
    onLeadsChanged: vi.fn((listener: () => void) => {
      notifyChanged = listener;
      return () => {
        notifyChanged = undefined;
      };
    }),
    ...fakeExportPorts(),
    openOptions: vi.fn(),
    focusLeadId,
  };
  const model = new DashboardModel(deps);
  return { model, deps, notifyChanged: () => notifyChanged?.() };
}

describe('DashboardModel', () => {
  it('should pin the lead a reminder links to on top when it is older than the first page', async () => {
    const stored = makeLeads(120);
    const { model } = createModel(
      { listLeads: pagesOf(() => stored), getLead: ({ id }) => stored.find((lead) => lead.id === id) ?? null },
      'lead-99',
    );

    await model.load();

    expect(model.rows.value.map((row) => row.id).slice(0, 2)).toEqual(['lead-99', 'lead-0']);
    expect(model.rows.value).toHaveLength(PAGE_SIZE + 1);
  });

  it('should not repeat the linked lead when a loaded page already holds it', async () => {
    const stored = makeLeads(10);
    const { model } = createModel(
      { listLeads: pagesOf(() => stored), getLead: ({ id }) => stored.find((lead) => lead.id === id) ?? null },
      'lead-3',
    );

    await model.load();

    expect(model.rows.value.filter((row) => row.id === 'lead-3')).toHaveLength(1);
    expect(model.rows.value).toHaveLength(10);
  });

  it('should load the first page and know that more leads are stored', async () => {
    const { model } = createModel({ listLeads: pagesOf(() => makeLeads(120)) });

    await model.load();

    expect(model.rows.value).toHaveLength(PAGE_SIZE);
    expect(model.total.value).toBe(120);
    expect(model.hasMore.value).toBe(true);
    expect(model.isFirstRun.value).toBe(false);
  });

  it('should append the next page on load more', async () => {
    const { model } = createModel({ listLeads: pagesOf(() => makeLeads(120)) });
    await model.load();

    await model.loadMore();
    await model.loadMore();

    expect(model.rows.value.map((row) => row.name).slice(-2)).toEqual(['Lead 118', 'Lead 119']);
    expect(model.hasMore.value).toBe(false);
  });

  it('should tell a first run from a search that matches nothing', async () => {
    const empty = createModel({ listLeads: pagesOf(() => []) });
    const searched = createModel({ listLeads: pagesOf(() => makeLeads(3)) });

    await empty.model.load();
    await searched.model.search('nobody');

    expect(empty.model.isFirstRun.value).toBe(true);
    expect(searched.model.isFirstRun.value).toBe(false);
    expect(searched.model.rows.value).toEqual([]);
  });

  it('should keep only the answer to the latest search', async () => {
    const slow = deferred<LeadPage>();
    const { model } = createModel({
      listLeads: ({ query }) => (query === 'le' ? slow.promise : { leads: makeLeads(1, 7), total: 1 }),
    });

    const first = model.search('le');
    await model.search('lead 7');
    slow.resolve({ leads: makeLeads(2), total: 2 });
    await first;

    expect(model.rows.value.map((row) => row.name)).toEqual(['Lead 7']);
  });

  it('should reload when the background reports changed leads, keeping as many rows as were loaded', async () => {
    let stored = makeLeads(80);
    const { model, notifyChanged } = createModel({ listLeads: pagesOf(() => stored) });
    await model.load();
    await model.loadMore();

    stored = [makeStoredLead({ id: 'new', person: { fullName: 'Lead new', emails: [], phones: [] } }), ...stored];
    notifyChanged();

    await vi.waitFor(() => expect(model.rows.value[0]?.name).toBe('Lead new'));
    expect(model.rows.value).toHaveLength(80);
    expect(model.total.value).toBe(81);
  });

  it('should fold a burst of change reports into one reload at a time and one after it', async () => {
    let stored = makeLeads(3);
    const answer = deferred<LeadPage>();
    const page = pagesOf(() => stored)!;
    let calls = 0;
    const { model, notifyChanged } = createModel({
      listLeads: (query) => {
        calls++;
        return calls === 2 ? answer.promise : page(query);
      },
    });
    await model.load();

    for (let report = 0; report < 10; report++) notifyChanged();
    stored = makeLeads(5);
    answer.resolve({ leads: makeLeads(4), total: 4 });

    await vi.waitFor(() => expect(model.total.value).toBe(5));
    expect(calls).toBe(3);
  });

  it('should stop listening for changes when disposed', () => {
    const { model, notifyChanged, deps } = createModel({ listLeads: pagesOf(() => []) });

    model[Symbol.dispose]();
    notifyChanged();

    expect(deps.onLeadsChanged).toHaveBeenCalledOnce();
    expect(deps.request).not.toHaveBeenCalled();
  });

  it('should keep ticked rows across pages and untick only the shown ones', async () => {
    const { model } = createModel({ listLeads: pagesOf(() => makeLeads(70)) });
    await model.load();

    model.select('lead-3', true);
    model.select('lead-60', true);
    model.selectShown(true);
    expect(model.allShownSelected.value).toBe(true);
    expect(model.selectedIds.value).toHaveLength(PAGE_SIZE + 1);

    model.selectShown(false);
    expect(model.selectedIds.value).toEqual(['lead-60']);
    model.select('lead-60', false);
    expect(model.selectedIds.value).toEqual([]);
  });

  it('should open one panel at a time and close it on a second click', () => {
    const { model } = createModel({ listLeads: pagesOf(() => []) });

    model.togglePanel('export');
    expect(model.panel.value).toBe('export');
    model.togglePanel('export');
    expect(model.panel.value).toBe('none');
  });

  it('should report a failed load', async () => {
    const { model } = createModel({
      listLeads: () => {
        throw new Error('The database is blocked.');
      },
    });

    await model.load();

    expect(model.listState.value).toEqual({ phase: 'failed', message: 'Could not load the leads: The database is blocked.' });
  });
});

describe('toLeadRow', () => {
  it('should show the stage label, the latest channel and the profile link', () => {
    const lead = makeStoredLead({
      stage: 'closed-won',
      channels: [
        { channel: 'Event', direction: 'outbound' },
        { channel: 'Referral', direction: 'inbound' },
      ],
    });

    const row = toLeadRow({ ...lead, person: { ...lead.person, linkedinUrl: 'https://www.linkedin.com/in/jane-doe/' } });

    expect(row).toMatchObject({
      name: 'Jane Doe',
      stage: 'Closed – won',
      channel: 'Referral',
      grade: 'B',
      temperature: 'warm',
      profileUrl: 'https://www.linkedin.com/in/jane-doe/',
    });
  });

  it('should name a company-only lead (a contact page with only a sales mailbox) by its company', () => {
    const lead = makeStoredLead({
      person: { fullName: undefined, firstName: undefined, lastName: undefined, title: undefined, emails: ['sales@acme-logistics.com'], phones: [] },
      company: { name: 'Acme Logistics', domain: 'acme-logistics.com' },
    });

    expect(toLeadRow(lead)).toMatchObject({ name: 'Acme Logistics', company: 'Acme Logistics', email: 'sales@acme-logistics.com' });
  });

  it('should list every touch, newest first, with its date, channel, campaign and code, and page', () => {
    const lead = makeStoredLead({
      history: [
        { at: '2025-03-01T09:00:00.000Z', kind: 'none', channel: { channel: 'Event', direction: 'outbound', code: '#devconf' } },
        {
          at: '2025-03-12T10:30:00.000Z',
          url: 'https://www.brightforge.com.ua/contacts?utm_campaign=spring-2026',
          kind: 'company-site',
          channel: { channel: 'Newsletter', direction: 'inbound', campaign: 'spring-2026', code: 'SPRING26' },
        },
        { at: '2025-03-20T10:30:00.000Z', url: 'javascript:alert(1)', kind: 'generic' },
      ],
    });

    expect(toLeadRow(lead).touches).toEqual([
      { at: '2025-03-20T10:30:00.000Z', date: formatDate('2025-03-20T10:30:00.000Z'), channel: '', tag: '' },
      {
        at: '2025-03-12T10:30:00.000Z',
        date: formatDate('2025-03-12T10:30:00.000Z'),
        channel: 'Newsletter',
        tag: 'spring-2026 · SPRING26',
        url: 'https://www.brightforge.com.ua/contacts?utm_campaign=spring-2026',
        site: 'www.brightforge.com.ua',
      },
      { at: '2025-03-01T09:00:00.000Z', date: formatDate('2025-03-01T09:00:00.000Z'), channel: 'Event', tag: '#devconf' },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'chrome://settings', 'not a url'])(
    'should not turn %s into a link',
    (url) => {
      const lead = makeStoredLead();

      const row = toLeadRow({ ...lead, person: { ...lead.person, websiteUrl: url } });

      expect(row.profileUrl).toBeUndefined();
    },
  );
});
