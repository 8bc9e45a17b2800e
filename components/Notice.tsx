interface NoticeProps {
  tone: 'info' | 'warning';
  title: string;
  hint?: string;
}

/** Why the form is empty or what went wrong, where the rep will read it first. */
export function Notice({ tone, title, hint }: NoticeProps) {
  return (
    <div class={`notice notice--${tone}`}>
      <p class="notice__title">{title}</p>
      {hint && <p class="notice__hint">{hint}</p>}
    </div>
  );
}
