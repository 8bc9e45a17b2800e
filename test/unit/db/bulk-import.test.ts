import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBulkImporter, type BulkImportDeps } from '@/lib/db/bulk-import';
import { createLeadsRepo } from '@/lib/db/leads-repo';
import { openLeadsDb } from '@/lib/db/open';
import type { ImportJob, ImportRow } from '@/lib/db/schema';
import { createSuppression } from '@/lib/db/suppression';
import type { Lead } from '@/lib/leads/types';
import { makeLeadInput, makePerson, makeStoredLead, TEST_SETTINGS } from '../../fixtures/leads';

function storedLead(index: number): Lead {
  const email = `lead${index}@example.com`;
  return makeStoredLead({
    id: `lead-${String(index).padStart(3, '0')}`,
    person: { fullName: `Lead ${index}`, emails: [email] },
    identityKeys: [`email:${email}`],
  });
}

const backupRows = (count: number): ImportRow[] => Array.from({ length: count }, (_, index) => ({ kind: 'lead', lead: storedLead(index) }));

function importer(overrides: Partial<BulkImportDeps> = {}) {
  const db = openLeadsDb();
  const progress: ImportJob[] = [];
  const importerDeps: BulkImportDeps = {
    db,
    getSettings: async () => TEST_SETTINGS,
    suppression: createSuppression(db),
    onProgress: (job) => progress.push(job),
    onApplied: vi.fn(),
    clock: () => new Date('2026-02-01T10:00:00.000Z'),
    pause: () => Promise.resolve(),
    chunkSize: 3,
    ...overrides,
  };
  return { bulk: createBulkImporter(importerDeps), db, progress };
}

async function stageAll(bulk: ReturnType<typeof importer>['bulk'], rows: ImportRow[], kind: ImportJob['kind'] = 'restore') {
  const job = await bulk.begin({ kind, total: rows.length });
  for (let offset = 0; offset < rows.length; offset += 4) await bulk.stage(job.id, offset, rows.slice(offset, offset + 4));
  return job;
}

