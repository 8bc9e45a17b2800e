import type { IDBPDatabase } from 'idb';
import { buildLead, type LeadSettings } from '@/lib/leads/build-lead';
import type { Lead } from '@/lib/leads/types';
import { anySuppressed, commit, findSamePerson, mergeIntoStore, type WritableLeads } from './leads-repo';
import { historyFromSources } from './migrations/004-record-capture-history';
import { withDuplicateKeys } from './migrations/005-index-near-duplicate-keys';
import type { BackupSuppression, ImportJob, ImportRow, LeadsDB } from './schema';
import { importFailureMessage } from './storage-errors';
import type { Suppression } from './suppression';

/** Rows applied per `readwrite` transaction: a save from the popup never waits long behind one. */
export const IMPORT_CHUNK_SIZE = 250;
/**
 * A job still staging this long after it began was abandoned (the page that sent its rows was closed
 * or crashed): nothing will ever apply it. A 50k-row file stages in minutes.
 */
export const ABANDONED_IMPORT_AGE_MS = 24 * 60 * 60 * 1000;

export interface BulkImportDeps {
  db: PromiseLike<IDBPDatabase<LeadsDB>>;
  getSettings(): Promise<LeadSettings>;
  suppression: Suppression;
  /** After every chunk, and when a chunk fails. */
  onProgress(job: ImportJob): void;
  /** The leads a chunk created or changed. */
  onApplied(ids: string[]): void;
  /** A row linked stored leads that were one person: `absorbedIds` were folded into `survivorId`. */
  onFolded?(survivorId: string, absorbedIds: string[]): Promise<void>;
  clock?: () => Date;
  /** Lets pages' messages and saves in between chunks; a macrotask in the worker. */
  pause?(): Promise<void>;
  chunkSize?: number;
}

type Outcome = 'created' | 'merged' | 'suppressed';

/** What a row needs that cannot be computed inside a transaction (hashing is asynchronous). */
interface PreparedRow {
  row: ImportRow;
  /** The lead a CSV row would create; a backup's own lead. */
  lead: Lead;
  hashes: string[];
}

function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A job's staged rows from index `from` up to `to` (all of them from `from` on by default). */
function rowsOf(jobId: string, from = 0, to = Number.MAX_SAFE_INTEGER): IDBKeyRange {
  return IDBKeyRange.bound([jobId, from], [jobId, to]);
}

/**
 * A backup's lead: stored as it is when the person is new; when the store already has them (same id
 * or same identity key), the more recently updated record wins, under the stored id, with the
 * identity keys of both (keys only ever grow).
 */
async function restoreLead(leads: WritableLeads, backedUp: Lead): Promise<Exclude<Outcome, 'suppressed'>> {
  // A backup written before v4 / v5 has no capture history or near keys: rebuilt as those migrations do.
  const withHistory = backedUp.history ? backedUp : { ...backedUp, history: historyFromSources(backedUp) };
  const lead = withHistory.nearKeys ? withHistory : withDuplicateKeys(withHistory);
  const existing = (await leads.get(lead.id)) ?? (await findSamePerson(leads.index('identityKeys'), lead.identityKeys));
  if (!existing) {
    await leads.put(lead);
    return 'created';
  }
  const newer = lead.updatedAt > existing.updatedAt ? lead : existing;
  await leads.put({
    ...newer,
    id: existing.id,
    createdAt: existing.createdAt < lead.createdAt ? existing.createdAt : lead.createdAt,
    identityKeys: [...new Set([...existing.identityKeys, ...lead.identityKeys])],
  });
  return 'merged';
}

/**
 * The bulk-import engine (restores now, CSV imports next): the page stages the rows through the
 * background, then the background applies them chunk by chunk through the save's merge path. Each
 * chunk's leads, the removal of its staged rows and the job's progress are one transaction, so a
 * worker stopped at any moment leaves whole chunks applied exactly once, and `resume()` at the
 * next start carries on after the last one.
 */
