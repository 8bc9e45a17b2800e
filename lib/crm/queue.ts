import type { IDBPDatabase } from 'idb';
import type { Lead } from '@/lib/leads/types';
import { authHeaders, createClient as createDefaultClient, RATE_INTERVAL_MS } from './clients';
import { createRateLimiter, type Clock, type RateLimiter } from './rate-limit';
import { backoffDelay } from './retry';
import { jobId, type CrmDB, type PushJob, type SyncState } from './schema';
import { createTransport, type FetchFn } from './transport';
import { CRM_LABELS, RetryLaterError, type CompanyCache, type CrmClient, type CrmConnection, type CrmRefs, type CrmTarget, type PushOutcome } from './types';

/** A push that keeps failing with retryable errors is given up after this many tries (and says why). */
export const MAX_PUSH_ATTEMPTS = 8;
/** Attempts of one idempotent request inside a push before the job goes back to the queue. */
const MAX_REQUEST_ATTEMPTS = 6;
/** Waits up to this long happen in the worker; longer ones are left to the alarm. */
export const MAX_IN_PROCESS_WAIT_MS = 20_000;

export interface PushQueueDeps {
  db: PromiseLike<IDBPDatabase<CrmDB>>;
  getLead(id: string): Promise<Lead | null | undefined>;
  fetch: FetchFn;
  clock: Clock;
  random: () => number;
  /** Make sure the queue runs at `at` (epoch ms) even if the worker is stopped meanwhile; undefined: nothing waits. */
  wakeAt(at: number | undefined): Promise<void>;
  /** Sync states of these leads changed. */
  onSyncChanged(leadIds: string[]): void;
  createClient?: (connection: CrmConnection) => CrmClient;
  maxInProcessWaitMs?: number;
}

export interface PushQueue {
  /** Queues the leads for `target` and starts pushing; resolves once they are queued, with how many. */
  enqueue(target: CrmTarget, leadIds: readonly string[]): Promise<number>;
  /** Pushes every due job, waiting in the worker for short delays; concurrent calls share one run. */
  drain(): Promise<void>;
  syncStates(leadIds: readonly string[]): Promise<SyncState[]>;
  /** Disconnect: the queued pushes and known companies of `target` go too; sync history stays. */
  forget(target: CrmTarget): Promise<void>;
  /** Leads deleted on request: their queued pushes and sync states go with them (CRM.md §5.7). */
  forgetLeads(leadIds: readonly string[]): Promise<void>;
  /** Leads merged into `survivorId`: their sync states and queued pushes become the survivor's. */
  leadsMerged(survivorId: string, absorbedIds: readonly string[]): Promise<void>;
}

function newSyncState(target: CrmTarget, leadId: string): SyncState {
  return { id: jobId(target, leadId), target, leadId, status: 'pending', refs: {} };
}

/**
 * One person's state in a CRM once their two leads are one: `absorbed` (already keyed as the
 * survivor's) joins what the survivor had. The row that knows the CRM's record leads (the survivor's
 * when both do), and the other's record ids fill the gaps, so the next push updates records the CRM
 * has instead of creating the person again. Both pushes are older than the merged lead, so a push
 * asked for later sends it again.
 */
export function mergeSyncStates(survivor: SyncState | undefined, absorbed: SyncState): SyncState {
  if (!survivor) return absorbed;
  const [first, second] = survivor.recordId || !absorbed.recordId ? [survivor, absorbed] : [absorbed, survivor];
  return { ...first, id: survivor.id, leadId: survivor.leadId, refs: { ...second.refs, ...first.refs } };
}

/**
 * The push queue, run by the background. Jobs live in IndexedDB, so a stopped service worker loses
 * nothing: the next start (or the alarm set for the next due job) drains what is left. A lead is
 * delivered once: a job is deleted in the same transaction that records its success, a lead unchanged
 * since its last push is not sent again, and clients look records up before creating them.
 */
