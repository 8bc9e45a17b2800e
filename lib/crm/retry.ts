import type { CrmResponse } from './types';

/** Full-jitter backoff bounds (CRM.md §2.6): base 1 s, cap 60 s. */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 60_000;
/** HubSpot's rolling window is 10 s: retrying sooner only burns the next window (CRM.md §2.1). */
const HUBSPOT_WINDOW_MS = 10_000;

/** Timeouts, rate limits and server errors pass; anything else (400, 401, 403, 404, 409, 422) will not. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/** `Retry-After` as delta-seconds or an HTTP-date (RFC 9110 §10.2.3), in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** `random(0, min(cap, base·2^attempt))`: clients that failed together do not come back together. */
export function backoffDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

function msUntilNextUtcDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return next - now.getTime();
}

/** HubSpot names the exhausted limit in a 429's body: the daily one resets at midnight, the burst one in 10 s. */
function hubspotPolicyDelay(body: unknown, now: Date): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const policy = (body as { policyName?: unknown }).policyName;
  if (typeof policy !== 'string') return undefined;
  if (policy.includes('DAILY')) return msUntilNextUtcDay(now);
  if (policy === 'TEN_SECONDLY_ROLLING') return HUBSPOT_WINDOW_MS;
  return undefined;
}

/**
 * How long to wait before trying again after a retryable answer (or a network failure, `response`
 * undefined): what the server asked for when it said, else jittered backoff for this attempt (0-based).
 */
export function retryDelay(response: CrmResponse | undefined, attempt: number, now: Date, random: () => number): number {
  const asked = response
    ? (parseRetryAfter(response.headers.get('retry-after'), now) ?? hubspotPolicyDelay(response.body, now))
    : undefined;
  return asked ?? backoffDelay(attempt, random);
}
