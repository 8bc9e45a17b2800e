import { useId } from 'preact/hooks';
import { formatKeywords, parseKeywords } from '@/lib/scoring/icp-profiles';

interface KeywordsFieldProps {
  /** Visible, and the control's accessible name. */
  label: string;
  keywords: readonly string[];
  onChange: (keywords: string[]) => void;
  hint?: string;
}

/**
 * Comma-separated keywords. Read when the rep leaves the box (or saves), not on every keystroke, so
 * that a trailing comma or space being typed is not tidied away under the cursor.
 */
export function KeywordsField({ label, keywords, onChange, hint }: KeywordsFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div class="field keywords-field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <textarea
        id={id}
        class="field__control"
        rows={2}
        spellcheck={false}
        defaultValue={formatKeywords(keywords)}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(parseKeywords(event.currentTarget.value))}
      />
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
