import { BANT_STATUSES, type BantCriterion, type BantStatus } from '@/lib/leads/types';
import { BANT_LABELS, BANT_STATUS_LABELS } from '@/lib/state/labels';

interface BantGroupProps {
  criterion: BantCriterion;
  value: BantStatus;
  onChange: (status: BantStatus) => void;
}

/** One BANT criterion as a radio group: arrow keys move between the answers. */
export function BantGroup({ criterion, value, onChange }: BantGroupProps) {
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
    </fieldset>
  );
}
