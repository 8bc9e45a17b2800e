import { useRef } from 'preact/hooks';
import { RETENTION_CHOICES } from '@/lib/settings/retention';
import type { BackupModel } from '@/lib/state/backup-model';
import { SelectField } from './SelectField';
import { StatusMessage } from './StatusMessage';

const NEVER = 'never';
const RETENTION_OPTIONS = [
  { value: NEVER, label: 'Never (keep every lead)' },
  ...RETENTION_CHOICES.map((months) => ({ value: String(months), label: `${months} months` })),
];

/** Back up and restore everything as one JSON file, and the retention period. */
export function BackupPanel({ model }: { model: BackupModel }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const progress = model.progress.value;
  const busy = model.busy.value;
  const months = model.retentionMonths.value;
  const failed = model.state.value.phase === 'failed';
  return (
    <section class="card backup-panel" aria-labelledby="backup-heading">
      <h2 class="card__title" id="backup-heading">
        Backup and retention
      </h2>
      <p class="section-lede">
        One JSON file with every lead, the settings and the list of people deleted on request. Restoring checks the whole
        file first and writes nothing if anything in it is wrong.
      </p>
      <div class="backup-panel__actions">
        <button type="button" class="btn" disabled={busy} onClick={() => void model.backUp()}>
          Back up
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => fileInput.current?.click()}>
          Restore
        </button>
        <input
          ref={fileInput}
          type="file"
          class="visually-hidden"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const [file] = event.currentTarget.files ?? [];
            event.currentTarget.value = '';
            if (file) void model.restore(file);
          }}
        />
      </div>
      {progress && (
        <progress aria-label="Backup progress" value={progress.value} max={progress.max}>
          {model.statusText.value}
        </progress>
      )}
      <StatusMessage text={model.statusText.value} tone={failed ? 'error' : busy ? 'progress' : 'neutral'} />
      <SelectField
        class="field--narrow"
        label="Delete leads untouched for"
        value={months === null ? NEVER : String(months)}
        options={RETENTION_OPTIONS}
        hint="Leads nobody saved or changed for that long are deleted, checked every day. Off by default."
        onChange={(value) => void model.setRetention(value === NEVER ? null : Number(value))}
      />
    </section>
  );
}
