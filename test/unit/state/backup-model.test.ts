import { describe, expect, it, vi } from 'vitest';
import { writeBackup } from '@/lib/backup/backup-format';
import type { ImportJob, ImportRow } from '@/lib/db/schema';
import { STORAGE_FULL } from '@/lib/db/storage-errors';
import type { Lead } from '@/lib/leads/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { BackupModel, type BackupDeps } from '@/lib/state/backup-model';
import { STAGE_CHUNK_SIZE } from '@/lib/state/bulk-import-client';
import { fakeRequest } from '../../fixtures/fake-background';
import { makeStoredLead } from '../../fixtures/leads';

const leads = Array.from({ length: STAGE_CHUNK_SIZE + 2 }, (_, index) => makeStoredLead({ id: `lead-${index}` }));
const source: BackupDeps['source'] = {
  settings: async () => ({ settings: { version: 3, value: DEFAULT_SETTINGS }, retention: { months: null } }),
  suppression: async () => ({ salts: [], entries: [] }),
  countLeads: async () => leads.length,
  readLeads: async (afterId, limit) => leads.filter((lead) => afterId === undefined || lead.id > afterId).slice(0, limit),
};

/** A background that stages and applies at once; the first `stageImport` fails as a stopped worker's would. */
function createModel() {
  let job: ImportJob | undefined;
  const staged: ImportRow[] = [];
  let listener: ((job: ImportJob) => void) | undefined;
  let stageCalls = 0;
  const request = fakeRequest({
    beginImport: (fields) => {
      job = { ...fields, id: 'job-1', phase: 'staging', done: 0, created: 0, merged: 0, suppressed: 0, createdAt: '' };
      return job;
    },
    stageImport: ({ offset, rows }) => {
      if (++stageCalls === 1) throw new Error('The message port closed before a response was received.');
      staged.splice(offset, rows.length, ...rows);
      return { staged: rows.length };
    },
    applyImport: () => {
      job = { ...job!, phase: 'finished', done: staged.length, created: staged.length };
      queueMicrotask(() => listener?.(job!));
      return { ...job, phase: 'applying' };
    },
    getImport: () => job ?? null,
  });
  const deps: BackupDeps = {
    request,
    download: vi.fn(),
    source,
    retention: { getValue: async () => ({ months: null }), setValue: vi.fn(async () => undefined) },
    onImportProgress: (next) => {
      listener = next;
      return () => (listener = undefined);
    },
    now: () => new Date('2026-11-24T08:00:00.000Z'),
    pollMs: 5,
  };
  return { model: new BackupModel(deps), deps, request, staged };
}

async function backupFile(stored: Lead[] = leads) {
  const { parts } = await writeBackup({ ...source, readLeads: async (afterId, limit) => stored.filter((lead) => afterId === undefined || lead.id > afterId).slice(0, limit) }, new Date(), () => undefined);
  return { name: 'backup.json', text: async () => parts.join('') };
}

describe('BackupModel', () => {
  it('should back up to one JSON download and say how many leads it holds', async () => {
    const { model, deps } = createModel();

    await model.backUp();

    expect(deps.download).toHaveBeenCalledWith(expect.objectContaining({ name: 'leadscout-backup-2026-11-24.json', type: 'application/json' }));
    expect(model.statusText.value).toBe(
      'Backed up 502 leads, the settings and the suppression list to leadscout-backup-2026-11-24.json',
    );
  });

  it('should hand a checked backup to the background in chunks, re-sending one a stopped worker dropped', async () => {
    const { model, staged } = createModel();

    await model.restore(await backupFile());

    expect(staged.map((row) => (row.kind === 'lead' ? row.lead.id : ''))).toEqual(leads.map((lead) => lead.id));
    expect(model.state.value.phase).toBe('restored');
    expect(model.statusText.value).toBe('Restored 502 leads (502 new, 0 merged) and the settings');
  });

  it('should say that storage is full when the background could not stage the rows for want of space', async () => {
    const { model, request } = createModel();
    request.mockRejectedValue(new Error(STORAGE_FULL));

    await model.restore(await backupFile());

    expect(model.state.value.phase).toBe('failed');
    expect(model.statusText.value).toBe('Browser storage is full — nothing already stored was lost. Free up disk space, then press Restore again.');
  });

  it('should send nothing when the file is wrong, and say what is wrong', async () => {
    const { model, request } = createModel();

    await model.restore({ name: 'notes.json', text: async () => '{"hello": 1}' });

    expect(request).not.toHaveBeenCalled();
    expect(model.statusText.value).toBe(
      'This file is not a LeadScout backup: it has no "format": "leadscout-backup". Nothing was restored.',
    );
  });
});
