import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { LeadsDB } from '@/lib/db/schema';
import type { Lead } from '@/lib/leads/types';
import { leadFragment } from '@/lib/state/links';
import { isUnfired, leadIdOfNotification, reminderNotice, reminderNotificationId } from './due';
import { markFired, scanReminders } from './reminder-store';

/** The one alarm: always set for the earliest reminder still to come. */
export const REMINDER_ALARM = 'leadscout-reminders';

export interface Reminders {
  /** Shows every due reminder once and sets the alarm for the next one. */
  check(): Promise<void>;
  /** A lead was saved: bring the alarm forward when its reminder comes first. */
  leadSaved(lead: Lead): Promise<void>;
}

/** The page a reminder opens: the dashboard, on that lead. */
export function leadPageUrl(leadId: string): string {
  return `${browser.runtime.getURL('/leads.html')}${leadFragment(leadId)}`;
}

/**
 * "Contact in the future" reminders, run by the background. Listeners are registered at once (a
 * service worker woken by the alarm must find them); every check walks the stored leads, so a
 * reminder that came due while the browser was closed shows at the next start.
 */
export function startReminders(db: PromiseLike<IDBPDatabase<LeadsDB>>, now: () => Date = () => new Date()): Reminders {
  /** Checks run one after another, so a start-up check and an alarm never show a reminder twice. */
  let checking: Promise<void> = Promise.resolve();

  async function showDue(): Promise<void> {
    const at = now();
    const { due, nextDueAt } = await scanReminders(db, at);
    for (const lead of due) {
      const { title, message } = reminderNotice(lead);
      await browser.notifications.create(reminderNotificationId(lead.id), {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        message,
        requireInteraction: true,
      });
    }
    if (due.length > 0) await markFired(db, due, at);
    if (nextDueAt) browser.alarms.create(REMINDER_ALARM, { when: Date.parse(nextDueAt) });
    else await browser.alarms.clear(REMINDER_ALARM);
  }

  function check(): Promise<void> {
    checking = checking.then(showDue).catch((error: unknown) => console.error('LeadScout: reminders failed', error));
    return checking;
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void check();
  });
  browser.runtime.onStartup.addListener(() => void check());
  browser.runtime.onInstalled.addListener(() => void check());
  browser.notifications.onClicked.addListener((notificationId) => {
    const leadId = leadIdOfNotification(notificationId);
    if (!leadId) return;
    void browser.tabs.create({ url: leadPageUrl(leadId) });
    void browser.notifications.clear(notificationId);
  });

  return {
    check,
    async leadSaved(lead) {
      if (!isUnfired(lead)) return;
      const dueAt = Date.parse(lead.reminder.dueAt);
      const scheduled = await browser.alarms.get(REMINDER_ALARM);
      // A reminder already due gets an alarm for now, which fires at once: the one path for all of them.
      if (!scheduled || dueAt < scheduled.scheduledTime) {
        browser.alarms.create(REMINDER_ALARM, { when: Math.max(dueAt, now().getTime()) });
      }
    },
  };
}
