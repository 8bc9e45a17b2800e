import { batch, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import { leadDisplayName } from '@/lib/leads/display-name';
import type { IcpGrade, Lead, Temperature } from '@/lib/leads/types';
import { formatDate, STAGE_LABELS } from './labels';
import { httpUrl } from './links';
import { touchRows, type TouchRow } from './touches';
import type { ExportDeps } from './export-model';

/** How many leads the table shows at first and adds with each "Load more". */
export const PAGE_SIZE = 50;

export interface DashboardDeps extends ExportDeps {
  /** Calls `listener` whenever the background reports changed leads; returns how to stop. */
  onLeadsChanged(listener: () => void): () => void;
  openOptions(): void;
  /** Calls `listener` with the leads whose CRM sync state changed (the sync column); returns how to stop. */
  onCrmSyncChanged?(listener: (leadIds: string[]) => void): () => void;
  /** The lead the page was opened on (`#lead=<id>`, from a reminder): highlighted and scrolled to. */
  focusLeadId?: string;
}

/** One table row, ready to show: every value is plain text, the profile link is http(s) only. */
export interface LeadRow {
  id: string;
  name: string;
  profileUrl?: string;
  title: string;
  company: string;
  email: string;
  temperature: Temperature;
  grade: IcpGrade;
  stage: string;
  channel: string;
  /** Every capture of the lead, newest first. */
  touches: TouchRow[];
  updatedAt: string;
  updated: string;
}

export type ListState = { phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; message: string };
/** The panel open under the toolbar, if any. */
export type DashboardPanel = 'none' | 'export' | 'crm' | 'import';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function toLeadRow(lead: Lead): LeadRow {
  const { person, company } = lead;
  const profile = person.linkedinUrl ?? person.twitterUrl ?? person.githubUrl ?? person.websiteUrl;
  const profileUrl = httpUrl(profile);
  return {
    id: lead.id,
    name: leadDisplayName(person, company),
    ...(profileUrl ? { profileUrl } : {}),
    title: person.title ?? '',
    company: company.name ?? company.domain ?? '',
    email: person.emails[0] ?? '',
    temperature: lead.temperature,
    grade: lead.icp.grade,
    stage: STAGE_LABELS[lead.stage],
    // The latest channel tag is the one the lead was last captured through.
    channel: lead.channels.at(-1)?.channel ?? '',
    touches: touchRows(lead),
    updatedAt: lead.updatedAt,
    updated: formatDate(lead.updatedAt),
  };
}

/**
 * The leads dashboard: a searchable, paged list that follows changes made in other tabs, rows the
 * rep ticks for the export, and which panel is open.
 */
export const DashboardModel = createModel((deps: DashboardDeps) => {
  const query = signal('');
  const leads = signal<Lead[]>([]);
  const total = signal(0);
  const listState = signal<ListState>({ phase: 'loading' });
  const loadingMore = signal(false);
  const selectedIds = signal<readonly string[]>([]);
  const panel = signal<DashboardPanel>('none');
  /** The lead a reminder linked to (`#lead=<id>`), fetched on its own: it may be older than any loaded page. */
  const focusedLead = signal<Lead | null>(null);

  /** The linked lead stays on top while the pages loaded so far do not hold it. */
  const rows = computed(() => {
    const pinned = focusedLead.value;
    const listed = leads.value;
    const shown = pinned && !listed.some((lead) => lead.id === pinned.id) ? [pinned, ...listed] : listed;
    return shown.map(toLeadRow);
  });
  /** The ids of the rows shown, in order (what the CRM sync column reads states for). */
  const rowIds = computed(() => rows.value.map((row) => row.id));
  const hasMore = computed(() => leads.value.length < total.value);
  /** No leads at all yet (not merely none matching the search): time to explain how to capture. */
  const isFirstRun = computed(
    () => listState.value.phase === 'ready' && total.value === 0 && query.value.trim() === '',
  );
  const selectedSet = computed(() => new Set(selectedIds.value));
  const allShownSelected = computed(() => rows.value.length > 0 && rows.value.every((row) => selectedSet.value.has(row.id)));

  /**
   * Answers arrive out of order when the rep types fast or a live update lands during a search:
   * only the latest request may write the list.
   */
  let latestRequest = 0;

  async function loadFirst(limit: number): Promise<void> {
    const ticket = ++latestRequest;
    try {
      const page = await deps.request('listLeads', { query: query.value.trim(), offset: 0, limit });
      if (ticket !== latestRequest) return;
      batch(() => {
        leads.value = page.leads;
        total.value = page.total;
        listState.value = { phase: 'ready' };
      });
    } catch (error) {
      if (ticket !== latestRequest) return;
      listState.value = { phase: 'failed', message: `Could not load the leads: ${messageOf(error)}` };
    }
  }

  async function loadFocused(): Promise<void> {
    if (!deps.focusLeadId) return;
    try {
      focusedLead.value = await deps.request('getLead', { id: deps.focusLeadId });
    } catch {
      // The list still loads; the row is just not pinned.
    }
  }

  /**
   * A bulk import or a burst of saves reports changes many times a second: one reload at a time, and
   * one more after it for everything that came in meanwhile, so the page's reads never queue up in
   * front of the background's writes.
   */
  let refreshing: Promise<void> | undefined;
  let refreshAgain = false;
  function refresh(): void {
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    // Keep as many rows as the rep has already loaded, so a live update does not fold the list.
    refreshing = Promise.all([loadFirst(Math.max(PAGE_SIZE, leads.value.length)), loadFocused()]).then(() => {
      refreshing = undefined;
      if (refreshAgain) {
        refreshAgain = false;
        refresh();
      }
    });
  }

  effect(() => deps.onLeadsChanged(refresh));

  return {
    query: query as ReadonlySignal<string>,
    rows,
    rowIds,
    focusedLeadId: signal(deps.focusLeadId) as ReadonlySignal<string | undefined>,
    total: total as ReadonlySignal<number>,
    hasMore,
    isFirstRun,
    listState: listState as ReadonlySignal<ListState>,
    loadingMore: loadingMore as ReadonlySignal<boolean>,
    selectedIds: selectedIds as ReadonlySignal<readonly string[]>,
    selectedSet,
    allShownSelected,
    panel: panel as ReadonlySignal<DashboardPanel>,

    async load(): Promise<void> {
      await Promise.all([loadFirst(PAGE_SIZE), loadFocused()]);
    },
    search(text: string): Promise<void> {
      query.value = text;
      return loadFirst(PAGE_SIZE);
    },
    async loadMore(): Promise<void> {
      if (loadingMore.value || !hasMore.value) return;
      const ticket = ++latestRequest;
      loadingMore.value = true;
      try {
        const page = await deps.request('listLeads', {
          query: query.value.trim(),
          offset: leads.value.length,
          limit: PAGE_SIZE,
        });
        if (ticket !== latestRequest) return;
        batch(() => {
          const shown = new Set(leads.value.map((lead) => lead.id));
          leads.value = [...leads.value, ...page.leads.filter((lead) => !shown.has(lead.id))];
          total.value = page.total;
        });
      } catch (error) {
        if (ticket === latestRequest) {
          listState.value = { phase: 'failed', message: `Could not load more leads: ${messageOf(error)}` };
        }
      } finally {
        loadingMore.value = false;
      }
    },
    /** Ticks or unticks one row for the export. */
    select(id: string, selected: boolean): void {
      const others = selectedIds.value.filter((other) => other !== id);
      selectedIds.value = selected ? [...others, id] : others;
    },
    /** Ticks every row shown, or unticks them all. */
    selectShown(selected: boolean): void {
      const shown = rows.value.map((row) => row.id);
      const others = selectedIds.value.filter((id) => !shown.includes(id));
      selectedIds.value = selected ? [...others, ...shown] : others;
    },
    togglePanel(next: Exclude<DashboardPanel, 'none'>): void {
      panel.value = panel.value === next ? 'none' : next;
    },
    closePanel(): void {
      panel.value = 'none';
    },
    openOptions(): void {
      deps.openOptions();
    },
  };
});

export type DashboardModel = InstanceType<typeof DashboardModel>;
