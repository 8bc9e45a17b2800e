import { browser } from 'wxt/browser';
import { checkConnection, permissionPattern, summarize, type CrmConnectionInput } from './connections';
import { openCrmDb } from './open';
import { createPushQueue } from './queue';
import { realClock } from './rate-limit';
import type { SyncState } from './schema';
import { CRM_LABELS, type ConnectResult, type CrmConnectionSummary, type CrmTarget, type PushResult } from './types';
import { reopenWhenClosed } from '@/lib/db/reopen-when-closed';
import type { Lead } from '@/lib/leads/types';

/** The one alarm that wakes the push queue: set for the next job that waits. */
export const CRM_QUEUE_ALARM = 'leadscout-crm-queue';
/** How many lead ids one read of "all leads" takes at a time. */
const ID_CHUNK = 500;

export interface CrmPushDeps {
  getLead(id: string): Promise<Lead | null | undefined>;
  /** The ids of every stored lead the search matches, a chunk at a time after `afterId`. */
  leadIds(query: string, afterId: string | undefined, limit: number): Promise<{ ids: string[]; lastId?: string; done: boolean }>;
  onSyncChanged(leadIds: string[]): void;
}

/**
 * The background's side of CRM push: connections (tokens stay in the `leadscout-crm` database, which only
 * this worker opens, never in `storage.*`, which content scripts could read), the push queue and its
 * alarm. Listeners are registered at once, so an alarm that wakes the worker finds them.
 */
export function startCrmPush(deps: CrmPushDeps) {
  // Opened again when a full disk made the browser close it (see reopenWhenClosed).
  const db = reopenWhenClosed((onClosed) => openCrmDb(undefined, onClosed));
  const queue = createPushQueue({
    db,
    getLead: deps.getLead,
    fetch: (url, init) => fetch(url, init),
    clock: realClock,
    random: Math.random,
    async wakeAt(at) {
      if (at === undefined) await browser.alarms.clear(CRM_QUEUE_ALARM);
      else browser.alarms.create(CRM_QUEUE_ALARM, { when: at });
    },
    onSyncChanged: deps.onSyncChanged,
  });
  const drain = () => void queue.drain().catch((error: unknown) => console.error('LeadScout: CRM push failed', error));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CRM_QUEUE_ALARM) drain();
  });
  // A worker stopped mid-push (or a browser closed) left jobs behind: carry on now.
  drain();

  async function allLeadIds(query: string): Promise<string[]> {
    const ids: string[] = [];
    let afterId: string | undefined;
    for (;;) {
      const chunk = await deps.leadIds(query, afterId, ID_CHUNK);
      ids.push(...chunk.ids);
      if (chunk.done || chunk.lastId === undefined) return ids;
      afterId = chunk.lastId;
    }
  }

  return {
    queue,
    handlers: {
      async crmConnections(): Promise<CrmConnectionSummary[]> {
        return (await (await db).getAll('connections')).map(summarize);
      },
      async connectCrm({ input }: { input: CrmConnectionInput }): Promise<ConnectResult> {
        const checked = checkConnection(input, new Date());
        if (!checked.ok) return checked;
        const { connection } = checked;
        // The options page asked for the host in the rep's click; without it no request could go out.
        const allowed = await browser.permissions.contains({ origins: [permissionPattern(connection.endpoint)] });
        if (!allowed) return { ok: false, message: `LeadScout was not allowed to reach ${new URL(connection.endpoint).host}` };
        const previous = await (await db).get('connections', connection.target);
        // Another account or server: what we knew about its records no longer holds.
        if (previous && previous.endpoint !== connection.endpoint) await queue.forget(connection.target);
        await (await db).put('connections', connection);
        return { ok: true, connection: summarize(connection) };
      },
      async disconnectCrm({ target }: { target: CrmTarget }): Promise<void> {
        const connection = await (await db).get('connections', target);
        await (await db).delete('connections', target);
        await queue.forget(target);
        if (!connection) return;
        const pattern = permissionPattern(connection.endpoint);
        const others = (await (await db).getAll('connections')).some((other) => permissionPattern(other.endpoint) === pattern);
        if (!others) await browser.permissions.remove({ origins: [pattern] });
      },
      async pushToCrm({ target, ids, query = '' }: { target: CrmTarget; ids?: string[]; query?: string }): Promise<PushResult> {
        if (!(await (await db).get('connections', target))) return { ok: false, message: `Connect ${CRM_LABELS[target]} in Settings first` };
        const leadIds = ids ?? (await allLeadIds(query));
        return { ok: true, queued: await queue.enqueue(target, leadIds) };
      },
      crmSyncStates({ leadIds }: { leadIds: string[] }): Promise<SyncState[]> {
        return queue.syncStates(leadIds);
      },
    },
  };
}
