import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { BANT_STATUSES, type BantCriterion, type BantStatus } from '@/lib/leads/types';
import { BANT_LABELS, BANT_STATUS_LABELS } from '@/lib/state/labels';

interface BantGroupProps {
  criterion: BantCriterion;
  value: BantStatus;
  onChange: (status: BantStatus) => void;
  /** The criterion's details (note, amount, role, date…), shown under the answers while open. */
  details?: ComponentChildren;
  detailsOpen?: boolean;
  onToggleDetails?: () => void;
}

/**
 * One BANT criterion as a radio group: arrow keys move between the answers. Its details stay folded
 * away until asked for, so answering the four questions stays four clicks.
 */
export function BantGroup({ criterion, value, onChange, details, detailsOpen = false, onToggleDetails }: BantGroupProps) {
  const detailsId = useId();
  return (
    <fieldset class="bant-group">
      <legend class="bant-group__label">{BANT_LABELS[criterion]}</legend>
      <div class="segmented">
        {BANT_STATUSES.map((status) => (
          <label key={status} class={`segmented__option segmented__option--${status}`}>
            <input
              type="radio"
              class="segmented__input"
              name={`bant-${criterion}`}
              value={status}
              checked={value === status}
              onChange={() => onChange(status)}
            />
            <span class="segmented__text">{BANT_STATUS_LABELS[status]}</span>
          </label>
        ))}
      </div>
      {details && (
        <button
          type="button"
          class="btn btn--link bant-group__toggle"
          aria-expanded={detailsOpen}
          aria-controls={detailsId}
          onClick={onToggleDetails}
        >
          Details
        </button>
      )}
      {details && detailsOpen && (
        <div class="bant-group__details" id={detailsId}>
          {details}
        </div>
      )}
    </fieldset>
  );
}
