import { PersonSuppressedError, SUPPRESSED_MESSAGE } from './suppression';

/** The browser refused to store more: the disk is full or the profile's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
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

/** What the dashboard says when a chunk of a restore or an import could not be written. */
export function importFailureMessage(error: unknown, done: number, total: number): string {
  if (isQuotaError(error)) {
    return `${STORAGE_FULL} ${done} of ${total} leads are in; free up disk space, then press Restore again to carry on where it stopped.`;
  }
  return `The import stopped after ${done} of ${total} leads; nothing already stored was lost. Press Restore again to carry on where it stopped.`;
}