describe('createBulkImporter', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('should apply every staged row in chunks, once, and leave no staged row behind', async () => {
    const { bulk, db, progress } = importer();
    const rows = backupRows(10);
    const job = await stageAll(bulk, rows);

    await bulk.apply(job.id);
    await bulk.settled(job.id);

    const connection = await db;
    expect(await connection.getAll('leads')).toEqual(rows.map((row) => (row.kind === 'lead' ? row.lead : undefined)));
    expect(await connection.count('importRows')).toBe(0);
    expect(await bulk.get(job.id)).toMatchObject({ phase: 'finished', done: 10, created: 10, merged: 0, suppressed: 0 });
    expect(progress.map((entry) => entry.done)).toEqual([3, 6, 9, 10]);
  });

  it('should store a row sent twice (a retried request) once', async () => {
    const { bulk, db } = importer();
    const rows = backupRows(4);
    const job = await bulk.begin({ kind: 'restore', total: 4 });

    await bulk.stage(job.id, 0, rows);
    await bulk.stage(job.id, 0, rows);
    await bulk.apply(job.id);
    await bulk.settled(job.id);

    expect(await (await db).count('leads')).toBe(4);
  });

  it('should refuse to start before every row has arrived', async () => {
    const { bulk } = importer();
    const job = await bulk.begin({ kind: 'restore', total: 5 });
    await bulk.stage(job.id, 0, backupRows(2));

    await expect(bulk.apply(job.id)).rejects.toThrow('Only 2 of 5 rows arrived');
  });

  it('should merge lead inputs through the save path: two rows of one person are one lead', async () => {
    const { bulk, db } = importer();
    const rows: ImportRow[] = [
      { kind: 'input', input: makeLeadInput({ person: makePerson({ emails: ['olena@finlytics.io'] }), notes: 'Webinar' }) },
      { kind: 'input', input: makeLeadInput({ person: makePerson({ emails: ['olena@finlytics.io', 'o.k@gmail.com'] }), notes: 'Called' }) },
    ];
    const job = await stageAll(bulk, rows, 'import');

    await bulk.apply(job.id);
    await bulk.settled(job.id);

    const leads = await (await db).getAll('leads');
    expect(leads).toHaveLength(1);
    expect(leads[0].person.emails.toSorted()).toEqual(['o.k@gmail.com', 'olena@finlytics.io']);
    expect(leads[0].notes).toBe('Webinar\n\nCalled');
    expect(await bulk.get(job.id)).toMatchObject({ created: 1, merged: 1 });
  });

  it('should tell which stored leads a row folded into one, after the chunk is stored', async () => {
    const onFolded = vi.fn(async () => {});
    const { bulk, db } = importer({ onFolded });
    await Promise.all([storedLead(1), storedLead(2)].map(async (lead) => (await db).put('leads', lead)));
    const job = await stageAll(bulk, [{ kind: 'input', input: makeLeadInput({ person: makePerson({ emails: ['lead1@example.com', 'lead2@example.com'] }) }) }], 'import');

    await bulk.apply(job.id);
    await bulk.settled(job.id);

    const [survivor, ...others] = await (await db).getAll('leads');
    expect(others).toEqual([]);
    const absorbed = ['lead-001', 'lead-002'].filter((id) => id !== survivor?.id);
    expect(onFolded.mock.calls).toEqual([[survivor?.id, absorbed]]);
  });

  it('should drop a job abandoned while staging, with its rows, after a day, and leave the others', async () => {
    let now = new Date('2026-02-01T10:00:00.000Z');
    const { bulk, db } = importer({ clock: () => now });
    const abandoned = await bulk.begin({ kind: 'import', total: 10 });
    await bulk.stage(abandoned.id, 0, backupRows(4));
    const applied = await stageAll(bulk, backupRows(2));
    await bulk.apply(applied.id);
    await bulk.settled(applied.id);
    now = new Date('2026-02-02T09:00:00.000Z');
    const recent = await stageAll(bulk, backupRows(3));
    now = new Date('2026-02-02T10:00:01.000Z');

    expect(await bulk.dropAbandoned()).toEqual([abandoned.id]);

    expect((await (await db).getAll('importJobs')).map((job) => job.id).toSorted()).toEqual([applied.id, recent.id].toSorted());
    expect(await (await db).count('importRows')).toBe(3);
    await bulk.apply(recent.id);
    await bulk.settled(recent.id);
    expect(await bulk.get(recent.id)).toMatchObject({ phase: 'finished' });
  });

  it('should rebuild the capture history and near keys of a lead from a backup written before they existed', async () => {
    const { bulk, db } = importer();
    const { history: _history, nearKeys: _nearKeys, ...older } = storedLead(1);
    const job = await stageAll(bulk, [{ kind: 'lead', lead: older as Lead }]);

    await bulk.apply(job.id);
    await bulk.settled(job.id);

    const [restored] = await (await db).getAll('leads');
    expect(restored.history).toEqual([{ at: older.sources[0].capturedAt, url: older.sources[0].url, kind: 'linkedin-person', channel: older.channels[0] }]);
    expect(restored.nearKeys).toContain('email:lead1@example.com');
  });

  it('should keep a backup lead as it is for a new person, and the newer record for a known one', async () => {
    const { bulk, db } = importer();
    const stored = storedLead(1);
    await (await db).put('leads', { ...stored, updatedAt: '2026-01-01T00:00:00.000Z', notes: 'older' });
    const newer = { ...stored, id: 'other-id', notes: 'newer', updatedAt: '2026-01-15T00:00:00.000Z' };
    const job = await stageAll(bulk, [
      { kind: 'lead', lead: newer },
      { kind: 'lead', lead: { ...storedLead(2), notes: 'stale', updatedAt: '2020-01-01T00:00:00.000Z' } },
    ]);
    await (await db).put('leads', { ...storedLead(2), notes: 'kept' });

    await bulk.apply(job.id);
    await bulk.settled(job.id);

    expect(await (await db).getAll('leads')).toEqual([
      { ...newer, id: stored.id },
      { ...storedLead(2), notes: 'kept' },
    ]);
  });

  it('should skip people deleted on request', async () => {
    const { bulk, db } = importer();
    const repo = createLeadsRepo(db, async () => TEST_SETTINGS);
    const saved = await repo.save(makeLeadInput({ person: makePerson({ emails: ['lead2@example.com'] }) }));
    await repo.deletePerson(saved.lead.id, { suppress: true });
    const job = await stageAll(bulk, backupRows(4));

    await bulk.apply(job.id);
    await bulk.settled(job.id);

    expect((await (await db).getAll('leads')).map((lead) => lead.id)).toEqual(['lead-000', 'lead-001', 'lead-003']);
    expect(await bulk.get(job.id)).toMatchObject({ phase: 'finished', created: 3, suppressed: 1 });
  });

  it('should resume after the last chunk a stopped worker applied, applying each row exactly once', async () => {
    const stopped = importer({ pause: () => new Promise(() => undefined) });
    const rows = backupRows(10);
    const job = await stageAll(stopped.bulk, rows);
    await stopped.bulk.apply(job.id);
    await vi.waitFor(async () => expect((await stopped.bulk.get(job.id))?.done).toBe(3));

    const restarted = importer();
    await restarted.bulk.resume();

    const connection = await restarted.db;
    expect((await connection.getAll('leads')).map((lead) => lead.id)).toEqual(rows.map((_, index) => storedLead(index).id));
    expect(await restarted.bulk.get(job.id)).toMatchObject({ phase: 'finished', done: 10, created: 10 });
    expect(await connection.count('importRows')).toBe(0);
  });

  it('should stop on a full disk with nothing of the chunk written, say so, and carry on when asked again', async () => {
    const { bulk, db, progress } = importer();
    const job = await stageAll(bulk, backupRows(5));
    const realPut = IDBObjectStore.prototype.put;
    let writes = 0;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      // The second chunk's leads do not fit.
      if (this.name === 'leads' && ++writes > 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });

    await bulk.apply(job.id);
    await bulk.settled(job.id);

    expect(progress.at(-1)?.failure).toMatch(/^Browser storage is full — nothing already stored was lost\. 3 of 5 leads are in/);
    expect(await (await db).count('leads')).toBe(3);
    put.mockRestore();

    await bulk.apply(job.id);
    await bulk.settled(job.id);

    expect(await (await db).count('leads')).toBe(5);
    expect(await bulk.get(job.id)).toMatchObject({ phase: 'finished', done: 5, created: 5 });
    expect((await bulk.get(job.id))?.failure).toBeUndefined();
  });
});
