import { computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { DuplicateSummary } from '@/lib/messaging/protocol';
import type { RequestFn } from './ports';

export interface DuplicateReviewDeps {
  request: RequestFn;
  /** The leads the dashboard shows: only these are checked for possible duplicates. */
  shownIds: ReadonlySignal<readonly string[]>;
}

/** A possible duplicate a row is marked with: the lead it may be. */
export interface DuplicateMark {
  otherId: string;
  otherName: string;
}

export type ReviewState =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; text: string }
  | { phase: 'failed'; text: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "Possible duplicate" in the dashboard: which shown leads may be the same person as other leads
 * (every one of them, as the background ranks them), and the rep's Merge (the row's lead keeps its
 * id and takes that other in) or Keep separate. The list reloads on `leadsChanged` after either,
 * and the marks follow the rows.
 */
export const DuplicateReviewModel = createModel((deps: DuplicateReviewDeps) => {
  const found = signal<ReadonlyMap<string, readonly DuplicateSummary[]>>(new Map());
  const state = signal<ReviewState>({ phase: 'idle' });
  let latestRequest = 0;

  async function check(ids: readonly string[]): Promise<void> {
    const ticket = ++latestRequest;
    if (ids.length === 0) {
      found.value = new Map();
      return;
    }
    try {
      const answer = await deps.request('findLeadDuplicates', { ids: [...ids] });
      if (ticket !== latestRequest) return;
      found.value = new Map(answer.filter(({ duplicates }) => duplicates.length > 0).map(({ leadId, duplicates }) => [leadId, duplicates]));
    } catch (error) {
      // The marks are a hint: the table works without them.
      console.warn('LeadScout: could not look for possible duplicates', error);
    }
  }

  effect(() => {
    void check(deps.shownIds.value);
  });

  const marks = computed<ReadonlyMap<string, readonly DuplicateMark[]>>(
    () =>
      new Map(
        [...found.value].map(([leadId, others]) => [leadId, others.map((other) => ({ otherId: other.id, otherName: other.name || 'another lead' }))]),
      ),
  );

  async function act(leadId: string, otherId: string, work: (other: DuplicateSummary) => Promise<string>): Promise<void> {
    const other = found.value.get(leadId)?.find((candidate) => candidate.id === otherId);
    if (!other || state.value.phase === 'working') return;
    state.value = { phase: 'working' };
    try {
      state.value = { phase: 'done', text: await work(other) };
      await check(deps.shownIds.value);
    } catch (error) {
      state.value = { phase: 'failed', text: `Could not do that: ${messageOf(error)}` };
    }
  }

  const announcement = computed(() => {
    const current = state.value;
    return current.phase === 'done' || current.phase === 'failed' ? current.text : '';
  });

  return {
    marks,
    state: state as ReadonlySignal<ReviewState>,
    announcement,
    /** Fold the possible duplicate `otherId` into the row's lead, which keeps its id. */
    merge(leadId: string, otherId: string): Promise<void> {
      return act(leadId, otherId, async (other) => {
        const merged = await deps.request('mergeLeads', { survivorId: leadId, otherId: other.id });
        return merged ? 'Merged into one lead' : 'That lead is gone already';
      });
    },
    /** The two are different people: never offered again. */
    keepSeparate(leadId: string, otherId: string): Promise<void> {
      return act(leadId, otherId, async (other) => {
        await deps.request('keepLeadsSeparate', { id: leadId, otherId: other.id });
        return 'Kept as separate leads';
      });
    },
  };
});

export type DuplicateReviewModel = InstanceType<typeof DuplicateReviewModel>;
