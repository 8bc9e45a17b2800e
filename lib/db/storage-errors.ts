/** The browser refused to store more: the disk is full or the profile's storage quota is used up. */
export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}

/** What the popup tells the rep when a save fails. A failed save never changes stored leads. */
export function saveFailureMessage(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Your browser has no room left to store this lead. Free up disk space, then save again — the leads you already saved are safe.';
  }
  return 'LeadScout could not save this lead. Try again — the leads you already saved are safe.';
}
