import { useId } from 'preact/hooks';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  /** Visible, and the control's accessible name. */
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** Shown as a disabled first option when nothing can be chosen yet. */
  emptyLabel?: string;
  /** A short line under the field; announced as the field's description. */
  hint?: string;
  class?: string;
}

export function SelectField({ label, value, options, onChange, emptyLabel, hint, class: className }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div class={['field', className].filter(Boolean).join(' ')}>
      <label class="field__label" for={id}>
        {label}
      </label>
      <select
        id={id}
        class="field__control field__control--select"
        value={value}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.length === 0 && emptyLabel && (
          <option value="" disabled>
            {emptyLabel}
          </option>
        )}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
