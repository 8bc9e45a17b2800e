// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { openCrmDb } from '@/lib/crm/open';
import { createPushQueue, MAX_IN_PROCESS_WAIT_MS } from '@/lib/crm/queue';
import type { Lead } from '@/lib/leads/types';
import { makeStoredLead } from '../../fixtures/leads';
import { fakeClock, queueRig } from './queue-harness';
import { startWebhookServer, WEBHOOK_SECRET, type WebhookServer } from './servers/webhook-server';

let server: WebhookServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the push queue', () => {
  it('should leave a long wait to the alarm, and a new worker on the same database should deliver the lead', async () => {
    // Every request is rate limited for a minute: longer than the worker waits in-process.
    server = await startWebhookServer({ every429: 1, retryAfter: '60' });
    const db = openCrmDb();
    const clock = fakeClock();
    const lead = makeStoredLead();
    const wakes: (number | undefined)[] = [];
    const deps = {
      db,
      getLead: (id: string): Promise<Lead | undefined> => Promise.resolve(id === lead.id ? lead : undefined),
      fetch: (url: string, init: RequestInit) => fetch(url, init),
      clock,
      random: () => 0.5,
      wakeAt: (at: number | undefined) => {
        wakes.push(at);
        return Promise.resolve();
      },
      onSyncChanged: () => undefined,
    };
    await (await db).put('connections', { target: 'webhook', endpoint: server.url, secret: WEBHOOK_SECRET, connectedAt: 'x' });
    const first = createPushQueue(deps);

    await first.enqueue('webhook', [lead.id]);
    await first.drain();

    expect(server.deliveries.size).toBe(0);
    expect(wakes.at(-1)).toBeGreaterThan(clock.now() + MAX_IN_PROCESS_WAIT_MS);
    const [pending] = await first.syncStates([lead.id]);
    expect(pending).toMatchObject({ status: 'pending', lastError: 'Webhook answered 429; retrying' });

    // The worker is stopped; the alarm starts a new one after the wait, and the CRM is back.
    await server.close();
    server = await startWebhookServer();
    await (await db).put('connections', { target: 'webhook', endpoint: server.url, secret: WEBHOOK_SECRET, connectedAt: 'y' });
    await clock.sleep(wakes.at(-1)! - clock.now());
    const second = createPushQueue(deps);
    await second.drain();

    expect([...server.deliveries.values()].map((delivery) => delivery.leadId)).toEqual([lead.id]);
    expect(wakes.at(-1)).toBeUndefined();
    const [synced] = await second.syncStates([lead.id]);
    expect(synced.status).toBe('synced');
  });

  it('should fail the leads of a CRM that is not connected, saying so', async () => {
    const rig = queueRig();

    await rig.push('hubspot', [makeStoredLead()]);

    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state).toMatchObject({ status: 'failed', lastError: 'Not connected to HubSpot' });
  });

  it('should give up after repeated failures and keep the last error', async () => {
    server = await startWebhookServer({ every500: 1 });
    const rig = queueRig();
    await rig.connect('webhook', server.url, WEBHOOK_SECRET);

    await rig.push('webhook', [makeStoredLead()]);

    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state.status).toBe('failed');
    expect(state.lastError).toMatch(/^Webhook answered 500; gave up after 8 tries$/);
  });

  it('should keep a lead’s state per CRM and tell the dashboard which leads changed', async () => {
    server = await startWebhookServer();
    const rig = queueRig();
    await rig.connect('webhook', server.url, WEBHOOK_SECRET);

    await rig.push('webhook', [makeStoredLead({ id: 'a' })]);
    await rig.push('hubspot', [makeStoredLead({ id: 'a' })]);

    const states = await rig.queue.syncStates(['a']);
    expect(states.map((state) => [state.target, state.status])).toEqual([
      ['hubspot', 'failed'],
      ['webhook', 'synced'],
    ]);
    expect(rig.changed.flat()).toContain('a');
  });

  it('should drop queued pushes of a CRM that is disconnected', async () => {
    server = await startWebhookServer({ every429: 1, retryAfter: '3600' });
    const rig = queueRig();
    await rig.connect('webhook', server.url, WEBHOOK_SECRET);
    await rig.queue.enqueue('webhook', ['lead-1']);
    await rig.queue.drain();

    await rig.queue.forget('webhook');
    await rig.queue.drain();

    expect(rig.wakes.at(-1)).toBeUndefined();
  });

  it('should forget a deleted lead: its queued pushes and its sync states in every CRM', async () => {
    server = await startWebhookServer();
    const rig = queueRig();
    await rig.connect('webhook', server.url, WEBHOOK_SECRET);
    await rig.push('webhook', [makeStoredLead({ id: 'a' }), makeStoredLead({ id: 'b' })]);
    await rig.queue.enqueue('hubspot', ['a']);
    await rig.queue.drain();

    await rig.queue.forgetLeads(['a']);

    expect(await rig.queue.syncStates(['a'])).toEqual([]);
    expect((await rig.queue.syncStates(['b'])).map((state) => state.leadId)).toEqual(['b']);
  });
});