export function createBulkImporter(deps: BulkImportDeps) {
  const { clock = () => new Date(), pause = nextMacrotask, chunkSize = IMPORT_CHUNK_SIZE } = deps;
  const running = new Map<string, Promise<void>>();

  async function prepare(row: ImportRow, now: Date, settings: LeadSettings): Promise<PreparedRow> {
    const lead = row.kind === 'lead' ? row.lead : buildLead(row.input, now, settings);
    return { row, lead, hashes: await deps.suppression.hashesOf(lead.identityKeys) };
  }

  /** Apply the chunk after `job.done`; returns the job as the transaction left it, the ids it touched and the leads it folded. */
  async function applyChunk(job: ImportJob): Promise<{ job: ImportJob | undefined; ids: string[]; folds: [string, string[]][] }> {
    const db = await deps.db;
    const staged = await db.getAll('importRows', rowsOf(job.id, job.done), chunkSize);
    const settings = await deps.getSettings();
    const now = clock();
    const prepared = await Promise.all(staged.map(({ row }) => prepare(row, now, settings)));
    const tx = db.transaction(['leads', 'suppression', 'importRows', 'importJobs'], 'readwrite');
    return commit(tx, async () => {
      const current = await tx.objectStore('importJobs').get(job.id);
      // Applied meanwhile by another run (a second worker start): never apply a chunk twice.
      if (current?.phase !== 'applying' || current.done !== job.done) return { job: current, ids: [], folds: [] };
      const leads = tx.objectStore('leads');
      const counts: Record<Outcome, number> = { created: 0, merged: 0, suppressed: 0 };
      const ids: string[] = [];
      const folds: [string, string[]][] = [];
      // One row after the other: two rows of one person in a chunk merge like two saves.
      for (const { row, lead, hashes } of prepared) {
        if (await anySuppressed(tx.objectStore('suppression'), hashes)) {
          counts.suppressed++;
          continue;
        }
        if (row.kind === 'lead') {
          counts[await restoreLead(leads, lead)]++;
          ids.push(lead.id);
        } else {
          const saved = await mergeIntoStore(leads, row.input, lead, now, settings);
          counts[saved.outcome]++;
          ids.push(saved.lead.id);
          if (saved.absorbedIds.length > 0) folds.push([saved.lead.id, saved.absorbedIds]);
        }
      }
      if (staged.length > 0) await tx.objectStore('importRows').delete(rowsOf(job.id, job.done, staged.at(-1)!.index));
      const done = staged.length === 0 ? current.total : current.done + staged.length;
      const { failure: _cleared, ...rest } = current;
      const next: ImportJob = {
        ...rest,
        done,
        created: current.created + counts.created,
        merged: current.merged + counts.merged,
        suppressed: current.suppressed + counts.suppressed,
        phase: done >= current.total ? 'finished' : 'applying',
      };
      await tx.objectStore('importJobs').put(next);
      return { job: next, ids, folds };
    });
  }

  async function recordFailure(job: ImportJob, error: unknown): Promise<void> {
    console.error('LeadScout: an import chunk could not be applied', error);
    const failed = { ...job, failure: importFailureMessage(error, job.done, job.total, job.kind) };
    deps.onProgress(failed);
    // Best effort: with the disk full this write may fail too; the job resumes from `done` either way.
    await (await deps.db).put('importJobs', failed).catch(() => undefined);
  }

  function run(jobId: string): Promise<void> {
    const active = running.get(jobId);
    if (active) return active;
    const walk = (async () => {
      let job = await (await deps.db).get('importJobs', jobId);
      while (job?.phase === 'applying') {
        const before = job;
        try {
          const applied = await applyChunk(before);
          if (applied.ids.length > 0) deps.onApplied(applied.ids);
          for (const [survivorId, absorbedIds] of applied.folds) await deps.onFolded?.(survivorId, absorbedIds);
          job = applied.job;
        } catch (error) {
          await recordFailure(before, error);
          return;
        }
        if (job) deps.onProgress(job);
        await pause();
      }
    })().finally(() => running.delete(jobId));
    running.set(jobId, walk);
    return walk;
  }

  async function addSuppression(db: IDBPDatabase<LeadsDB>, job: ImportJob, restored: BackupSuppression): Promise<void> {
    const tx = db.transaction(['importJobs', 'suppression', 'meta'], 'readwrite');
    await commit(tx, async () => {
      const current = await tx.objectStore('importJobs').get(job.id);
      if (current?.phase !== 'staging') return;
      const salts = (await tx.objectStore('meta').get('suppressionSalts')) ?? [];
      await Promise.all([
        tx.objectStore('meta').put([...new Set([...salts, ...restored.salts])], 'suppressionSalts'),
        ...restored.entries.map((entry) => tx.objectStore('suppression').put(entry)),
        tx.objectStore('importJobs').put({ ...current, phase: 'applying' }),
      ]);
    });
    deps.suppression.forgetSalts();
  }

  return {
    /** A new job of `total` rows, waiting for its rows. */
    async begin(fields: Pick<ImportJob, 'kind' | 'total' | 'settings' | 'suppression'>): Promise<ImportJob> {
      const job: ImportJob = {
        ...fields,
        id: crypto.randomUUID(),
        phase: 'staging',
        done: 0,
        created: 0,
        merged: 0,
        suppressed: 0,
        createdAt: clock().toISOString(),
      };
      await (await deps.db).put('importJobs', job);
      return job;
    },

    /** Stage rows `offset…` of a job. Sending the same rows again (a retry) stores them once. */
    async stage(jobId: string, offset: number, rows: ImportRow[]): Promise<void> {
      const db = await deps.db;
      const tx = db.transaction(['importJobs', 'importRows'], 'readwrite');
      await commit(tx, async () => {
        const job = await tx.objectStore('importJobs').get(jobId);
        if (job?.phase !== 'staging') throw new Error('This import is no longer waiting for rows.');
        if (offset < 0 || offset + rows.length > job.total) throw new Error('These rows are outside the import.');
        await Promise.all(rows.map((row, index) => tx.objectStore('importRows').put({ jobId, index: offset + index, row })));
      });
    },

    /**
     * Every row is staged: start applying them (a restore's suppression list first, in the same
     * transaction that starts the job) and return at once; progress arrives through `onProgress`.
     * Calling it again for a job that stopped on a full disk carries on where it stopped.
     */
    async apply(jobId: string): Promise<ImportJob> {
      const db = await deps.db;
      const job = await db.get('importJobs', jobId);
      if (!job) throw new Error('There is no such import.');
      if (job.phase === 'staging') {
        const staged = await db.count('importRows', rowsOf(jobId));
        if (staged < job.total) throw new Error(`Only ${staged} of ${job.total} rows arrived; send the rest first.`);
        await addSuppression(db, job, job.suppression ?? { salts: [], entries: [] });
      }
      void run(jobId);
      return (await db.get('importJobs', jobId)) ?? job;
    },

    async get(jobId: string): Promise<ImportJob | null> {
      return (await (await deps.db).get('importJobs', jobId)) ?? null;
    },

    /** Wait for a job's current run (tests, and the background's own sequencing). */
    settled(jobId: string): Promise<void> {
      return running.get(jobId) ?? Promise.resolve();
    },

    /**
     * Delete the jobs abandoned while their rows were staged, and those rows: each job in a
     * transaction of its own (one range delete for its rows). Returns the ids of the jobs deleted.
     */
    async dropAbandoned(): Promise<string[]> {
      const db = await deps.db;
      const before = new Date(clock().getTime() - ABANDONED_IMPORT_AGE_MS).toISOString();
      const abandoned = (await db.getAll('importJobs')).filter((job) => job.phase === 'staging' && job.createdAt < before);
      const dropped: string[] = [];
      for (const { id } of abandoned) {
        const tx = db.transaction(['importJobs', 'importRows'], 'readwrite');
        await commit(tx, async () => {
          // A page that was only slow may have started applying it meanwhile.
          if ((await tx.objectStore('importJobs').get(id))?.phase !== 'staging') return;
          await Promise.all([tx.objectStore('importJobs').delete(id), tx.objectStore('importRows').delete(rowsOf(id))]);
          dropped.push(id);
        });
      }
      return dropped;
    },

    /** At worker start: carry on with every job a stopped worker left applying. */
    async resume(): Promise<void> {
      const jobs = await (await deps.db).getAll('importJobs');
      await Promise.all(jobs.filter((job) => job.phase === 'applying').map((job) => run(job.id)));
    },
  };
}

export type BulkImporter = ReturnType<typeof createBulkImporter>;
