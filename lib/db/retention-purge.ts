import type { IDBPDatabase } from 'idb';
import type { RetentionSettings } from '@/lib/settings/retention';
import { runDaily } from './daily';
import type { LeadsDB } from './schema';
/** Leads deleted per `readwrite` transaction: a save never waits long behind a purge. */
export const PURGE_CHUNK_SIZE = 500;

/** The moment before which a lead counts as untouched: `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): string {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff.toISOString();
}

/**
 * Delete every lead last updated before `cutoff`, `chunkSize` per transaction, through the
 * `updatedAt` index (only the leads to delete are read). Returns the ids deleted.
 */
export async function purgeUntouched(
  db: IDBPDatabase<LeadsDB>,
  cutoff: string,
  chunkSize = PURGE_CHUNK_SIZE,
): Promise<string[]> {
  const deleted: string[] = [];
  for (;;) {
    const tx = db.transaction('leads', 'readwrite');
    const ids = await tx.store.index('updatedAt').getAllKeys(IDBKeyRange.upperBound(cutoff, true), chunkSize);
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    deleted.push(...ids);
    if (ids.length < chunkSize) return deleted;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

export interface RetentionDeps {
  db: PromiseLike<IDBPDatabase<LeadsDB>>;
  getRetention(): Promise<RetentionSettings>;
  onPurged(ids: string[]): void;
  now?: () => Date;
}

/**
 * Retention in the background: a daily alarm and every worker start purge the leads untouched for
 * the configured number of months; nothing when retention is off. Returns the purge, for the
 * options' change and for tests.
 */
export function startRetention({ db, getRetention, onPurged, now = () => new Date() }: RetentionDeps) {
  async function purge(): Promise<void> {
    const { months } = await getRetention();
    if (!months) return;
    const ids = await purgeUntouched(await db, retentionCutoff(now(), months));
    if (ids.length > 0) onPurged(ids);
  }

  return { purge: runDaily(purge, 'the retention purge') };
}
