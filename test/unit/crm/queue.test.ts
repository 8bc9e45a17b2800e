// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { openCrmDb } from '@/lib/crm/open';
import { createPushQueue, MAX_IN_PROCESS_WAIT_MS, mergeSyncStates } from '@/lib/crm/queue';
import type { SyncState } from '@/lib/crm/schema';
import type { Lead } from '@/lib/leads/types';
import { makeStoredLead } from '../../fixtures/leads';
import { fakeClock, queueRig } from './queue-harness';
import { startTwentyServer, TWENTY_API_KEY, type TwentyServer } from './servers/twenty-server';
import { startWebhookServer, WEBHOOK_SECRET, type WebhookServer } from './servers/webhook-server';

let server: WebhookServer | undefined;
let twenty: TwentyServer | undefined;
afterEach(async () => {
  await server?.close();
  await twenty?.close();
  server = twenty = undefined;
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

  it('should give a merge’s survivor the CRM record its absorbed lead was pushed as, so pushing it updates that record', async () => {
    twenty = await startTwentyServer();
    const rig = queueRig();
    await rig.connect('twenty', twenty.url, TWENTY_API_KEY);
    await rig.push('twenty', [makeStoredLead({ id: 'absorbed' })]);

    await rig.queue.leadsMerged('survivor', ['absorbed']);
    // The merged lead leads with an address Twenty has never seen: only the moved record id finds her.
    await rig.push('twenty', [makeStoredLead({ id: 'survivor', person: { emails: ['jane.doe@gmail.com', 'jane@acme.com'] } })]);

    expect(twenty.people.size).toBe(1);
    expect(await rig.queue.syncStates(['absorbed'])).toEqual([]);
    const [state] = await rig.queue.syncStates(['survivor']);
    expect(state).toMatchObject({ status: 'synced', recordId: [...twenty.people.keys()][0] });
  });

  it('should push a merged lead once when its absorbed lead was waiting in the queue', async () => {
    const waiting = await startWebhookServer({ every429: 1, retryAfter: '3600' });
    server = waiting;
    const rig = queueRig();
    await rig.connect('webhook', waiting.url, WEBHOOK_SECRET);
    for (const id of ['survivor', 'absorbed']) rig.leads.set(id, makeStoredLead({ id }));
    await rig.queue.enqueue('webhook', ['survivor', 'absorbed']);
    await rig.queue.drain();

    await rig.queue.leadsMerged('survivor', ['absorbed']);
    // An hour on (by the fake clock the signatures are dated with), the alarm wakes the queue and the webhook answers.
    await waiting.close();
    await rig.clock.sleep(rig.wakes.at(-1)! - rig.clock.now());
    const back = await startWebhookServer({}, { maxSkewMs: 2 * 3_600_000 });
    server = back;
    await rig.connect('webhook', back.url, WEBHOOK_SECRET);
    await rig.queue.drain();

    expect([...back.deliveries.values()].map((delivery) => delivery.leadId)).toEqual(['survivor']);
    expect((await rig.queue.syncStates(['survivor', 'absorbed'])).map((state) => [state.leadId, state.status])).toEqual([['survivor', 'synced']]);
  });
});

describe('mergeSyncStates', () => {
  const state = (leadId: string, fields: Partial<SyncState>): SyncState => ({ id: `twenty|${leadId}`, target: 'twenty', leadId, status: 'pending', refs: {}, ...fields });
  const absorbed = (fields: Partial<SyncState>) => state('a', fields);

  it.each<[string, SyncState | undefined, SyncState, Partial<SyncState>]>([
    ['the survivor was never pushed: the absorbed lead’s state is its', undefined, absorbed({ status: 'synced', recordId: 'p2', refs: { personId: 'p2' } }), { status: 'synced', recordId: 'p2', refs: { personId: 'p2' } }],
    [
      'both were pushed: the survivor’s record leads, the other’s ids fill the gaps',
      state('a', { status: 'synced', recordId: 'p1', refs: { personId: 'p1' } }),
      absorbed({ status: 'synced', recordId: 'p2', refs: { personId: 'p2', companyId: 'c2' } }),
      { status: 'synced', recordId: 'p1', refs: { personId: 'p1', companyId: 'c2' } },
    ],
    [
      'only the absorbed lead reached the CRM: its record leads',
      state('a', { status: 'failed', lastError: 'Twenty answered 400' }),
      absorbed({ status: 'synced', recordId: 'p2', refs: { personId: 'p2' } }),
      { status: 'synced', recordId: 'p2', refs: { personId: 'p2' } },
    ],
  ])('%s', (_case, survivor, absorbedState, expected) => {
    expect(mergeSyncStates(survivor, absorbedState)).toEqual({ id: 'twenty|a', target: 'twenty', leadId: 'a', ...expected });
  });
});
