import type { IDBPDatabase, IDBPIndex } from 'idb';
import type { ProspectCompany, ProspectPerson } from '@/lib/extract/types';
import type { LeadSettings } from '@/lib/leads/build-lead';
import { cleanCompany, cleanPerson } from '@/lib/leads/clean-input';
import { leadDisplayName } from '@/lib/leads/display-name';
import { identityKeys } from '@/lib/leads/identity';
import { mergeStoredLeads } from '@/lib/leads/merge-lead';
import { nearKeys, nearMatch, type NearFacts } from '@/lib/leads/near-duplicates';
import type { Lead } from '@/lib/leads/types';
import type { DuplicateSummary, LeadDuplicates } from '@/lib/messaging/protocol';
import { commit, markKeptApart } from './leads-repo';
import type { LeadsDB } from './schema';

/**
 * Leads read per blocking key at most: a key shared by more (a common first name at a very large
 * company) still yields candidates, and a lookup stays a handful of reads.
 */
const CANDIDATES_PER_KEY = 100;

export interface DuplicatesRepo {
  /** Stored leads this capture may be (near matches), not the one it is (its identity match). */
  forCapture(person: ProspectPerson, company: ProspectCompany): Promise<DuplicateSummary[]>;
  /** For each of the given stored leads that has possible duplicates, which ones. */
  forLeads(ids: readonly string[]): Promise<LeadDuplicates[]>;
  /** Fold `otherId` into `survivorId` (which keeps its id) and delete it, in one transaction; null when either is gone. */
  merge(survivorId: string, otherId: string): Promise<Lead | null>;
  /** The rep said the two are different people: never offer them as duplicates of each other again. */
  keepSeparate(id: string, otherId: string): Promise<void>;
}

type NearKeysIndex = IDBPIndex<LeadsDB, ['leads'], 'leads', 'nearKeys', IDBTransactionMode>;

export function createDuplicatesRepo(
  db: PromiseLike<IDBPDatabase<LeadsDB>>,
  getSettings: () => Promise<LeadSettings>,
  clock: () => Date = () => new Date(),
): DuplicatesRepo {
  return {
    async forCapture(person, company) {
      const { defaultCountry } = await getSettings();
      const facts = { person: cleanPerson(person, defaultCountry), company: cleanCompany(company) };
      const store = (await db).transaction('leads').store;
      const same = (await Promise.all(identityKeys(facts.person, facts.company).map((key) => store.index('identityKeys').getAll(key)))).flat();
      const excluded = new Set(same.flatMap((lead) => [lead.id, ...(lead.keptApartFrom ?? [])]));
      const candidates = await nearCandidates(store.index('nearKeys'), facts, excluded);
      return candidates.map(summarise);
    },

    async forLeads(ids) {
      const store = (await db).transaction('leads').store;
      const leads = (await Promise.all(ids.map((id) => store.get(id)))).filter((lead): lead is Lead => lead !== undefined);
      const found = await Promise.all(
        leads.map(async (lead) => ({
          leadId: lead.id,
          duplicates: (await nearCandidates(store.index('nearKeys'), lead, new Set([lead.id, ...(lead.keptApartFrom ?? [])]), lead.id)).map(summarise),
        })),
      );
      return found.filter((entry) => entry.duplicates.length > 0);
    },

    async merge(survivorId, otherId) {
      if (survivorId === otherId) return null;
      const settings = await getSettings();
      const now = clock();
      const tx = (await db).transaction('leads', 'readwrite');
      return commit(tx, async () => {
        const [survivor, other] = await Promise.all([tx.store.get(survivorId), tx.store.get(otherId)]);
        if (!survivor || !other) return null;
        const merged = mergeStoredLeads(survivor, other, now, settings);
        await Promise.all([tx.store.put(merged), tx.store.delete(otherId)]);
        return merged;
      });
    },

    async keepSeparate(id, otherId) {
      if (id === otherId) return;
      const tx = (await db).transaction('leads', 'readwrite');
      await commit(tx, () => Promise.all([markKeptApart(tx.store, id, otherId), markKeptApart(tx.store, otherId, id)]));
    },
  };
}

/**
 * Leads sharing a blocking key with `facts` that really are near matches, most recently updated
 * first; not the `excluded` ones, nor those that were kept apart from stored lead `selfId` (a merged
 * lead carries the kept-apart ids of both its records, the other side may not know its new id).
 */
async function nearCandidates(index: NearKeysIndex, facts: NearFacts, excluded: ReadonlySet<string>, selfId?: string): Promise<Lead[]> {
  const found = (await Promise.all(nearKeys(facts).map((key) => index.getAll(key, CANDIDATES_PER_KEY)))).flat();
  const keptApart = (lead: Lead) => selfId !== undefined && (lead.keptApartFrom ?? []).includes(selfId);
  const byId = new Map(found.filter((lead) => !excluded.has(lead.id) && !keptApart(lead)).map((lead) => [lead.id, lead]));
  return [...byId.values()]
    .filter((lead) => nearMatch(facts, lead) !== undefined)
    .toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

function summarise(lead: Lead): DuplicateSummary {
  const { person, company } = lead;
  return {
    id: lead.id,
    name: leadDisplayName(person, company),
    company: company.name ?? company.domain ?? '',
    stage: lead.stage,
    lastCapturedAt: lead.history.at(-1)?.at ?? lead.updatedAt,
  };
}
