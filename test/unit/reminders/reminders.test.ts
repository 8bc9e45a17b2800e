import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLeadsDb } from '@/lib/db/open';
import type { Lead } from '@/lib/leads/types';
import { markFired } from '@/lib/reminders/reminder-store';
import { leadPageUrl, REMINDER_ALARM, startReminders } from '@/lib/reminders/reminders';
import { makeStoredLead } from '../../fixtures/leads';

const NOW = new Date('2026-03-02T10:00:00.000Z');
const PAST = '2026-03-01T09:00:00.000Z';
const SOON = '2026-03-05T09:00:00.000Z';
const LATER = '2026-04-01T09:00:00.000Z';

function lead(id: string, reminder?: Lead['reminder']): Lead {
  return makeStoredLead({ id, stage: 'contact-later', ...(reminder ? { reminder } : {}) });
}

async function setUp(leads: Lead[]) {
  const db = openLeadsDb();
  for (const stored of leads) await (await db).put('leads', stored);
  return { db, reminders: startReminders(db, () => NOW) };
}

async function notificationTitles(): Promise<string[]> {
  return Object.values(await fakeBrowser.notifications.getAll()).map((options) => (options as { title: string }).title);
}

describe('startReminders', () => {
  it('should show each due reminder once, mark it fired and set the alarm for the next', async () => {
    const { db, reminders } = await setUp([
      lead('due', { dueAt: PAST, note: 'After their audit' }),
      lead('next', { dueAt: SOON }),
      lead('later', { dueAt: LATER }),
      lead('none'),
    ]);

    await reminders.check();
    const shown = await notificationTitles();
    await fakeBrowser.notifications.clear('reminder:due');
    await reminders.check();

    expect(shown).toEqual(['Contact Jane Doe — After their audit']);
    expect(await notificationTitles()).toEqual([]);
    expect((await (await db).get('leads', 'due'))?.reminder).toEqual({
      dueAt: PAST,
      note: 'After their audit',
      firedAt: NOW.toISOString(),
    });
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: Date.parse(SOON) });
  });

  it('should show a reminder when its alarm goes off', async () => {
    const { reminders } = await setUp([lead('due', { dueAt: PAST, note: 'After their audit' })]);

    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: NOW.getTime() });
    await reminders.check();

    expect(await fakeBrowser.notifications.getAll()).toEqual({
      'reminder:due': expect.objectContaining({ type: 'basic', title: 'Contact Jane Doe — After their audit' }),
    });
  });

  it.each([
    ['onStartup', () => fakeBrowser.runtime.onStartup.trigger()],
    ['onInstalled', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false })],
  ])('should show reminders missed while the browser was closed on %s', async (_event, start) => {
    await setUp([lead('missed', { dueAt: PAST })]);

    await start();

    await vi.waitFor(async () => expect(await notificationTitles()).toEqual(['Contact Jane Doe']));
  });

  it('should leave no alarm when no reminder is left to come', async () => {
    const { reminders } = await setUp([lead('fired', { dueAt: PAST, firedAt: PAST })]);
    fakeBrowser.alarms.create(REMINDER_ALARM, { when: Date.parse(SOON) });

    await reminders.check();

    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
    expect(await notificationTitles()).toEqual([]);
  });

  it.each([
    ['no alarm yet', undefined, LATER, Date.parse(LATER)],
    ['an earlier reminder comes first', LATER, SOON, Date.parse(SOON)],
    ['a later reminder waits its turn', SOON, LATER, Date.parse(SOON)],
    ['a reminder already due fires now', SOON, PAST, NOW.getTime()],
  ])('should set the alarm on a save: %s', async (_case, scheduled, dueAt, expected) => {
    const { reminders } = await setUp([]);
    if (scheduled) fakeBrowser.alarms.create(REMINDER_ALARM, { when: Date.parse(scheduled) });

    await reminders.leadSaved(lead('saved', { dueAt }));

    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: expected });
  });

  it('should not mark a reminder whose date the rep moved while it was being shown', async () => {
    const { db } = await setUp([lead('moved', { dueAt: PAST })]);
    await (await db).put('leads', lead('moved', { dueAt: LATER }));

    await markFired(db, [lead('moved', { dueAt: PAST })], NOW);

    expect((await (await db).get('leads', 'moved'))?.reminder).toEqual({ dueAt: LATER });
  });

  it('should open the dashboard on the lead when its notification is clicked', async () => {
    await setUp([]);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');

    await fakeBrowser.notifications.onClicked.trigger('reminder:lead-7');

    expect(opened).toHaveBeenCalledWith({ url: leadPageUrl('lead-7') });
    expect(leadPageUrl('lead-7')).toBe('chrome-extension://test-extension-id/leads.html#lead=lead-7');
  });
});
