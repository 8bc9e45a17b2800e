import type { IDBPCursorWithValue, IDBPDatabase, IDBPIndex, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { ProspectCompany, ProspectPerson } from '@/lib/extract/types';
import { buildLead, type LeadSettings } from '@/lib/leads/build-lead';
import { cleanCompany, cleanPerson } from '@/lib/leads/clean-input';
import { identityKeys } from '@/lib/leads/identity';
import { mergeLead, mergeStoredLeads } from '@/lib/leads/merge-lead';
import { searchNeedle } from '@/lib/leads/search-text';
import type { Lead, LeadInput } from '@/lib/leads/types';
import type { LeadPage, RequestData } from '@/lib/messaging/protocol';
import type { LeadsDB } from './schema';
import { isQuotaError } from './storage-errors';
import { createSuppression, PersonSuppressedError, type Suppression } from './suppression';

export interface SavedLead {
  outcome: 'created' | 'merged';
  lead: Lead;
  /** Other records of the person this save folded into `lead` and deleted. */
  absorbedIds: string[];
}

/** What the rep decided about the possible duplicates the popup showed. */
export interface DuplicateChoice {
  /** Merge the save into this lead (it keeps its id). */
  mergeInto?: string;
  /** These leads are other people: never offer them as this person's duplicates again. */
  keepSeparateFrom?: string[];
}

/**
 * `query` is matched, case-insensitively, against each lead's `searchText`;
 * `limit` defaults to `DEFAULT_PAGE_SIZE`.
 */
export type LeadsQuery = RequestData<'listLeads'>;

export interface LeadsRepo {
  /**
   * Store the rep's lead: a new record, or merged into the record of the same person. Rejects with
   * `PersonSuppressedError` when the person was deleted on request.
   */
  save(input: LeadInput, choice?: DuplicateChoice): Promise<SavedLead>;
  /** Whether this person (or this company's lead) was deleted on request and must not be captured again. */
  isSuppressed(person: ProspectPerson, company?: ProspectCompany): Promise<boolean>;
  /**
   * Delete one lead, in one transaction; with `suppress`, its identity keys go on the suppression
   * list (as salted hashes) in the same transaction. False when there was no such lead.
   */
  deletePerson(id: string, options: { suppress: boolean }): Promise<boolean>;
  /** The stored lead this person would merge into, if any. */
  findByPerson(person: ProspectPerson, company?: ProspectCompany): Promise<Lead | null>;
  /** For each person, whether a stored lead is them: one read transaction for all, reading keys only. */
  areKnown(people: readonly { person: ProspectPerson; company?: ProspectCompany }[]): Promise<boolean[]>;
  /** A page of leads, most recently updated first. */
  list(query?: LeadsQuery): Promise<LeadPage>;
  /** One lead by its id; null when there is none (deleted since, or a stale link). */
  get(id: string): Promise<Lead | null>;
}

export const DEFAULT_PAGE_SIZE = 50;

type Stores = ArrayLike<StoreNames<LeadsDB>>;
type LeadsIndex = IDBPIndex<LeadsDB, Stores, 'leads', 'identityKeys', IDBTransactionMode>;
/** The `leads` store of a `readwrite` transaction that may span other stores too (a bulk import's). */
export type WritableLeads = IDBPObjectStore<LeadsDB, Stores, 'leads', 'readwrite'>;
export type SuppressionStore = IDBPObjectStore<LeadsDB, Stores, 'suppression', IDBTransactionMode>;
type WriteTransaction = IDBPTransaction<LeadsDB, Stores, 'readwrite'>;
export type LeadsWriteTransaction = IDBPTransaction<LeadsDB, ['leads'], 'readwrite'>;

/**
 * The save's read-merge-write, inside a transaction the caller holds (a save's own, or a bulk
 * import's chunk): merge `input` into the record of the same person, or store `created`.
 */
export async function mergeIntoStore(
  leads: WritableLeads,
  input: LeadInput,
  created: Lead,
  now: Date,
  settings: LeadSettings,
  { mergeInto, keepSeparateFrom = [] }: DuplicateChoice = {},
): Promise<SavedLead> {
  const chosen = mergeInto ? await leads.get(mergeInto) : undefined;
  const matches = await findRecordsOf(leads.index('identityKeys'), created.identityKeys);
  // The lead the rep merged into survives; else the person's oldest record. The others are folded in.
  const [survivor, ...absorbed] = chosen ? [chosen, ...matches.filter((lead) => lead.id !== chosen.id)] : matches;
  const folded = absorbed.reduce((into, other) => mergeStoredLeads(into, other, now, settings), survivor);
  const merged = folded ? mergeLead(folded, input, now, settings) : created;
  const apart = keepSeparateFrom.filter((id) => id !== merged.id && !absorbed.some((other) => other.id === id));
  const lead = apart.length ? keptApart(merged, apart) : merged;
  await Promise.all([
    leads.put(lead),
    ...absorbed.map((other) => leads.delete(other.id)),
    ...apart.map((id) => markKeptApart(leads, id, lead.id)),
  ]);
  return { outcome: survivor ? 'merged' : 'created', lead, absorbedIds: absorbed.map((other) => other.id) };
}

/** `lead` with `ids` added to the leads the rep said are other people. */
export function keptApart(lead: Lead, ids: readonly string[]): Lead {
  return { ...lead, keptApartFrom: [...new Set([...(lead.keptApartFrom ?? []), ...ids])] };
}

/** Record on stored lead `id` that `otherId` is another person (both sides remember it). */
export async function markKeptApart(leads: WritableLeads, id: string, otherId: string): Promise<void> {
  const stored = await leads.get(id);
  if (stored) await leads.put(keptApart(stored, [otherId]));
}

/** Whether any of `hashes` is on the suppression list (hashes computed before the transaction). */
export async function anySuppressed(store: SuppressionStore, hashes: readonly string[]): Promise<boolean> {
  const found = await Promise.all(hashes.map((hash) => store.count(hash)));
  return found.some((count) => count > 0);
}

/**
 * The leads store's only writer (the background's). Every method awaits the shared connection, so the
 * background can hand it over before the database has opened.
 */
export function createLeadsRepo(
  db: PromiseLike<IDBPDatabase<LeadsDB>>,
  getSettings: () => Promise<LeadSettings>,
  clock: () => Date = () => new Date(),
  suppression: Suppression = createSuppression(db),
): LeadsRepo {
  return {
    async save(input, choice) {
      // Everything that awaits something other than IndexedDB happens before the transaction opens:
      // an await on anything else would let it commit early.
      const settings = await getSettings();
      const now = clock();
      const created = buildLead(input, now, settings);
      const hashes = await suppression.hashesOf(created.identityKeys);
      const tx = (await db).transaction(['leads', 'suppression'], 'readwrite');
      return commit(tx, async () => {
        // Checked in the save's own transaction: a delete committed a moment before is seen.
        if (await anySuppressed(tx.objectStore('suppression'), hashes)) throw new PersonSuppressedError();
        return mergeIntoStore(tx.objectStore('leads'), input, created, now, settings, choice);
      });
    },

    async isSuppressed(person, company = {}) {
      const { defaultCountry } = await getSettings();
      const hashes = await suppression.hashesOf(identityKeys(cleanPerson(person, defaultCountry), cleanCompany(company)));
      return anySuppressed((await db).transaction('suppression').store, hashes);
    },

    async deletePerson(id, { suppress }) {
      const connection = await db;
      // The keys are hashed before the transaction; a save may add keys in between, so the
      // transaction checks they are still all of them and the loop hashes again when they are not.
      for (;;) {
        const lead = await connection.get('leads', id);
        if (!lead) return false;
        const hashes = suppress ? await suppression.entryHashes(lead.identityKeys) : [];
        const tx = connection.transaction(['leads', 'suppression'], 'readwrite');
        const deleted = await commit(tx, async () => {
          const current = await tx.objectStore('leads').get(id);
          if (!current) return false;
          if (current.identityKeys.some((key) => !lead.identityKeys.includes(key))) return undefined;
          const at = clock().toISOString();
          await Promise.all([
            tx.objectStore('leads').delete(id),
            ...hashes.map((hash) => tx.objectStore('suppression').put({ hash, at })),
          ]);
          return true;
        });
        if (deleted !== undefined) return deleted;
      }
    },

    async findByPerson(person, company = {}) {
      const { defaultCountry } = await getSettings();
      const keys = identityKeys(cleanPerson(person, defaultCountry), cleanCompany(company));
      if (keys.length === 0) return null;
      const index = (await db).transaction('leads').store.index('identityKeys');
      return (await findRecordsOf(index, keys))[0] ?? null;
    },

    async areKnown(people) {
      const { defaultCountry } = await getSettings();
      const keysOf = people.map(({ person, company = {} }) => identityKeys(cleanPerson(person, defaultCountry), cleanCompany(company)));
      const index = (await db).transaction('leads').store.index('identityKeys');
      // Every lookup is asked before any is awaited: the transaction stays open for all of them.
      const lookups = keysOf.map((keys) => Promise.all(keys.map((key) => index.getKey(key))));
      return (await Promise.all(lookups)).map((ids) => ids.some((id) => id !== undefined));
    },

    async get(id) {
      return (await (await db).get('leads', id)) ?? null;
    },

    async list({ query = '', offset = 0, limit = DEFAULT_PAGE_SIZE } = {}) {
      const needle = searchNeedle(query);
      const store = (await db).transaction('leads').store;
      const from = Math.max(0, Math.floor(offset));
      const size = Math.max(0, Math.floor(limit));
      const newestFirst = () => store.index('updatedAt').openCursor(null, 'prev');
      if (!needle) {
        const [total, leads] = await Promise.all([store.count(), readPage(newestFirst(), from, size)]);
        return { leads, total };
      }
      // A substring can't be looked up in an index: walk newest first, keep the page, count the rest.
      const leads: Lead[] = [];
      let total = 0;
      for (let cursor = await newestFirst(); cursor; cursor = await cursor.continue()) {
        if (!cursor.value.searchText.includes(needle)) continue;
        if (total >= from && leads.length < size) leads.push(cursor.value);
        total++;
      }
      return { leads, total };
    },
  };
}

/**
 * Every record carrying one of this person's keys, oldest first, each once. Several when a save
 * bridges records that each knew a different key: the save folds them into the oldest.
 */
async function findRecordsOf(index: LeadsIndex, keys: readonly string[]): Promise<Lead[]> {
  const matches = (await Promise.all(keys.map((key) => index.getAll(key)))).flat();
  const byId = new Map(matches.map((lead) => [lead.id, lead]));
  return [...byId.values()].toSorted((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The person's oldest record: the one a save or a restored lead merges into. */
export async function findSamePerson(index: LeadsIndex, keys: readonly string[]): Promise<Lead | undefined> {
  return (await findRecordsOf(index, keys))[0];
}

type NewestFirstCursor = IDBPCursorWithValue<LeadsDB, ['leads'], 'leads', 'updatedAt', 'readonly'> | null;

async function readPage(cursorRequest: Promise<NewestFirstCursor>, offset: number, limit: number): Promise<Lead[]> {
  const leads: Lead[] = [];
  let cursor = await cursorRequest;
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && leads.length < limit) {
    leads.push(cursor.value);
    cursor = await cursor.continue();
  }
  return leads;
}

/**
 * Run `work` in `tx` and wait for the commit. A failure aborts the transaction, so nothing is half
 * written, and when the browser aborted it for want of space, that is the error reported.
 */
export async function commit<T>(tx: WriteTransaction, work: () => Promise<T>): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already committed or aborted: nothing left to undo.
    }
    const abortCause = await tx.done.then(
      () => undefined,
      (cause: unknown) => cause,
    );
    throw isQuotaError(abortCause) ? abortCause : error;
  }
}
