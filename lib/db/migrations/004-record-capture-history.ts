import type { IDBPTransaction, StoreNames } from 'idb';
import type { LeadCapture } from '@/lib/leads/types';
import type { LeadsDBV4, LeadV3 } from '../schema';

/**
 * v3 → v4: every lead gets its capture `history`, rebuilt from what v2 kept: one touch per source
 * (when, where, which kind of page), tagged with the lead's channel when it had exactly one (with
 * several, which touch came through which is not known). A lead typed in without a page gets one
 * touch at its creation. What each capture carried was not kept, so these touches have no fields.
 *
 * Any failure aborts the upgrade: a database half rewritten must not be left at v4.
 */
export async function recordCaptureHistory(
  transaction: IDBPTransaction<LeadsDBV4, StoreNames<LeadsDBV4>[], 'versionchange'>,
): Promise<void> {
  try {
    const store = transaction.objectStore('leads');
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      await cursor.update({ ...cursor.value, history: historyFromSources(cursor.value) });
    }
  } catch (error) {
    console.error('LeadScout: migration 004 failed; the database stays at v3', error);
    transaction.abort();
  }
}

export function historyFromSources(lead: LeadV3): LeadCapture[] {
  const channel = lead.channels.length === 1 ? { channel: lead.channels[0] } : {};
  if (lead.sources.length === 0) return [{ at: lead.createdAt, kind: 'none', ...channel }];
  return lead.sources.map((source) => ({ at: source.capturedAt, url: source.url, kind: source.kind, ...channel }));
}
