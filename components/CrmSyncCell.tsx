import type { CrmSyncLine } from '@/lib/state/crm-push-model';

/** Where one lead stands in each CRM it was pushed to; empty when it never was. */
export function CrmSyncCell({ lines }: { lines: readonly CrmSyncLine[] | undefined }) {
  if (!lines || lines.length === 0) return null;
  return (
    <ul class="crm-sync">
      {lines.map((line) => (
        <li key={line.target} class={`crm-sync__line crm-sync__line--${line.tone}`}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
