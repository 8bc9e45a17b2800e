import { describe, expect, it } from 'vitest';
import { backoffDelay, isRetryableStatus, parseRetryAfter, retryDelay } from '@/lib/crm/retry';
import { createRateLimiter } from '@/lib/crm/rate-limit';
import { fakeClock } from './queue-harness';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const response = (status: number, headers: Record<string, string> = {}, body: unknown = null) => ({
  status,
  headers: new Headers(headers),
  body,
});

describe('isRetryableStatus', () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [409, false],
    [422, false],
  ])('should treat %i as retryable: %s', (status, retryable) => {
    expect(isRetryableStatus(status)).toBe(retryable);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['5', 5_000],
    [' 0 ', 0],
    ['Mon, 02 Mar 2026 09:00:30 GMT', 30_000],
    ['Mon, 02 Mar 2026 08:59:00 GMT', 0],
    ['soon', undefined],
  ])('should read %j as %s ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });
});

describe('retryDelay', () => {
  it('should honour Retry-After over backoff', () => {
    expect(retryDelay(response(429, { 'retry-after': '12' }), 0, NOW, () => 0.99)).toBe(12_000);
  });

  it('should wait out HubSpot’s ten-second window, and its daily limit until midnight UTC', () => {
    expect(retryDelay(response(429, {}, { policyName: 'TEN_SECONDLY_ROLLING' }), 0, NOW, () => 0)).toBe(10_000);
    expect(retryDelay(response(429, {}, { policyName: 'DAILY' }), 0, NOW, () => 0)).toBe(15 * 3_600_000);
  });

  it('should back off with full jitter, doubling up to a minute', () => {
    expect([0, 1, 2, 5, 6, 10].map((attempt) => backoffDelay(attempt, () => 0.999_999))).toEqual([999, 1_999, 3_999, 31_999, 59_999, 59_999]);
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(retryDelay(undefined, 2, NOW, () => 0.5)).toBe(2_000);
  });
});

describe('createRateLimiter', () => {
  it('should space requests by the interval, searches by their own and the general one', async () => {
    const clock = fakeClock(0);
    const limiter = createRateLimiter({ default: 100, search: 250 }, clock);
    const at: number[] = [];
    for (const bucket of ['default', 'default', 'search', 'search', 'default']) {
      await limiter.take(bucket);
      at.push(clock.now());
    }

    expect(at).toEqual([0, 100, 200, 450, 550]);
  });
});
