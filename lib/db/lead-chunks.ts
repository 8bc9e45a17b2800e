import type { IDBPDatabase } from 'idb';
import type { Lead } from '@/lib/leads/types';
import type { LeadsDB } from './schema';

/*
 * Walking a large store chunk by chunk, each chunk in a transaction of its own, keeps every
 * transaction short: saves from the popup interleave with the walk instead of waiting for all of it,
 * and the caller can yield and record where it stopped. A chunk is one bounded `getAll` over the key
 * range after the last id seen: one request instead of one cursor step per lead.
 */

function after(id: string | undefined): IDBKeyRange | null {
  return id === undefined ? null : IDBKeyRange.lowerBound(id, true);
}

/** At most `limit` leads in id order after `afterId`. */
export async function readLeadChunk(db: IDBPDatabase<LeadsDB>, afterId: string | undefined, limit: number): Promise<Lead[]> {
  return db.getAll('leads', after(afterId), limit);
}

export interface RewrittenChunk {
  /** The id of the last lead visited; the next chunk starts after it. Absent when none was. */
  lastId?: string;
  visited: number;
  /** Ids of the leads `rewrite` changed. */
  changed: string[];
}

/**
 * Read at most `limit` leads after `afterId` and store what `rewrite` returns for each, all in one
 * `readwrite` transaction; `rewrite` returns undefined to leave a lead as it is. It runs inside the
 * transaction, so it must be pure: awaiting anything else would let the transaction commit early.
 */
export async function rewriteLeadChunk(
  db: IDBPDatabase<LeadsDB>,
  afterId: string | undefined,
  limit: number,
  rewrite: (lead: Lead) => Lead | undefined,
): Promise<RewrittenChunk> {
  const tx = db.transaction('leads', 'readwrite');
  const leads = await tx.store.getAll(after(afterId), limit);
  const changed: string[] = [];
  const writes: Promise<unknown>[] = [];
  for (const lead of leads) {
    const next = rewrite(lead);
    if (!next) continue;
    changed.push(lead.id);
    writes.push(tx.store.put(next));
  }
  await Promise.all([...writes, tx.done]);
  const lastId = leads.at(-1)?.id;
  return { ...(lastId === undefined ? {} : { lastId }), visited: leads.length, changed };
}
