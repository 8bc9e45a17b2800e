import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCrmPush } from '@/lib/crm/background';

function start(leadIds: string[] = []) {
  const chunks: { afterId: string | undefined; limit: number }[] = [];
  const crm = startCrmPush({
    getLead: () => Promise.resolve(undefined),
    leadIds(_query, afterId, limit) {
      chunks.push({ afterId, limit });
      const from = afterId === undefined ? 0 : leadIds.indexOf(afterId) + 1;
      const ids = leadIds.slice(from, from + limit);
      return Promise.resolve({ ids, lastId: ids.at(-1), done: from + limit >= leadIds.length });
    },
    onSyncChanged: () => undefined,
  });
  return { crm, chunks };
}

const WEBHOOK = { target: 'webhook', url: 'https://hooks.example.com/leads', secret: 's3cret' } as const;

describe('startCrmPush', () => {
  it('should refuse a connection whose host the rep did not allow', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const { crm } = start();

    const result = await crm.handlers.connectCrm({ input: WEBHOOK });

    expect(result).toEqual({ ok: false, message: 'LeadScout was not allowed to reach hooks.example.com' });
    expect(await crm.handlers.crmConnections()).toEqual([]);
  });

  it('should keep the connection and show its host, never its secret', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const { crm } = start();

    const result = await crm.handlers.connectCrm({ input: WEBHOOK });
    const listed = await crm.handlers.crmConnections();

    expect(contains).toHaveBeenCalledWith({ origins: ['https://hooks.example.com/*'] });
    expect(result.ok).toBe(true);
    expect(listed).toEqual([{ target: 'webhook', host: 'hooks.example.com', connectedAt: expect.any(String) }]);
    expect(JSON.stringify(listed)).not.toContain('s3cret');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('s3cret');
  });

  it('should queue every lead the search matches, read a chunk at a time', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const ids = Array.from({ length: 1_201 }, (_, index) => `lead-${String(index).padStart(4, '0')}`);
    const { crm, chunks } = start(ids);
    await crm.handlers.connectCrm({ input: WEBHOOK });

    const result = await crm.handlers.pushToCrm({ target: 'webhook', query: 'acme' });

    expect(result).toEqual({ ok: true, queued: 1_201 });
    expect(chunks.map((chunk) => chunk.afterId)).toEqual([undefined, 'lead-0499', 'lead-0999']);
  });

  it('should not queue for a CRM that is not connected', async () => {
    const { crm } = start(['a']);

    expect(await crm.handlers.pushToCrm({ target: 'hubspot', ids: ['a'] })).toEqual({ ok: false, message: 'Connect HubSpot in Settings first' });
  });

  it('should give the host back on disconnect', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    const { crm } = start();
    await crm.handlers.connectCrm({ input: WEBHOOK });

    await crm.handlers.disconnectCrm({ target: 'webhook' });

    expect(remove).toHaveBeenCalledWith({ origins: ['https://hooks.example.com/*'] });
    expect(await crm.handlers.crmConnections()).toEqual([]);
  });
});
