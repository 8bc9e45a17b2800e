import type { Clock, RateLimiter } from './rate-limit';
import { isRetryableStatus, retryDelay } from './retry';
import { RetryLaterError, type CrmRequest, type CrmResponse, type Send } from './types';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

export interface TransportOptions {
  /** The connection's endpoint: an API origin, or the webhook URL. */
  endpoint: string;
  /** Authentication headers; tokens travel in headers only, never in URLs (CRM.md §5.5). */
  headers: Record<string, string>;
  /** Names the CRM in errors. Errors never carry the URL: a webhook URL is a secret. */
  label: string;
  fetch: FetchFn;
  clock: Clock;
  random: () => number;
  limiter: RateLimiter;
  /** Longer waits go back to the queue (and its alarm) instead of keeping the worker busy. */
  maxInProcessWaitMs: number;
  /** Attempts of one idempotent request before the queue takes over. */
  maxAttempts: number;
}

export function requestUrl(endpoint: string, request: Pick<CrmRequest, 'path' | 'query'>): string {
  const url = new URL(request.path ? endpoint.replace(/\/+$/, '') + request.path : endpoint);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  return url.href;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Sends a client's requests: spaced by the CRM's rate limit, retried in place on 408/429/5xx and network
 * failures when the request is idempotent, handed back to the queue as `RetryLaterError` otherwise
 * (a create is never sent twice blindly). Every other answer goes back to the client to interpret.
 */
export function createTransport(options: TransportOptions): Send {
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      await options.limiter.take(request.bucket);
      let response: CrmResponse | undefined;
      let failure: string;
      try {
        const raw = await options.fetch(requestUrl(options.endpoint, request), {
          method: request.method,
          headers: {
            accept: 'application/json',
            ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...options.headers,
            ...request.headers,
          },
          body: request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body),
          // A POST must never follow a redirect to another origin with our token (CRM.md §5.6).
          redirect: 'error',
          credentials: 'omit',
        });
        response = { status: raw.status, headers: raw.headers, body: await readBody(raw) };
        if (!isRetryableStatus(response.status)) return response;
        failure = `${options.label} answered ${response.status}`;
      } catch (error) {
        failure = `${options.label} could not be reached (${error instanceof Error ? error.message : String(error)})`;
      }
      const delay = retryDelay(response, attempt, new Date(options.clock.now()), options.random);
      if (!request.idempotent || attempt + 1 >= options.maxAttempts || delay > options.maxInProcessWaitMs) {
        throw new RetryLaterError(failure, delay);
      }
      await options.clock.sleep(delay);
    }
  };
}