export function createPushQueue(deps: PushQueueDeps): PushQueue {
  const makeClient = deps.createClient ?? createDefaultClient;
  const maxWait = deps.maxInProcessWaitMs ?? MAX_IN_PROCESS_WAIT_MS;
  const limiters = new Map<CrmTarget, RateLimiter>();
  const clients = new Map<CrmTarget, { connectedAt: string; client: CrmClient }>();
  let running: Promise<void> | undefined;
  let requested = false;

  const now = () => deps.clock.now();
  const nowIso = () => new Date(now()).toISOString();

  function limiterFor(target: CrmTarget): RateLimiter {
    let limiter = limiters.get(target);
    if (!limiter) {
      limiter = createRateLimiter(RATE_INTERVAL_MS[target], deps.clock);
      limiters.set(target, limiter);
    }
    return limiter;
  }

  /** One client per connection, so per-connection memory (Pipedrive's labels) survives between batches. */
  function clientFor(connection: CrmConnection): CrmClient {
    const cached = clients.get(connection.target);
    if (cached?.connectedAt === connection.connectedAt) return cached.client;
    const client = makeClient(connection);
    clients.set(connection.target, { connectedAt: connection.connectedAt, client });
    return client;
  }

  function companyCache(target: CrmTarget): CompanyCache {
    return {
      async get(key) {
        return (await (await deps.db).get('companies', jobId(target, key)))?.recordId;
      },
      async set(key, recordId) {
        await (await deps.db).put('companies', { id: jobId(target, key), recordId });
      },
    };
  }

  async function syncStateOf(target: CrmTarget, leadId: string): Promise<SyncState> {
    return (await (await deps.db).get('sync', jobId(target, leadId))) ?? newSyncState(target, leadId);
  }

  /** Records the outcome and removes the job, unless the lead was queued again while it was pushed. */
  async function finish(job: PushJob, update: (state: SyncState) => SyncState): Promise<void> {
    const tx = (await deps.db).transaction(['jobs', 'sync'], 'readwrite');
    const jobs = tx.objectStore('jobs');
    const sync = tx.objectStore('sync');
    const current = await jobs.get(job.id);
    if (current?.enqueuedAt === job.enqueuedAt) await jobs.delete(job.id);
    await sync.put(update((await sync.get(job.id)) ?? newSyncState(job.target, job.leadId)));
    await tx.done;
  }

  async function fail(job: PushJob, error: string): Promise<void> {
    await finish(job, (state) => ({ ...state, status: 'failed', lastError: error }));
  }

  async function retryLater(job: PushJob, error: RetryLaterError): Promise<void> {
    const attempts = job.attempts + 1;
    if (attempts >= MAX_PUSH_ATTEMPTS) {
      await fail(job, `${error.message}; gave up after ${attempts} tries`);
      return;
    }
    const delay = Math.max(error.delayMs, backoffDelay(attempts, deps.random));
    const tx = (await deps.db).transaction(['jobs', 'sync'], 'readwrite');
    const current = await tx.objectStore('jobs').get(job.id);
    if (current?.enqueuedAt === job.enqueuedAt) await tx.objectStore('jobs').put({ ...job, attempts, dueAt: now() + delay });
    const state = (await tx.objectStore('sync').get(job.id)) ?? newSyncState(job.target, job.leadId);
    await tx.objectStore('sync').put({ ...state, lastError: `${error.message}; retrying` });
    await tx.done;
  }

  async function record(job: PushJob, lead: Lead, outcome: PushOutcome | undefined): Promise<void> {
    if (!outcome) await fail(job, `${CRM_LABELS[job.target]} gave no answer for this lead`);
    else if (!outcome.ok) await fail(job, outcome.error);
    else {
      await finish(job, (state) => ({
        ...state,
        status: 'synced',
        syncedAt: nowIso(),
        version: lead.updatedAt,
        recordId: outcome.recordId,
        refs: { ...state.refs, ...outcome.refs },
        lastError: undefined,
      }));
    }
  }

  async function pushBatch(target: CrmTarget, jobs: PushJob[]): Promise<void> {
    const db = await deps.db;
    const connection = await db.get('connections', target);
    if (!connection) {
      for (const job of jobs) await fail(job, `Not connected to ${CRM_LABELS[target]}`);
      return;
    }
    const client = clientFor(connection);
    const work: { job: PushJob; lead: Lead }[] = [];
    const refs = new Map<string, CrmRefs>();
    for (const job of jobs) {
      const lead = await deps.getLead(job.leadId);
      const state = await syncStateOf(target, job.leadId);
      if (!lead) {
        await finish(job, (current) => ({ ...current, status: 'failed', lastError: 'The lead was deleted' }));
      } else if (state.status === 'synced' && state.version === lead.updatedAt) {
        // Unchanged since its last push: sending it again would only repeat it.
        await finish(job, (current) => current);
      } else {
        work.push({ job, lead });
        refs.set(lead.id, state.refs);
      }
    }
    if (work.length === 0) return;

    const send = createTransport({
      endpoint: connection.endpoint,
      headers: authHeaders(connection),
      label: CRM_LABELS[target],
      fetch: deps.fetch,
      clock: deps.clock,
      random: deps.random,
      limiter: limiterFor(target),
      maxInProcessWaitMs: maxWait,
      maxAttempts: MAX_REQUEST_ATTEMPTS,
    });
    let outcomes: PushOutcome[];
    try {
      outcomes = await client.push(
        work.map(({ lead }) => lead),
        { send, companies: companyCache(target), refs, now: () => new Date(now()) },
      );
    } catch (error) {
      for (const { job } of work) {
        if (error instanceof RetryLaterError) await retryLater(job, error);
        else await fail(job, error instanceof Error ? error.message : String(error));
      }
      return;
    }
    for (const { job, lead } of work) await record(job, lead, outcomes.find((outcome) => outcome.leadId === lead.id));
  }

  /** The due jobs of the CRM whose job is due first, up to its batch size. */
  async function dueBatch(first: PushJob): Promise<PushJob[]> {
    const db = await deps.db;
    const connection = await db.get('connections', first.target);
    const size = connection ? clientFor(connection).maxBatch : 1;
    const batch: PushJob[] = [];
    const index = db.transaction('jobs').store.index('dueAt');
    for (let cursor = await index.openCursor(IDBKeyRange.upperBound(now())); cursor && batch.length < size; cursor = await cursor.continue()) {
      if (cursor.value.target === first.target) batch.push(cursor.value);
    }
    return batch;
  }

  async function run(): Promise<void> {
    for (;;) {
      requested = false;
      const db = await deps.db;
      const next = await db.transaction('jobs').store.index('dueAt').openCursor();
      if (!next) {
        await deps.wakeAt(undefined);
        if (!requested) return;
        continue;
      }
      const wait = next.value.dueAt - now();
      if (wait > 0) {
        // The alarm is the backstop: the worker may be stopped during the wait.
        await deps.wakeAt(next.value.dueAt);
        if (wait <= maxWait) await deps.clock.sleep(wait);
        else if (!requested) return;
        continue;
      }
      const batch = await dueBatch(next.value);
      await pushBatch(next.value.target, batch);
      deps.onSyncChanged(batch.map((job) => job.leadId));
    }
  }

  const queue: PushQueue = {
    async enqueue(target, leadIds) {
      const tx = (await deps.db).transaction(['jobs', 'sync'], 'readwrite');
      const at = now();
      const enqueuedAt = nowIso();
      for (const leadId of new Set(leadIds)) {
        const id = jobId(target, leadId);
        await tx.objectStore('jobs').put({ id, target, leadId, attempts: 0, dueAt: at, enqueuedAt });
        const state = (await tx.objectStore('sync').get(id)) ?? newSyncState(target, leadId);
        await tx.objectStore('sync').put({ ...state, status: state.status === 'synced' ? 'synced' : 'pending', lastError: undefined });
      }
      await tx.done;
      deps.onSyncChanged([...leadIds]);
      void queue.drain().catch((error: unknown) => console.error('LeadScout: CRM push failed', error));
      return new Set(leadIds).size;
    },
    drain() {
      requested = true;
      running ??= run().finally(() => {
        running = undefined;
      });
      return running;
    },
    async syncStates(leadIds) {
      const index = (await deps.db).transaction('sync').store.index('leadId');
      const states = await Promise.all(leadIds.map((leadId) => index.getAll(leadId)));
      return states.flat();
    },
    async forget(target) {
      const tx = (await deps.db).transaction(['jobs', 'companies'], 'readwrite');
      const prefix = IDBKeyRange.bound(`${target}|`, `${target}|\uffff`);
      await tx.objectStore('jobs').delete(prefix);
      await tx.objectStore('companies').delete(prefix);
      await tx.done;
      clients.delete(target);
    },
    async forgetLeads(leadIds) {
      const tx = (await deps.db).transaction(['jobs', 'sync'], 'readwrite');
      for (const leadId of leadIds) {
        for (const key of await tx.objectStore('sync').index('leadId').getAllKeys(leadId)) {
          await tx.objectStore('sync').delete(key);
          await tx.objectStore('jobs').delete(key);
        }
      }
      await tx.done;
    },
    async leadsMerged(survivorId, absorbedIds) {
      const tx = (await deps.db).transaction(['jobs', 'sync'], 'readwrite');
      const sync = tx.objectStore('sync');
      const jobs = tx.objectStore('jobs');
      for (const absorbedId of absorbedIds) {
        for (const absorbed of await sync.index('leadId').getAll(absorbedId)) {
          const id = jobId(absorbed.target, survivorId);
          await sync.put(mergeSyncStates(await sync.get(id), { ...absorbed, id, leadId: survivorId }));
          await sync.delete(absorbed.id);
          const queued = await jobs.get(absorbed.id);
          if (!queued) continue;
          await jobs.delete(queued.id);
          if (!(await jobs.get(id))) await jobs.put({ ...queued, id, leadId: survivorId });
        }
      }
      await tx.done;
    },
  };
  return queue;
}
