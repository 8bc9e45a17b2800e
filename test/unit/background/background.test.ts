import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import type { Envelope, RequestData, RequestName, RequestResult } from '@/lib/messaging/protocol';
import { DEFAULT_ICP_PROFILE } from '@/lib/scoring/icp';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings/settings';
import { retentionItem } from '@/lib/settings/retention';
import { LINKEDIN_URL, makeLeadInput, makePerson, makeStoredLead } from '../../fixtures/leads';

const POPUP: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
};
/** A content script (or a page's own script) on a prospect's page: same extension id, a web URL. */
const CONTENT_SCRIPT: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: LINKEDIN_URL };

/**
 * Deliver a request as the browser would, from `sender`. The fake's own `runtime.sendMessage` sends
 * no sender, which the background rightly ignores.
 */
async function send<N extends RequestName>(
  name: N,
  data: RequestData<N>,
  sender = POPUP,
): Promise<RequestResult<N> | undefined> {
  const envelope: Envelope = { kind: 'request', name, data };
  const answers = await fakeBrowser.runtime.onMessage.trigger(envelope, sender);
  return answers.find((answer) => answer !== undefined);
}

/** The fake browser has no context menus: the click listener `main()` registers, once it has. */
function contextMenuClickListener() {
  const addListener = vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => undefined);
  return () => addListener.mock.calls[0]?.[0];
}

