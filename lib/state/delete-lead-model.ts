import { computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import type { RequestFn } from './ports';

/** The lead the rep asked to delete, named as its row shows it. */
export interface DeleteTarget {
  id: string;
  name: string;
}

export type DeleteState =
  | { phase: 'idle' }
  | { phase: 'confirming'; target: DeleteTarget }
  | { phase: 'deleting'; target: DeleteTarget }
  | { phase: 'deleted'; name: string; suppressed: boolean }
  | { phase: 'failed'; message: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Deleting a person on request (GDPR Art. 17) from the dashboard: ask, confirm (optionally keeping
 * them from being captured again, Art. 21), delete through the background. The list refreshes on
 * the background's `leadsChanged`.
 */
export const DeleteLeadModel = createModel((deps: { request: RequestFn }) => {
  const state = signal<DeleteState>({ phase: 'idle' });
  const suppress = signal(false);

  const announcement = computed(() => {
    const current = state.value;
    if (current.phase === 'deleted') {
      return current.suppressed
        ? `Deleted ${current.name}. LeadScout will not capture this person again.`
        : `Deleted ${current.name}.`;
    }
    return current.phase === 'failed' ? current.message : '';
  });

  return {
    state: state as ReadonlySignal<DeleteState>,
    suppress: suppress as ReadonlySignal<boolean>,
    announcement,
    ask(target: DeleteTarget): void {
      suppress.value = false;
      state.value = { phase: 'confirming', target };
    },
    cancel(): void {
      state.value = { phase: 'idle' };
    },
    setSuppress(value: boolean): void {
      suppress.value = value;
    },
    async confirm(): Promise<void> {
      const current = state.value;
      if (current.phase !== 'confirming') return;
      const { target } = current;
      const suppressed = suppress.value;
      state.value = { phase: 'deleting', target };
      try {
        await deps.request('deleteLead', { id: target.id, suppress: suppressed });
        state.value = { phase: 'deleted', name: target.name, suppressed };
      } catch (error) {
        state.value = { phase: 'failed', message: `Could not delete ${target.name}: ${messageOf(error)}` };
      }
    },
  };
});

export type DeleteLeadModel = InstanceType<typeof DeleteLeadModel>;
