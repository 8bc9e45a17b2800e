import type { IDBPDatabase } from 'idb';
import { searchNeedle } from '@/lib/leads/search-text';
import type { Lead } from '@/lib/leads/types';
import { readLeadChunk } from './lead-chunks';
import type { LeadsDB } from './schema';

export interface ExportChunkQuery {
  /** Continue after this lead (the previous chunk's `lastId`); absent for the first chunk. */
  afterId?: string;
  limit: number;
  /** Only leads the dashboard's search matches. */
  query?: string;
  /** Only these leads (the rows the rep selected), in this order. */
  ids?: string[];
}

export interface ExportChunk {
  leads: Lead[];
  lastId?: string;
  /** No lead is left after this chunk. */
  done: boolean;
}

/**
 * The next chunk of an export, read by the dashboard itself (lib/db/read-only.ts): the leads the dashboard asked for (`ids`), or every lead in id order
 * after `afterId` that matches `query`. A chunk of a filtered export may hold fewer than `limit` leads
 * (or none) without being the last: the walk goes on after `lastId` until `done`.
 */
export async function readExportChunk(db: IDBPDatabase<LeadsDB>, chunk: ExportChunkQuery): Promise<ExportChunk> {
  const limit = Math.max(1, Math.floor(chunk.limit));
  if (chunk.ids) {
    const from = chunk.afterId === undefined ? 0 : chunk.ids.indexOf(chunk.afterId) + 1;
    const ids = chunk.ids.slice(from, from + limit);
    const tx = db.transaction('leads');
    const leads = (await Promise.all(ids.map((id) => tx.store.get(id)))).filter((lead): lead is Lead => !!lead);
    const done = from + ids.length >= chunk.ids.length;
    return { leads, done, ...(ids.length ? { lastId: ids.at(-1) } : {}) };
  }
  const scanned = await readLeadChunk(db, chunk.afterId, limit);
  const needle = searchNeedle(chunk.query ?? '');
  const leads = needle ? scanned.filter((lead) => lead.searchText.includes(needle)) : scanned;
  const lastId = scanned.at(-1)?.id;
  return { leads, done: scanned.length < limit, ...(lastId === undefined ? {} : { lastId }) };
}
