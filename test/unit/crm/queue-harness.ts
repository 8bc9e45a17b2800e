import type { Lead } from '@/lib/leads/types';
import { openCrmDb } from '@/lib/crm/open';
import { createPushQueue, type PushQueue } from '@/lib/crm/queue';
import type { Clock } from '@/lib/crm/rate-limit';
import type { FetchFn } from '@/lib/crm/transport';
import type { CrmConnection, CrmTarget } from '@/lib/crm/types';
import { makeStoredLead } from '../../fixtures/leads';

/** A clock whose sleeps return at once and move time on: hours of backoff run in milliseconds. */
export function fakeClock(start = Date.now()): Clock & { slept: number[] } {
  let time = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => time,
    sleep(ms) {
      slept.push(ms);
      time += ms;
      return Promise.resolve();
    },
  };
}

/** `count` distinct leads, `perCompany` of them at each company (so companies are shared). */
export function manyLeads(count: number, perCompany = 10): Lead[] {
  return Array.from({ length: count }, (_, index) => {
    const company = Math.floor(index / perCompany);
    return makeStoredLead({
      id: `lead-${index}`,
      person: { fullName: `Person ${index}`, firstName: 'Person', lastName: String(index), emails: [`person${index}@company${company}.com`] },
      company: { name: `Company ${company}`, domain: `company${company}.com` },
      identityKeys: [`email:person${index}@company${company}.com`],
    });
  });
}

export interface QueueRig {
  queue: PushQueue;
  clock: ReturnType<typeof fakeClock>;
  leads: Map<string, Lead>;
  wakes: (number | undefined)[];
  changed: string[][];
  /** The fake clock's time at each request sent. */
  sentAt: number[];
  connect(target: CrmTarget, endpoint: string, secret: string): Promise<void>;
  /** Queues the leads for `target` and waits until the queue has nothing left to do. */
  push(target: CrmTarget, leads: readonly Lead[]): Promise<void>;
}

/**
 * The real queue over a fake-indexeddb database, on a fake clock, sending through Node's fetch (or
 * `send`, e.g. a contract server's in-process fetch).
 */
export function queueRig(send: FetchFn = (url, init) => fetch(url, init)): QueueRig {
  const db = openCrmDb();
  const clock = fakeClock();
  const leads = new Map<string, Lead>();
  const wakes: (number | undefined)[] = [];
  const changed: string[][] = [];
  const sentAt: number[] = [];
  let seed = 1;
  const queue = createPushQueue({
    db,
    getLead: (id) => Promise.resolve(leads.get(id)),
    fetch: (url, init) => {
      sentAt.push(clock.now());
      return send(url, init);
    },
    clock,
    // Deterministic jitter: a repeatable sequence in [0, 1).
    random: () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646,
    wakeAt: (at) => {
      wakes.push(at);
      return Promise.resolve();
    },
    onSyncChanged: (ids) => changed.push(ids),
  });
  return {
    queue,
    clock,
    leads,
    wakes,
    changed,
    sentAt,
    async connect(target, endpoint, secret) {
      const connection: CrmConnection = { target, endpoint, secret, connectedAt: new Date(clock.now()).toISOString() };
      await (await db).put('connections', connection);
    },
    async push(target, batch) {
      for (const lead of batch) leads.set(lead.id, lead);
      await queue.enqueue(
        target,
        batch.map((lead) => lead.id),
      );
      await queue.drain();
      // What the alarm does when the queue left a long wait to it: wake at the time asked, drain again.
      for (let at = wakes.at(-1); at !== undefined; at = wakes.at(-1)) {
        await clock.sleep(Math.max(0, at - clock.now()));
        await queue.drain();
      }
    },
  };
}
