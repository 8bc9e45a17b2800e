// @vitest-environment node
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { idempotencyKey, webhookPayload, webhookSignature } from '@/lib/crm/webhook';
import { makeStoredLead } from '../../fixtures/leads';
import { queueRig } from './queue-harness';
import { startWebhookServer, WEBHOOK_SECRET, type WebhookServer } from './servers/webhook-server';

let server: WebhookServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('webhook signing', () => {
  it('should sign the timestamp and the body with HMAC-SHA-256, as receivers recompute it', async () => {
    const body = '{"event":"lead.pushed"}';
    const expected = createHmac('sha256', 'secret').update(`1767225600.${body}`).digest('hex');

    expect(await webhookSignature('secret', '1767225600', body)).toBe(`sha256=${expected}`);
  });

  it('should key a delivery on the lead id and its version', () => {
    const lead = makeStoredLead({ id: 'abc', updatedAt: '2026-01-02T03:04:05.000Z' });

    expect(idempotencyKey(lead)).toBe('abc:2026-01-02T03:04:05.000Z');
  });

  it('should send stage, temperature, BANT statuses, ICP grade and channel in the payload', () => {
    const lead = makeStoredLead({ stage: 'sql', temperature: 'hot', icp: { score: 90, grade: 'A' } });

    const payload = webhookPayload(lead, new Date('2026-01-02T00:00:00.000Z'));

    expect(payload).toMatchObject({
      event: 'lead.pushed',
      schemaVersion: '1',
      eventId: idempotencyKey(lead),
      occurredAt: '2026-01-02T00:00:00.000Z',
      lead: {
        id: 'lead-1',
        stage: 'sql',
        temperature: 'hot',
        bant: { budget: 'unknown', authority: 'unknown', need: 'unknown', timing: 'unknown' },
        icp: { score: 90, grade: 'A' },
        channel: 'LinkedIn',
        person: { fullName: 'Jane Doe', emails: ['jane@acme.com'] },
        company: { name: 'Acme', domain: 'acme.com' },
      },
    });
  });
});

describe('webhook push', () => {
  it('should deliver each lead once with a valid signature and record the receiver’s id', async () => {
    server = await startWebhookServer();
    const rig = queueRig();
    await rig.connect('webhook', `${server.url}/hooks/leads`, WEBHOOK_SECRET);

    await rig.push('webhook', [makeStoredLead({ id: 'a' }), makeStoredLead({ id: 'b', person: { emails: ['b@acme.com'] } })]);

    expect([...server.deliveries.values()].map((delivery) => delivery.leadId).sort()).toEqual(['a', 'b']);
    expect(server.rejected).toBe(0);
    expect(server.log.every((request) => request.path === '/hooks/leads' && request.headers['content-type'] === 'application/json')).toBe(true);
    const states = await rig.queue.syncStates(['a']);
    expect(states[0]).toMatchObject({ status: 'synced', recordId: `a:${makeStoredLead().updatedAt}` });
  });

  it('should record the receiver’s refusal of a wrong secret as the last error', async () => {
    server = await startWebhookServer();
    const rig = queueRig();
    await rig.connect('webhook', server.url, 'not-the-secret');

    await rig.push('webhook', [makeStoredLead()]);

    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state).toMatchObject({ status: 'failed', lastError: 'The webhook refused the lead: 401 Bad signature — check the connection in Options' });
  });

  it('should retry after a 500 with the same idempotency key, which the receiver accepts once', async () => {
    // The second request is accepted, then answered 500: the retry is a repeat the receiver recognises.
    server = await startWebhookServer({ every500: 2 });
    const rig = queueRig();
    await rig.connect('webhook', server.url, WEBHOOK_SECRET);

    await rig.push('webhook', [makeStoredLead({ id: 'a' }), makeStoredLead({ id: 'b' })]);

    expect(server.deliveries.size).toBe(2);
    expect(server.repeats).toBe(1);
  });
});
