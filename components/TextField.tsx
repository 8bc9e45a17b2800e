import type { Signalish } from 'preact';
import { useId } from 'preact/hooks';

interface TextFieldProps {
  /** Visible, and the control's accessible name. */
  label: string;
  /** A signal binds straight to the DOM, so typing does not re-render the whole form. */
  value: Signalish<string>;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'search' | 'url' | 'date' | 'password';
  /** The on-screen keyboard to offer, e.g. 'decimal' for an amount. */
  inputMode?: 'decimal' | 'numeric';
  /** A textarea instead of a one-line input. */
  multiline?: boolean;
  autoComplete?: string;
  placeholder?: string;
  /** A short line under the field; announced as the field's description. */
  hint?: string;
  class?: string;
}

export function TextField({
  label,
  value,
  onInput,
  type = 'text',
  multiline = false,
  autoComplete = 'off',
  placeholder,
  hint,
  inputMode,
  class: className,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const describedBy = hint ? hintId : undefined;
  const onControlInput = (event: Event) =>
    onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <div class={['field', className].filter(Boolean).join(' ')}>
      <label class="field__label" for={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          class="field__control"
          rows={3}
          value={value}
          placeholder={placeholder}
          aria-describedby={describedBy}
          onInput={onControlInput}
        />
      ) : (
        <input
          id={id}
          class="field__control"
          // Preact 11 types <input> per literal `type`; every text-like type here takes the same attributes.
          type={type as 'text'}
          value={value}
          placeholder={placeholder}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellcheck={false}
          aria-describedby={describedBy}
          onInput={onControlInput}
        />
      )}
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
