import type { ImportJob } from './schema';
import { PersonSuppressedError, SUPPRESSED_MESSAGE } from './suppression';

/**
 * The browser refused to store more: the disk is full or the profile's storage quota is used up.
 *
 * Chromium 156 says so in several ways (seen with the profile on a full disk; see TOOLCHAIN.md):
 * - `QuotaExceededError`: the quota is used up, or a write met the full disk ("Encountered disk full
 *   while committing transaction.", "Encountered full disk while opening backing store for indexedDB.open.");
 * - `UnknownError` "Connection is closing because of: IO error: …: FILE_ERROR_NO_SPACE (…)": a write
 *   met the full disk while the database was flushing to its files;
 * - `UnknownError` "Internal error opening backing store for indexedDB.open.": with no byte left, the
 *   database opens but cannot write its metadata (Chromium logs "IndexedDB Write Error:
 *   SET_UP_METADATA"). After a full disk closed the connection, this is what every reopen gets;
 * - `DataError` "Failed to write blobs (IOError)": a record over 64 kB, which the browser keeps in a
 *   file of its own, could not be written.
 * After any of these the browser closes every connection to the database (see reopen-when-closed.ts).
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError') return true;
  if (typeof message !== 'string') return false;
  if (name === 'UnknownError') return message.includes('FILE_ERROR_NO_SPACE') || message.startsWith('Internal error opening backing store');
  return name === 'DataError' && message.startsWith('Failed to write blobs');
}

export const STORAGE_FULL = 'Browser storage is full — nothing already stored was lost.';

/** Why a save failed, for the popup: the reason picks the notice, the message is shown as is. */
export type SaveFailureReason = 'suppressed' | 'storage-full' | 'failed';

export function saveFailureReason(error: unknown): SaveFailureReason {
  if (error instanceof PersonSuppressedError) return 'suppressed';
  return isQuotaError(error) ? 'storage-full' : 'failed';
}

/** What the popup tells the rep when a save fails. A failed save never changes stored leads. */
export function saveFailureMessage(error: unknown): string {
  switch (saveFailureReason(error)) {
    case 'suppressed':
      return SUPPRESSED_MESSAGE;
    case 'storage-full':
      return `${STORAGE_FULL} This lead was not saved yet: free up disk space (or delete leads you no longer need), then press Save lead again — the form keeps what you typed.`;
    case 'failed':
      return 'LeadScout could not save this lead. Try again — the leads you already saved are safe.';
  }
}

/**
 * What the dashboard says when a chunk of a restore or an import could not be written. A restore
 * carries on where it stopped when applied again; an import of the same file again merges the rows
 * already in instead of duplicating them.
 */
export function importFailureMessage(error: unknown, done: number, total: number, kind: ImportJob['kind']): string {
  if (kind === 'import') {
    const again = 'import the same file again: the rows already in merge instead of duplicating';
    return isQuotaError(error)
      ? `${STORAGE_FULL} ${done} of ${total} rows are in; free up disk space, then ${again}.`
      : `The import stopped after ${done} of ${total} rows; nothing already stored was lost. To carry on, ${again}.`;
  }
  if (isQuotaError(error)) {
    return `${STORAGE_FULL} ${done} of ${total} leads are in; free up disk space, then press Restore again to carry on where it stopped.`;
  }
  return `The import stopped after ${done} of ${total} leads; nothing already stored was lost. Press Restore again to carry on where it stopped.`;
}
