import { computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import { checkBackup, writeBackup, type Backup, type BackupSource } from '@/lib/backup/backup-format';
import type { ImportJob, ImportRow } from '@/lib/db/schema';
import { STORAGE_FULL } from '@/lib/db/storage-errors';
import type { RetentionSettings } from '@/lib/settings/retention';
import type { DownloadFile } from './export-model';
import { runBulkImport, type BulkImportPorts } from './bulk-import-client';

export interface BackupDeps extends BulkImportPorts {
  download(file: DownloadFile): void;
  /** The database, read by the page itself (only the background writes). */
  source: BackupSource;
  retention: { getValue(): Promise<RetentionSettings>; setValue(value: RetentionSettings): Promise<void> };
  now(): Date;
}

/** What the file picker hands over (a `File`). */
export interface BackupFile {
  name: string;
  text(): Promise<string>;
}

export type BackupState =
  | { phase: 'idle' }
  | { phase: 'backing-up'; done: number; total: number }
  | { phase: 'backed-up'; count: number; fileName: string }
  | { phase: 'checking'; done: number; total: number }
  | { phase: 'sending'; done: number; total: number }
  | { phase: 'restoring'; done: number; total: number }
  | { phase: 'restored'; job: ImportJob }
  | { phase: 'failed'; message: string };

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function backupFileName(now: Date): string {
  return `leadscout-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** One line for the status region and the progress bar's label. */
export function backupStatusText(state: BackupState): string {
  switch (state.phase) {
    case 'idle':
      return '';
    case 'backing-up':
      return `Backing up… ${count(state.done)} of ${plural(state.total, 'lead')}`;
    case 'backed-up':
      return `Backed up ${plural(state.count, 'lead')}, the settings and the suppression list to ${state.fileName}`;
    case 'checking':
      return `Checking the file… ${count(state.done)} of ${plural(state.total, 'lead')}`;
    case 'sending':
      return `Restoring… ${count(state.done)} of ${plural(state.total, 'lead')} handed over`;
    case 'restoring':
      return `Restoring… ${count(state.done)} of ${plural(state.total, 'lead')} stored`;
    case 'restored': {
      const { created, merged, suppressed } = state.job;
      const refused = suppressed > 0 ? `, ${count(suppressed)} skipped (deleted on request)` : '';
      return `Restored ${plural(state.job.total, 'lead')} (${count(created)} new, ${count(merged)} merged${refused}) and the settings`;
    }
    case 'failed':
      return state.message;
  }
}

/**
 * Backup and restore of everything (leads, settings, retention, the suppression list) as one JSON
 * file, and the retention setting. The backup is read chunk by chunk; a restore is checked whole
 * before anything is written, then handed to the background in chunks and applied by it.
 */
export const BackupModel = createModel((deps: BackupDeps) => {
  const state = signal<BackupState>({ phase: 'idle' });
  const retentionMonths = signal<number | null>(null);
  const busy = computed(() => ['backing-up', 'checking', 'sending', 'restoring'].includes(state.value.phase));
  const statusText = computed(() => backupStatusText(state.value));
  const progress = computed(() => {
    const current = state.value;
    return 'total' in current ? { value: current.done, max: Math.max(current.total, 1) } : null;
  });

  async function restoreChecked(backup: Backup): Promise<void> {
    const { leads, settings, retention, suppression } = backup;
    const rows = leads.map((lead): ImportRow => ({ kind: 'lead', lead }));
    const result = await runBulkImport(deps, { kind: 'restore', settings: { settings, retention }, suppression }, rows, (step) => {
      state.value = { phase: step.phase === 'sending' ? 'sending' : 'restoring', done: step.done, total: step.total };
    });
    retentionMonths.value = retention.months;
    state.value = result.failure ? { phase: 'failed', message: result.failure } : { phase: 'restored', job: result };
  }

  return {
    state: state as ReadonlySignal<BackupState>,
    statusText,
    progress,
    busy,
    retentionMonths: retentionMonths as ReadonlySignal<number | null>,

    async load(): Promise<void> {
      retentionMonths.value = (await deps.retention.getValue()).months;
    },
    async setRetention(months: number | null): Promise<void> {
      retentionMonths.value = months;
      await deps.retention.setValue({ months });
    },
    async backUp(): Promise<void> {
      if (busy.value) return;
      state.value = { phase: 'backing-up', done: 0, total: 0 };
      try {
        const now = deps.now();
        const { parts, count: written } = await writeBackup(deps.source, now, (done, total) => {
          state.value = { phase: 'backing-up', done, total };
        });
        const fileName = backupFileName(now);
        deps.download({ name: fileName, type: 'application/json', parts });
        state.value = { phase: 'backed-up', count: written, fileName };
      } catch (error) {
        state.value = { phase: 'failed', message: `Backup failed: ${messageOf(error)}. Nothing was changed; try again.` };
      }
    },
    async restore(file: BackupFile): Promise<void> {
      if (busy.value) return;
      state.value = { phase: 'checking', done: 0, total: 0 };
      try {
        const checked = await checkBackup(await file.text(), (done, total) => {
          state.value = { phase: 'checking', done, total };
        });
        if (!checked.ok) {
          state.value = { phase: 'failed', message: `${checked.message} Nothing was restored.` };
          return;
        }
        await restoreChecked(checked.backup);
      } catch (error) {
        const reason = messageOf(error);
        state.value = {
          phase: 'failed',
          message:
            reason === STORAGE_FULL
              ? `${STORAGE_FULL} Free up disk space, then press Restore again.`
              : `Restore stopped: ${reason}. Nothing already stored was lost; press Restore again.`,
        };
      }
    },
  };
});

export type BackupModel = InstanceType<typeof BackupModel>;
