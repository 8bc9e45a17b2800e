import type { IDBPDatabase } from 'idb';
import type { LeadsDB } from '@/lib/db/schema';
import { bucketOf, bucketRuleId, bucketRules, type BucketRule } from './known-page-rules';

/** The browser's page rules, as far as the badge needs them (lib/badge/chrome-page-rules.ts). */
export interface PageRules {
  /** Removes the rules with these ids (every rule when `ids` is undefined), then adds `rules`. */
  replace(ids: string[] | undefined, rules: BucketRule[]): Promise<void>;
}

/**
 * How many leads, the most recently updated, the toolbar icon knows. Chrome redoes its whole URL
 * matcher at every rule change, on the thread that also navigates: measured here with 100k leads'
 * profiles registered, one change stalled a page load for 11 s. With this many it stays well under
 * a second, and the leads a rep comes back to are the recent ones.
 */
export const MARKED_LEADS_LIMIT = 5_000;

/**
 * Above this many changed leads (an import, a re-grade) one rebuild from the newest leads is cheaper
 * than reading each, and keeps the icon to the `limit` newest.
 */
export const INCREMENTAL_LIMIT = 200;

/**
 * Keeps the toolbar icon's "known lead" rules in step with the store. On install and start the rules
 * are rebuilt from the most recently updated leads; after a save, merge or delete only the changed
 * leads are read (by id) and only their buckets' rules replaced. A walk over thousands of leads after
 * every save would hold up the next save's write until it finished. Changes that come in while an
 * update runs are gathered into the next one.
 */
export function createKnownLeadBadge(db: PromiseLike<IDBPDatabase<LeadsDB>>, rules: PageRules, limit = MARKED_LEADS_LIMIT) {
  /** The profile keys of every marked lead, by lead id: what the registered rules hold. Unknown until the first rebuild. */
  let marked: Map<string, string[]> | undefined;
  let pending: Set<string> | 'all' | undefined;
  let running: Promise<void> | undefined;

  /** Updates until no change came in meanwhile. Never rejects. */
  function drain(): Promise<void> {
    running ??= (async () => {
      while (pending) {
        const work = pending;
        pending = undefined;
        try {
          if (work === 'all' || !marked || work.size > INCREMENTAL_LIMIT) await rebuildAll();
          else await update([...work], marked);
        } catch (error) {
          // The next full rebuild (at the next start, or now) repairs what this one left.
          marked = undefined;
          console.error('LeadScout: could not update the known-lead icon rules', error);
        }
      }
      running = undefined;
    })();
    return running;
  }

  async function rebuildAll(): Promise<void> {
    const newest = await newestLeads();
    await rules.replace(undefined, bucketRules([...newest.values()].flat()));
    marked = newest;
  }

  /** Re-reads the changed leads and replaces the rules of every bucket their keys were or are in. */
  async function update(ids: string[], current: Map<string, string[]>): Promise<void> {
    const store = (await db).transaction('leads').store;
    const leads = await Promise.all(ids.map((id) => store.get(id)));
    const touched = new Set<string>();
    ids.forEach((id, index) => {
      const keys = profileKeys(leads[index]?.identityKeys ?? []);
      for (const key of [...(current.get(id) ?? []), ...keys]) touched.add(bucketOf(key)!);
      if (keys.length) current.set(id, keys);
      else current.delete(id);
    });
    if (touched.size === 0) return;
    const keysInTouched = [...current.values()].flat().filter((key) => touched.has(bucketOf(key)!));
    await rules.replace([...touched].map(bucketRuleId), bucketRules(keysInTouched));
  }

  /** The profile keys of the `limit` most recently updated leads, by id. */
  async function newestLeads(): Promise<Map<string, string[]>> {
    const index = (await db).transaction('leads').store.index('updatedAt');
    const newest = new Map<string, string[]>();
    let cursor = await index.openCursor(null, 'prev');
    for (let count = 0; cursor && count < limit; count++) {
      const keys = profileKeys(cursor.value.identityKeys);
      if (keys.length) newest.set(cursor.value.id, keys);
      cursor = await cursor.continue();
    }
    return newest;
  }

  return {
    /** Rebuilds the rules from the store; resolves when they are registered. */
    rebuild(): Promise<void> {
      pending = 'all';
      return drain();
    },
    /** Brings the rules of these leads (saved, merged or deleted) up to date; resolves when registered. */
    leadsChanged(ids: readonly string[]): Promise<void> {
      if (pending !== 'all') pending = new Set([...(pending ?? []), ...ids]);
      return drain();
    },
  };
}

/** The keys that name a profile page the icon marks. */
function profileKeys(keys: readonly string[]): string[] {
  return keys.filter((key) => bucketOf(key) !== undefined);
}

export type KnownLeadBadge = ReturnType<typeof createKnownLeadBadge>;
