import { useId } from 'preact/hooks';
import type { DeleteState } from '@/lib/state/delete-lead-model';
import { CheckboxField } from './CheckboxField';

interface DeleteLeadDialogProps {
  state: DeleteState;
  suppress: boolean;
  onSuppressChange: (suppress: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The confirmation before a person is deleted; rendered only while one is being confirmed. */
export function DeleteLeadDialog({ state, suppress, onSuppressChange, onConfirm, onCancel }: DeleteLeadDialogProps) {
  const titleId = useId();
  if (state.phase !== 'confirming' && state.phase !== 'deleting') return null;
  const { name } = state.target;
  return (
    <div class="card delete-dialog" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <h2 class="card__title" id={titleId}>
        Delete {name}?
      </h2>
      <p>The lead and everything recorded about this person are removed from this browser. This cannot be undone.</p>
      <CheckboxField
        label="Don't capture this person again"
        checked={suppress}
        hint="For a person who asked to be deleted: LeadScout keeps only a salted hash of their e-mail, profile and phone keys, and refuses to capture them again."
        onChange={onSuppressChange}
      />
      <div class="delete-dialog__actions">
        <button type="button" class="btn btn--danger" disabled={state.phase === 'deleting'} onClick={onConfirm}>
          Delete lead
        </button>
        <button type="button" class="btn btn--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
