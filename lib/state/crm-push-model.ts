import { computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { SyncState } from '@/lib/crm/schema';
import { CRM_LABELS, type CrmConnectionSummary, type CrmTarget } from '@/lib/crm/types';
import type { RequestFn } from './ports';

export interface CrmPushDeps {
  request: RequestFn;
  /** Calls `listener` with the leads whose CRM sync state changed; returns how to stop. */
  onSyncChanged(listener: (leadIds: string[]) => void): () => void;
}

/** What the push acts on, from the dashboard: the rows shown, the ticked ones, the search. */
export interface CrmPushInputs {
  shownIds: ReadonlySignal<readonly string[]>;
  selectedIds: ReadonlySignal<readonly string[]>;
  query: ReadonlySignal<string>;
  matching: ReadonlySignal<number>;
}

export type CrmPushScope = 'selected' | 'all';

/** One line of a lead's sync cell: one CRM. */
export interface CrmSyncLine {
  target: CrmTarget;
  text: string;
  tone: 'neutral' | 'success' | 'error';
}

function time(iso: string): string {
  const date = new Date(iso);
  return date.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "HubSpot: synced 24 Nov, 10:32 · id 1001", "Webhook: failed — 401 …", "Pipedrive: queued". */
export function syncLine(state: SyncState): CrmSyncLine {
  const crm = CRM_LABELS[state.target];
  if (state.status === 'failed') return { target: state.target, text: `${crm}: failed — ${state.lastError ?? 'unknown error'}`, tone: 'error' };
  if (state.status === 'pending') {
    return { target: state.target, text: `${crm}: queued${state.lastError ? ` — ${state.lastError}` : ''}`, tone: 'neutral' };
  }
  const id = state.recordId ? ` · id ${state.recordId}` : '';
  return { target: state.target, text: `${crm}: synced ${state.syncedAt ? time(state.syncedAt) : ''}${id}`, tone: 'success' };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The dashboard's "Push to CRM" panel and sync column: which CRM, which leads, the push itself, and
 * where each shown lead stands in each CRM (refreshed as the background reports progress).
 */
export const CrmPushModel = createModel((deps: CrmPushDeps, inputs: CrmPushInputs) => {
  const connections = signal<CrmConnectionSummary[] | undefined>(undefined);
  const chosenTarget = signal<CrmTarget | undefined>(undefined);
  const chosenScope = signal<CrmPushScope | undefined>(undefined);
  const status = signal<{ text: string; tone: 'neutral' | 'success' | 'error' }>({ text: '', tone: 'neutral' });
  const pushing = signal(false);
  const states = signal<ReadonlyMap<string, CrmSyncLine[]>>(new Map());

  const target = computed(() => chosenTarget.value ?? connections.value?.[0]?.target);
  const scope = computed<CrmPushScope>(() => chosenScope.value ?? (inputs.selectedIds.value.length > 0 ? 'selected' : 'all'));
  const targetOptions = computed(() =>
    (connections.value ?? []).map((connection) => ({ value: connection.target, label: `${CRM_LABELS[connection.target]} (${connection.host})` })),
  );
  const scopeOptions = computed(() => {
    const matching = inputs.matching.value;
    const all = inputs.query.value.trim() ? `All ${matching} leads matching the search` : `All ${matching} leads`;
    const selected = inputs.selectedIds.value.length;
    return [...(selected > 0 ? [{ value: 'selected', label: `Selected leads (${selected})` }] : []), { value: 'all', label: all }];
  });
  const count = computed(() => (scope.value === 'selected' ? inputs.selectedIds.value.length : inputs.matching.value));

  async function refresh(leadIds: readonly string[]): Promise<void> {
    if (leadIds.length === 0) return;
    try {
      const fresh = await deps.request('crmSyncStates', { leadIds: [...leadIds] });
      const next = new Map(states.value);
      for (const id of leadIds) next.delete(id);
      for (const state of fresh) next.set(state.leadId, [...(next.get(state.leadId) ?? []), syncLine(state)]);
      states.value = next;
    } catch {
      // The column stays as it was; the next change refreshes it.
    }
  }

  effect(() => void refresh(inputs.shownIds.value));
  effect(() =>
    deps.onSyncChanged((leadIds) => {
      const shown = new Set(inputs.shownIds.peek());
      void refresh(leadIds.filter((id) => shown.has(id)));
    }),
  );

  return {
    connections: connections as ReadonlySignal<CrmConnectionSummary[] | undefined>,
    target,
    scope,
    targetOptions,
    scopeOptions,
    count,
    status: status as ReadonlySignal<{ text: string; tone: 'neutral' | 'success' | 'error' }>,
    pushing: pushing as ReadonlySignal<boolean>,
    syncLines: states as ReadonlySignal<ReadonlyMap<string, CrmSyncLine[]>>,

    async open(): Promise<void> {
      try {
        connections.value = await deps.request('crmConnections', {});
      } catch (error) {
        connections.value = [];
        status.value = { text: `Could not read the CRM connections: ${messageOf(error)}`, tone: 'error' };
      }
    },
    chooseTarget(value: string): void {
      chosenTarget.value = value as CrmTarget;
    },
    chooseScope(value: string): void {
      chosenScope.value = value as CrmPushScope;
    },
    async push(): Promise<void> {
      const crm = target.value;
      if (!crm || pushing.value) return;
      pushing.value = true;
      status.value = { text: `Queuing leads for ${CRM_LABELS[crm]}…`, tone: 'neutral' };
      try {
        const result = await deps.request(
          'pushToCrm',
          scope.value === 'selected' ? { target: crm, ids: [...inputs.selectedIds.value] } : { target: crm, query: inputs.query.value.trim() },
        );
        status.value = result.ok
          ? { text: `${result.queued} ${result.queued === 1 ? 'lead' : 'leads'} queued for ${CRM_LABELS[crm]}; the CRM sync column shows each one as it is sent`, tone: 'success' }
          : { text: result.message, tone: 'error' };
      } catch (error) {
        status.value = { text: `Push failed: ${messageOf(error)}`, tone: 'error' };
      } finally {
        pushing.value = false;
      }
    },
  };
});

export type CrmPushModel = InstanceType<typeof CrmPushModel>;
