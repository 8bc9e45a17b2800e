import { describe, expect, it, vi } from 'vitest';
import type { CrmConnectionSummary } from '@/lib/crm/types';
import { CrmConnectionsModel } from '@/lib/state/crm-connections-model';
import { fakeRequest } from '../../fixtures/fake-background';

const NOW = new Date('2026-03-02T09:00:00.000Z');

function rig(granted = true) {
  let stored: CrmConnectionSummary[] = [];
  const request = fakeRequest({
    crmConnections: () => stored,
    connectCrm: ({ input }) => {
      stored = [{ target: input.target, host: 'hooks.example.com', connectedAt: NOW.toISOString() }];
      return { ok: true, connection: stored[0] };
    },
    disconnectCrm: () => {
      stored = [];
    },
  });
  const requestHostPermission = vi.fn(() => Promise.resolve(granted));
  const model = new CrmConnectionsModel({ request, requestHostPermission, now: () => NOW });
  const card = (target: string) => model.cards.value.find((c) => c.target === target)!;
  const fill = (target: string, values: Record<string, string>) => {
    for (const field of card(target).fields) field.value.value = values[field.name] ?? '';
  };
  return { model, request, requestHostPermission, card, fill };
}

describe('CrmConnectionsModel', () => {
  it('should ask for the webhook’s host only, then hand the secret to the background and forget it', async () => {
    const { model, request, requestHostPermission, card, fill } = rig();
    await model.load();
    fill('webhook', { url: 'https://hooks.example.com/leads', secret: 's3cret' });

    await model.connect('webhook');

    expect(requestHostPermission).toHaveBeenCalledWith('https://hooks.example.com/*');
    expect(request).toHaveBeenCalledWith('connectCrm', { input: { target: 'webhook', url: 'https://hooks.example.com/leads', secret: 's3cret' } });
    expect(card('webhook').connection?.host).toBe('hooks.example.com');
    expect(card('webhook').fields.find((f) => f.name === 'secret')?.value.value).toBe('');
    expect(card('webhook').status).toEqual({ text: 'Connected to Webhook (hooks.example.com)', tone: 'success' });
  });

  it('should not connect, nor ask the browser, when the address is not HTTPS', async () => {
    const { model, request, requestHostPermission, card, fill } = rig();
    fill('twenty', { baseUrl: 'http://crm.example.com', apiKey: 'k' });

    await model.connect('twenty');

    expect(requestHostPermission).not.toHaveBeenCalled();
    expect(request).not.toHaveBeenCalledWith('connectCrm', expect.anything());
    expect(card('twenty').status.tone).toBe('error');
  });

  it('should say so when the rep does not allow the host', async () => {
    const { model, request, card, fill } = rig(false);
    fill('hubspot', { token: 'pat-1' });

    await model.connect('hubspot');

    expect(request).not.toHaveBeenCalledWith('connectCrm', expect.anything());
    expect(card('hubspot').status).toEqual({ text: 'Not connected: LeadScout needs your permission to reach api.hubapi.com', tone: 'error' });
  });

  it('should disconnect, which deletes the token in the background', async () => {
    const { model, request, card, fill } = rig();
    fill('webhook', { url: 'https://hooks.example.com/leads', secret: 's3cret' });
    await model.connect('webhook');

    await model.disconnect('webhook');

    expect(request).toHaveBeenCalledWith('disconnectCrm', { target: 'webhook' });
    expect(card('webhook').connection).toBeUndefined();
  });
});