describe('background', () => {
  let menuClickListener: ReturnType<typeof contextMenuClickListener>;

  beforeEach(() => {
    menuClickListener = contextMenuClickListener();
  });

  it('should answer a request that arrives before the database has opened', async () => {
    background.main();

    const actual = await send('listLeads', {});

    expect(actual).toEqual({ leads: [], total: 0 });
  });

  it('should save, list and find a lead, and tell open pages that leads changed', async () => {
    background.main();
    const emitted = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const input = makeLeadInput({ person: makePerson({ linkedinUrl: LINKEDIN_URL }) });

    const saved = await send('saveLead', { lead: input });
    const page = await send('listLeads', { query: 'olena' });
    const found = await send('findLead', { person: makePerson({ linkedinUrl: `${LINKEDIN_URL}?trk=feed` }) });

    expect(saved).toMatchObject({ ok: true, outcome: 'created' });
    const lead = saved?.ok ? saved.lead : undefined;
    expect(page).toEqual({ leads: [lead], total: 1 });
    expect(found).toEqual(lead);
    expect(emitted).toHaveBeenCalledWith({ kind: 'event', name: 'leadsChanged', data: { ids: [lead?.id] } });
  });

  it('should merge a second save of the same person', async () => {
    background.main();
    const input = makeLeadInput({ person: makePerson({ linkedinUrl: LINKEDIN_URL }) });
    await send('saveLead', { lead: input });

    const actual = await send('saveLead', { lead: { ...input, notes: 'Met at Kyiv Fintech Week' } });

    expect(actual).toMatchObject({ ok: true, outcome: 'merged', lead: { notes: 'Met at Kyiv Fintech Week' } });
    expect(await send('listLeads', {})).toMatchObject({ total: 1 });
  });

  it('should ignore requests that do not come from its own pages', async () => {
    background.main();

    const actual = await send('saveLead', { lead: makeLeadInput() }, CONTENT_SCRIPT);

    expect(actual).toBeUndefined();
    expect(await send('listLeads', {})).toEqual({ leads: [], total: 0 });
  });

  it('should answer a failed save with a message instead of throwing', async () => {
    background.main();
    // Open (and create) the database first: its migration writes too.
    await send('listLeads', {});
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const actual = await send('saveLead', { lead: makeLeadInput() });

    expect(actual).toEqual({ ok: false, reason: 'storage-full', message: expect.stringMatching(/^Browser storage is full/) });
    expect(logged).toHaveBeenCalled();
  });

  it('should delete a person on request and refuse to capture them again', async () => {
    background.main();
    const input = makeLeadInput({ person: makePerson({ linkedinUrl: LINKEDIN_URL }) });
    const saved = await send('saveLead', { lead: input });
    const id = saved?.ok ? saved.lead.id : '';
    const emitted = vi.spyOn(fakeBrowser.runtime, 'sendMessage');

    const deleted = await send('deleteLead', { id, suppress: true });
    const suppressed = await send('isSuppressed', { person: input.person });
    const again = await send('saveLead', { lead: input });

    expect(deleted).toEqual({ deleted: true });
    expect(emitted).toHaveBeenCalledWith({ kind: 'event', name: 'leadsChanged', data: { ids: [id] } });
    expect(suppressed).toBe(true);
    expect(again).toEqual({ ok: false, reason: 'suppressed', message: expect.stringMatching(/deleted on request/) });
    expect(await send('listLeads', {})).toEqual({ leads: [], total: 0 });
  });

  it('should restore a backup: settings first, then every lead, and report the job finished', async () => {
    background.main();
    const lead = makeStoredLead({ id: 'restored', identityKeys: ['email:jane@acme.com'] });
    const settings = { ...DEFAULT_SETTINGS, defaultCountry: 'PL' };

    const job = await send('beginImport', {
      kind: 'restore',
      total: 1,
      settings: { settings: { version: 3, value: settings }, retention: { months: 12 } },
    });
    await send('stageImport', { jobId: job!.id, offset: 0, rows: [{ kind: 'lead', lead }] });
    await send('applyImport', { jobId: job!.id });

    await vi.waitFor(async () => expect(await send('getImport', { jobId: job!.id })).toMatchObject({ phase: 'finished', created: 1 }));
    expect(await send('getLead', { id: 'restored' })).toEqual(lead);
    expect(await settingsItem.getValue()).toEqual(settings);
    expect(await retentionItem.getValue()).toEqual({ months: 12 });
  });

  it('should capture a tab on request', async () => {
    background.main();
    const tab = { id: 7, index: 0, windowId: 1, active: true, highlighted: true, incognito: false, pinned: false };
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ ...tab, url: 'chrome://newtab/' });

    const actual = await send('captureTab', { tabId: 7 });

    expect(actual).toMatchObject({ ok: false, reason: 'restricted' });
  });

  it('should create the selection menu on install and hand the popup what a menu click read', async () => {
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockReturnValue('capture-selection');
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    const tab = { id: 7, index: 0, windowId: 1, active: true, highlighted: true, incognito: false, pinned: false } as Browser.tabs.Tab;
    const click = { menuItemId: 'capture-selection', editable: false, modifiers: [], selectionText: 'Jane Doe\njane@acme.com', pageUrl: 'https://mail.example/' };
    background.main();

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    menuClickListener()?.(click, tab);
    const actual = await send('takeSelectionDraft', { tabId: 7 });

    expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: 'capture-selection', contexts: ['selection'] }));
    expect(actual).toMatchObject({ person: { fullName: 'Jane Doe', emails: ['jane@acme.com'] }, source: { url: 'https://mail.example/' } });
  });

  it('should count the stored leads per grade for a profile being edited', async () => {
    background.main();
    await send('saveLead', { lead: makeLeadInput() });

    const actual = await send('gradeDistribution', { profile: DEFAULT_ICP_PROFILE });

    expect(actual).toEqual({ A: 0, B: 0, C: 1, D: 0 });
  });

  it('should re-grade the stored leads when the ICP is saved, with progress, then say leads changed', async () => {
    background.main();
    const saved = await send('saveLead', { lead: makeLeadInput() });
    const emitted = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const strict = { ...DEFAULT_ICP_PROFILE, cutoffs: { A: 95, B: 90, C: 80 } };

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, icpProfiles: [strict] });

    await vi.waitFor(async () => expect((await send('listLeads', {}))?.leads[0]?.icp).toEqual({ score: 45, grade: 'D' }));
    await vi.waitFor(() =>
      expect(emitted).toHaveBeenCalledWith({ kind: 'event', name: 'leadsChanged', data: { ids: [saved?.ok && saved.lead.id] } }),
    );
    expect(emitted).toHaveBeenCalledWith({ kind: 'event', name: 'regradeProgress', data: { done: 1, total: 1 } });
  });

  it('should set the reminder alarm on a save and show the reminder when the alarm fires', async () => {
    background.main();
    const dueAt = new Date(Date.now() - 60_000).toISOString();
    const input = makeLeadInput({ stage: 'contact-later', reminder: { dueAt, note: 'After their audit' } });

    const saved = await send('saveLead', { lead: input });
    const alarm = await fakeBrowser.alarms.get('leadscout-reminders');
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);

    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now());
    await vi.waitFor(async () =>
      expect(await fakeBrowser.notifications.getAll()).toEqual({
        [`reminder:${saved?.ok && saved.lead.id}`]: expect.objectContaining({ title: 'Contact Olena Kovalenko — After their audit' }),
      }),
    );
  });
});
