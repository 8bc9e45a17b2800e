import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { SyncState } from '@/lib/crm/schema';
import { CrmPushModel, syncLine } from '@/lib/state/crm-push-model';
import { fakeRequest } from '../../fixtures/fake-background';

const synced: SyncState = {
  id: 'hubspot|a',
  target: 'hubspot',
  leadId: 'a',
  status: 'synced',
  syncedAt: '2026-03-02T09:00:00.000Z',
  recordId: '1001',
  refs: {},
};

function rig() {
  let listener: ((ids: string[]) => void) | undefined;
  let states: SyncState[] = [synced];
  const request = fakeRequest({
    crmConnections: () => [{ target: 'hubspot', host: 'api.hubapi.com', connectedAt: 'x' }],
    crmSyncStates: ({ leadIds }) => states.filter((state) => leadIds.includes(state.leadId)),
    pushToCrm: ({ ids }) => ({ ok: true, queued: ids?.length ?? 7 }),
  });
  const inputs = { shownIds: signal<readonly string[]>(['a', 'b']), selectedIds: signal<readonly string[]>([]), query: signal(''), matching: signal(7) };
  const model = new CrmPushModel(
    {
      request,
      onSyncChanged: (next) => {
        listener = next;
        return () => undefined;
      },
    },
    inputs,
  );
  return {
    model,
    request,
    inputs,
    setStates: (next: SyncState[]) => (states = next),
    emit: (ids: string[]) => listener?.(ids),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('syncLine', () => {
  it.each([
    [{ ...synced }, /^HubSpot: synced .+ · id 1001$/, 'success'],
    [{ ...synced, status: 'failed', lastError: 'HubSpot contact upsert failed: 400' }, /^HubSpot: failed — HubSpot contact upsert failed: 400$/, 'error'],
    [{ ...synced, status: 'pending', lastError: 'HubSpot answered 429; retrying' }, /^HubSpot: queued — HubSpot answered 429; retrying$/, 'neutral'],
  ] as const)('should show %j', (state, text, tone) => {
    const line = syncLine(state as SyncState);

    expect(line.text).toMatch(text);
    expect(line.tone).toBe(tone);
  });
});

describe('CrmPushModel', () => {
  it('should push the ticked leads when some are ticked, else every lead the search matches', async () => {
    const { model, request, inputs } = rig();
    await model.open();

    await model.push();
    inputs.selectedIds.value = ['b'];
    await model.push();

    expect(request).toHaveBeenCalledWith('pushToCrm', { target: 'hubspot', query: '' });
    expect(request).toHaveBeenCalledWith('pushToCrm', { target: 'hubspot', ids: ['b'] });
    expect(model.status.value.text).toBe('1 lead queued for HubSpot; the CRM sync column shows each one as it is sent');
  });

  it('should read the sync states of the shown rows and refresh them when the background reports a change', async () => {
    const { model, setStates, emit } = rig();
    await settle();
    expect(model.syncLines.value.get('a')?.[0].text).toMatch(/^HubSpot: synced/);
    expect(model.syncLines.value.get('b')).toBeUndefined();

    setStates([synced, { ...synced, id: 'hubspot|b', leadId: 'b', status: 'failed', lastError: 'boom' }]);
    emit(['b', 'not-shown']);
    await settle();

    expect(model.syncLines.value.get('b')?.[0]).toEqual({ target: 'hubspot', text: 'HubSpot: failed — boom', tone: 'error' });
  });
});
