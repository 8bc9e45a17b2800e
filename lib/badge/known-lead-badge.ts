import type { IDBPDatabase } from 'idb';
import type { LeadsDB } from '@/lib/db/schema';
import { bucketRules, type BucketRule } from './known-page-rules';

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
 * Keeps the toolbar icon's "known lead" rules in step with the store: rebuilt from the most recently
 * updated leads on install and start and after every save, merge or delete. A rebuild costs the same
 * whatever changed, so the changes that come in while one runs are gathered into the next one.
 */
export function createKnownLeadBadge(db: Promise<IDBPDatabase<LeadsDB>>, rules: PageRules, limit = MARKED_LEADS_LIMIT) {
  let pending = false;
  let running: Promise<void> | undefined;

  /** Rebuilds until no change came in meanwhile. Never rejects. */
  function drain(): Promise<void> {
    running ??= (async () => {
      while (pending) {
        pending = false;
        try {
          await rules.replace(undefined, bucketRules(await newestKeys()));
        } catch (error) {
          // The next change or start repairs what this one left.
          console.error('LeadScout: could not update the known-lead icon rules', error);
        }
      }
      running = undefined;
    })();
    return running;
  }

  /** The identity keys of the `limit` most recently updated leads. */
  async function newestKeys(): Promise<string[]> {
    const index = (await db).transaction('leads').store.index('updatedAt');
    const keys: string[] = [];
    let cursor = await index.openCursor(null, 'prev');
    for (let count = 0; cursor && count < limit; count++) {
      keys.push(...cursor.value.identityKeys);
      cursor = await cursor.continue();
    }
    return keys;
  }

  return {
    /** Rebuilds the rules from the store; resolves when they are registered. */
    rebuild(): Promise<void> {
      pending = true;
      return drain();
    },
  };
}

export type KnownLeadBadge = ReturnType<typeof createKnownLeadBadge>;
