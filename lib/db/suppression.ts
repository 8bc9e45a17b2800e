import type { IDBPDatabase } from 'idb';
import type { LeadsDB } from './schema';

/** What the popup and the background say about a person deleted on request. */
export const SUPPRESSED_MESSAGE =
  'This person was deleted on request and is not captured again. LeadScout did not save them.';

/** The save was refused: the person was deleted on request and is on the suppression list. */
export class PersonSuppressedError extends Error {
  constructor() {
    super(SUPPRESSED_MESSAGE);
    this.name = 'PersonSuppressedError';
  }
}

/** Hex SHA-256 of `salt + key`: what the suppression list stores instead of the identity key. */
export async function saltedHash(salt: string, key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(salt + key));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The suppression list's hashing. Hashing is asynchronous (WebCrypto), so callers hash before they
 * open a transaction and look the hashes up inside it: an await on anything but IndexedDB would let
 * the transaction commit early.
 */
export function createSuppression(db: PromiseLike<IDBPDatabase<LeadsDB>>) {
  let salts: Promise<string[]> | undefined;

  async function readSalts(): Promise<string[]> {
    return (await (await db).get('meta', 'suppressionSalts')) ?? [];
  }

  return {
    /** The salts, newest first: one, plus those a restored backup brought. */
    salts(): Promise<string[]> {
      salts ??= readSalts().catch((error: unknown) => {
        salts = undefined;
        throw error;
      });
      return salts;
    },
    /** Every hash under which one of `keys` could be listed: each key under each salt. */
    async hashesOf(keys: readonly string[]): Promise<string[]> {
      const all = await this.salts();
      return Promise.all(all.flatMap((salt) => keys.map((key) => saltedHash(salt, key))));
    },
    /** The hashes a new entry stores: under the newest salt only. */
    async entryHashes(keys: readonly string[]): Promise<string[]> {
      const [newest] = await this.salts();
      if (newest === undefined) throw new Error('The suppression list has no salt: the database was not upgraded.');
      return Promise.all(keys.map((key) => saltedHash(newest, key)));
    },
    /** A restore added salts: read them again. */
    forgetSalts(): void {
      salts = undefined;
    },
  };
}

export type Suppression = ReturnType<typeof createSuppression>;
