import type { ImportJob, ImportRow } from '@/lib/db/schema';
import type { RequestData, RequestName, RequestResult } from '@/lib/messaging/protocol';
import type { RequestFn } from './ports';

/** How a page drives a bulk import in the background. */
export interface BulkImportPorts {
  request: RequestFn;
  /** Calls `listener` on every `importProgress` from the background; returns how to stop. */
  onImportProgress(listener: (job: ImportJob) => void): () => void;
  /** How often to ask where the import stands, in case a progress event was lost with a stopped worker. */
  pollMs?: number;
}

export type BulkImportStep = { phase: 'sending' | 'applying'; done: number; total: number };

/** Rows per `stageImport` message. */
export const STAGE_CHUNK_SIZE = 500;
const REQUEST_ATTEMPTS = 3;

/** A stopped worker rejects the request; the next message starts it again. Staging is idempotent. */
async function send<N extends RequestName>(ports: BulkImportPorts, name: N, data: RequestData<N>): Promise<RequestResult<N>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ports.request(name, data);
    } catch (error) {
      if (attempt >= REQUEST_ATTEMPTS) throw error;
    }
  }
}

function finished(ports: BulkImportPorts, jobId: string, onStep: (step: BulkImportStep) => void): Promise<ImportJob> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (job: ImportJob | null) => {
      if (settled || !job || job.id !== jobId) return;
      if (job.phase === 'applying') onStep({ phase: 'applying', done: job.done, total: job.total });
      if (job.phase !== 'finished' && !job.failure) return;
      settled = true;
      stop();
      clearInterval(timer);
      resolve(job);
    };
    const stop = ports.onImportProgress(settle);
    const timer = setInterval(() => {
      send(ports, 'getImport', { jobId }).then(settle, () => undefined);
    }, ports.pollMs ?? 1000);
  });
}

/**
 * Hands `rows` to the background in chunks (staged there, so a stopped worker loses none), has it
 * apply them through the save's merge path, and resolves with the finished job — or the job with its
 * `failure` (a full disk), which resumes where it stopped when applied again.
 */
export async function runBulkImport(
  ports: BulkImportPorts,
  begin: Omit<RequestData<'beginImport'>, 'total'>,
  rows: readonly ImportRow[],
  onStep: (step: BulkImportStep) => void,
): Promise<ImportJob> {
  const total = rows.length;
  onStep({ phase: 'sending', done: 0, total });
  const job = await send(ports, 'beginImport', { ...begin, total });
  for (let offset = 0; offset < total; offset += STAGE_CHUNK_SIZE) {
    const chunk = rows.slice(offset, offset + STAGE_CHUNK_SIZE);
    await send(ports, 'stageImport', { jobId: job.id, offset, rows: chunk });
    onStep({ phase: 'sending', done: offset + chunk.length, total });
  }
  const done = finished(ports, job.id, onStep);
  await send(ports, 'applyImport', { jobId: job.id });
  return done;
}
