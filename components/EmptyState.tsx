import type { ComponentChildren } from 'preact';

interface EmptyStateProps {
  title: string;
  children: ComponentChildren;
}

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <section class="empty-state" aria-label={title}>
      <img class="empty-state__mark" src="/icon.svg" alt="" width={56} height={56} />
      <h2 class="empty-state__title">{title}</h2>
      <div class="empty-state__body">{children}</div>
    </section>
  );
}
