/** The clock and sleep the queue runs on; tests pass a fake pair so that no test really waits. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RateLimiter {
  /** Resolves when the next request in `bucket` may go; reserves that slot. */
  take(bucket?: string): Promise<void>;
}

/**
 * Spaces requests at least `intervalMs[bucket]` apart (the default bucket for the rest); a bucket with its own
 * interval also counts against the default one, since a search is a request too. Slots are reserved
 * before the wait, so concurrent callers queue up instead of all going at once.
 */
export function createRateLimiter(intervalMs: Readonly<Record<string, number>>, clock: Clock): RateLimiter {
  const nextFree = new Map<string, number>();
  const reserve = (bucket: string, at: number) => nextFree.set(bucket, at + (intervalMs[bucket] ?? 0));
  return {
    async take(bucket = 'default') {
      const buckets = bucket === 'default' ? ['default'] : [bucket, 'default'];
      const at = Math.max(clock.now(), ...buckets.map((name) => nextFree.get(name) ?? 0));
      for (const name of buckets) reserve(name, at);
      const wait = at - clock.now();
      if (wait > 0) await clock.sleep(wait);
    },
  };
}
