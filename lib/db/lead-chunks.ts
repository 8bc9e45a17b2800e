import type { IDBPCursorWithValue, IDBPDatabase } from 'idb';
import type { Lead } from '@/lib/leads/types';
import type { LeadsDB } from './schema';

type Cursor<M extends IDBTransactionMode> = IDBPCursorWithValue<LeadsDB, ['leads'], 'leads', unknown, M>;

export interface ChunkVisit {
  /** The id of the last lead visited; the next chunk starts after it. Absent when none was. */
  lastId?: string;
  visited: number;
}

/**
 * Visit at most `limit` leads in id order after `afterId`, in one transaction of its own. Walking a
 * large store chunk by chunk keeps each transaction short, so saves from the popup interleave with
 * the walk instead of waiting for all of it, and the caller can yield and record where it stopped.
 *
 * `visit` runs inside the transaction: pure code, or a request on the cursor (`cursor.update`) whose
 * promise it returns; nothing else may be awaited there, or the transaction would commit early.
 */
export async function visitLeadChunk<M extends 'readonly' | 'readwrite'>(
  db: IDBPDatabase<LeadsDB>,
  mode: M,
  afterId: string | undefined,
  limit: number,
  visit: (lead: Lead, cursor: Cursor<M>) => Promise<unknown> | void,
): Promise<ChunkVisit> {
  const tx = db.transaction('leads', mode);
  const range = afterId === undefined ? null : IDBKeyRange.lowerBound(afterId, true);
  let lastId: string | undefined;
  let visited = 0;
  const requests: Promise<unknown>[] = [];
  for (let cursor = await tx.store.openCursor(range); cursor && visited < limit; visited++) {
    const request = visit(cursor.value, cursor as Cursor<M>);
    if (request) requests.push(request);
    lastId = cursor.value.id;
    cursor = visited + 1 < limit ? await cursor.continue() : null;
  }
  await Promise.all([...requests, tx.done]);
  return { ...(lastId === undefined ? {} : { lastId }), visited };
}
