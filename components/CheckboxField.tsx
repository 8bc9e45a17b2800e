import { useId } from 'preact/hooks';

interface CheckboxFieldProps {
  /** Visible, and the control's accessible name. */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div class="checkbox-field">
      <input
        id={id}
        type="checkbox"
        class="checkbox-field__control"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label class="checkbox-field__label" for={id}>
          {label}
        </label>
        {hint && (
          <p class="field__hint" id={hintId}>
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
