import type { IDBPDatabase } from 'idb';
import type { LeadsDB } from '@/lib/db/schema';
import { bucketKeyRange, bucketOf, bucketRuleId, bucketRules, PROFILE_KEY_KINDS, type BucketRule } from './known-page-rules';

/** The browser's page rules, as far as the badge needs them (lib/badge/chrome-page-rules.ts). */
export interface PageRules {
  /** Removes the rules with these ids (every rule when `ids` is undefined), then adds `rules`. */
  replace(ids: string[] | undefined, rules: BucketRule[]): Promise<void>;
}

/**
 * Keeps the toolbar icon's "known lead" rules in step with the store: all of them rebuilt from the
 * identity-key index (on install and start), and after a save only the buckets the saved leads' keys
 * fall in. Reads index keys only, never whole leads.
 *
 * Chrome rebuilds its whole URL matcher on every rule change, whatever the rule's size (seconds with
 * 100k leads stored), so changes are coalesced: while one update runs, the saves that follow are
 * gathered into the next one. One update at a time also keeps two saves from interleaving one
 * bucket's remove and add.
 */
export function createKnownLeadBadge(db: Promise<IDBPDatabase<LeadsDB>>, rules: PageRules) {
  let pendingIds = new Set<string>();
  let pendingRebuild = false;
  let running: Promise<void> | undefined;

  /** Runs what is pending, then what came in meanwhile; resolves when nothing is left. Never rejects. */
  function drain(): Promise<void> {
    running ??= (async () => {
      while (pendingRebuild || pendingIds.size > 0) {
        const rebuild = pendingRebuild;
        const ids = [...pendingIds];
        pendingRebuild = false;
        pendingIds = new Set();
        try {
          await (rebuild ? rebuildAll() : refreshBuckets(ids));
        } catch (error) {
          // The next update or rebuild repairs what this one left.
          console.error('LeadScout: could not update the known-lead icon rules', error);
        }
      }
      running = undefined;
    })();
    return running;
  }

  async function keysBetween(lower: string, upper: string): Promise<string[]> {
    const index = (await db).transaction('leads').store.index('identityKeys');
    const keys: string[] = [];
    let cursor = await index.openKeyCursor(IDBKeyRange.bound(lower, upper), 'nextunique');
    while (cursor) {
      keys.push(cursor.key);
      cursor = await cursor.continue();
    }
    return keys;
  }

  async function rebuildAll(): Promise<void> {
    const keys = await Promise.all(PROFILE_KEY_KINDS.map((kind) => keysBetween(...bucketKeyRange(`${kind}:`))));
    await rules.replace(undefined, bucketRules(keys.flat()));
  }

  async function refreshBuckets(ids: readonly string[]): Promise<void> {
    const store = (await db).transaction('leads').store;
    const leads = await Promise.all(ids.map((id) => store.get(id)));
    // A lead that is gone took keys we can no longer see: only a full rebuild drops its rules.
    if (leads.includes(undefined)) return rebuildAll();
    const buckets = new Set(leads.flatMap((lead) => lead!.identityKeys.map(bucketOf)).filter((b): b is string => b !== undefined));
    if (buckets.size === 0) return;
    const keys = await Promise.all([...buckets].map((bucket) => keysBetween(...bucketKeyRange(bucket))));
    await rules.replace([...buckets].map(bucketRuleId), bucketRules(keys.flat()));
  }

  return {
    /** Every rule from the whole store. */
    rebuild(): Promise<void> {
      pendingRebuild = true;
      return drain();
    },
    /** The leads with these ids were saved, merged or deleted. */
    leadsChanged(ids: readonly string[]): Promise<void> {
      for (const id of ids) pendingIds.add(id);
      return drain();
    },
  };
}

export type KnownLeadBadge = ReturnType<typeof createKnownLeadBadge>;
