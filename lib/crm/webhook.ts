import { BANT_CRITERIA, type Lead } from '@/lib/leads/types';
import { idOf, isOk, pick, unexpected } from './fields';
import type { CrmClient, PushOutcome } from './types';

const LABEL = 'The webhook';
export const WEBHOOK_SCHEMA_VERSION = '1';

export const SIGNATURE_HEADER = 'X-Signature';
export const TIMESTAMP_HEADER = 'X-Timestamp';
export const IDEMPOTENCY_HEADER = 'X-Idempotency-Key';

/** The lead id plus its version: the same lead unchanged is the same delivery, however often it is sent. */
export function idempotencyKey(lead: Lead): string {
  return `${lead.id}:${lead.updatedAt}`;
}

/** What a receiver gets (CRM.md §2.5): flat enough for Zapier, everything a CRM import needs. */
export function webhookPayload(lead: Lead, at: Date): Record<string, unknown> {
  return {
    event: 'lead.pushed',
    schemaVersion: WEBHOOK_SCHEMA_VERSION,
    eventId: idempotencyKey(lead),
    occurredAt: at.toISOString(),
    lead: {
      id: lead.id,
      version: lead.updatedAt,
      createdAt: lead.createdAt,
      updatedAt: lead.updatedAt,
      person: lead.person,
      company: lead.company,
      stage: lead.stage,
      temperature: lead.temperature,
      bant: Object.fromEntries(BANT_CRITERIA.map((criterion) => [criterion, lead.bant[criterion].status])),
      icp: lead.icp,
      channel: lead.channels.at(-1)?.channel ?? null,
      channels: lead.channels,
      sources: lead.sources,
      ...(lead.reminder ? { reminder: { dueAt: lead.reminder.dueAt, note: lead.reminder.note } } : {}),
      notes: lead.notes,
    },
  };
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `sha256=<hex HMAC-SHA-256(secret, timestamp + "." + body)>`: the timestamp is signed, so a replay is visible. */
export async function webhookSignature(secret: string, timestamp: string, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return `sha256=${hex(await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${body}`)))}`;
}

/**
 * Any webhook (Zapier, Make, n8n, your own): one signed JSON POST per lead. The idempotency key makes
 * the POST safe to repeat, so it is retried like an upsert; a 409 means the receiver already has it.
 */
export function createWebhookClient(secret: string): CrmClient {
  return {
    maxBatch: 1,
    async push(leads, context) {
      const outcomes: PushOutcome[] = [];
      for (const lead of leads) {
        const at = context.now();
        const body = JSON.stringify(webhookPayload(lead, at));
        const timestamp = String(Math.floor(at.getTime() / 1000));
        const key = idempotencyKey(lead);
        const response = await context.send({
          method: 'POST',
          path: '',
          body,
          headers: {
            [SIGNATURE_HEADER]: await webhookSignature(secret, timestamp, body),
            [TIMESTAMP_HEADER]: timestamp,
            [IDEMPOTENCY_HEADER]: key,
          },
          idempotent: true,
        });
        if (!isOk(response) && response.status !== 409) throw unexpected(LABEL, 'refused the lead', response);
        outcomes.push({ leadId: lead.id, ok: true, recordId: idOf(pick(response.body, 'id')) ?? key, refs: {} });
      }
      return outcomes;
    },
  };
}
