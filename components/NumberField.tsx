import { useId } from 'preact/hooks';

interface NumberFieldProps {
  /** Visible, and the control's accessible name. */
  label: string;
  /** NaN shows an empty box: the rep cleared it, and the form says why it cannot be saved. */
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  class?: string;
}

export function NumberField({ label, value, onChange, min = 0, max, class: className }: NumberFieldProps) {
  const id = useId();
  return (
    <div class={['field', 'field--number', className].filter(Boolean).join(' ')}>
      <label class="field__label" for={id}>
        {label}
      </label>
      <input
        id={id}
        class="field__control"
        type="number"
        inputMode="numeric"
        step={1}
        min={min}
        max={max}
        value={Number.isNaN(value) ? '' : String(value)}
        onInput={(event) => {
          const text = event.currentTarget.value.trim();
          onChange(text === '' ? Number.NaN : Number(text));
        }}
      />
    </div>
  );
}
