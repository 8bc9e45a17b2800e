interface StatusMessageProps {
  text: string;
  tone?: 'neutral' | 'progress' | 'success' | 'error';
}

/**
 * A polite live region. It is always in the page, even when empty, because screen readers only
 * announce changes to a region that existed before the change.
 */
export function StatusMessage({ text, tone = 'neutral' }: StatusMessageProps) {
  return (
    <p role="status" aria-live="polite" class={`status status--${tone}`}>
      {text}
    </p>
  );
}
