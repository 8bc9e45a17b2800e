import { createHmac, timingSafeEqual } from 'node:crypto';
import { startContractServer, type ContractAnswer, type ContractRequest, type ContractServer, type Faults } from './contract-server';

export const WEBHOOK_SECRET = 'whsec-test-secret';

export interface Delivery {
  key: string;
  leadId: string;
  body: { lead: { id: string } } & Record<string, unknown>;
}

export interface WebhookServer extends ContractServer {
  /** Accepted deliveries, one per idempotency key. */
  deliveries: Map<string, Delivery>;
  /** Requests whose key was already accepted: answered 200 and not accepted again. */
  repeats: number;
  /** Requests refused for a missing or wrong signature or a stale timestamp. */
  rejected: number;
}

/**
 * A receiver as CRM.md §2.5 asks receivers to be: checks `X-Signature` (HMAC-SHA-256 of
 * `timestamp + "." + body`) and the timestamp's age, accepts each `X-Idempotency-Key` once.
 */
export async function startWebhookServer(
  faults: Faults = {},
  { secret = WEBHOOK_SECRET, maxSkewMs = 5 * 60_000 }: { secret?: string; maxSkewMs?: number } = {},
): Promise<WebhookServer> {
  const deliveries = new Map<string, Delivery>();
  const state = { repeats: 0, rejected: 0 };

  function signatureValid(request: ContractRequest): boolean {
    const timestamp = String(request.headers['x-timestamp'] ?? '');
    const signature = String(request.headers['x-signature'] ?? '');
    const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${request.text}`).digest('hex')}`;
    const fresh = Math.abs(Date.now() - Number(timestamp) * 1000) <= maxSkewMs;
    return fresh && signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
  }

  function route(request: ContractRequest): ContractAnswer {
    if (request.method !== 'POST') return { status: 405 };
    if (!signatureValid(request)) {
      state.rejected++;
      return { status: 401, body: { message: 'Bad signature' } };
    }
    const key = String(request.headers['x-idempotency-key'] ?? '');
    if (!key) return { status: 400, body: { message: 'X-Idempotency-Key is required' } };
    if (deliveries.has(key)) {
      state.repeats++;
      return { status: 200, body: { id: key, duplicate: true } };
    }
    const body = request.body as Delivery['body'];
    deliveries.set(key, { key, leadId: body.lead.id, body });
    return { status: 200, body: { id: key } };
  }

  const server = await startContractServer(route, faults);
  return Object.defineProperties({ ...server, deliveries } as WebhookServer, {
    repeats: { get: () => state.repeats },
    rejected: { get: () => state.rejected },
  });
}
