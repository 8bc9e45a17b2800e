import type { Lead } from '@/lib/leads/types';

/** A reminder that has not been shown yet. */
export function isUnfired(lead: Lead): lead is Lead & { reminder: NonNullable<Lead['reminder']> } {
  return lead.reminder !== undefined && lead.reminder.firedAt === undefined && !Number.isNaN(Date.parse(lead.reminder.dueAt));
}

/** Due now: unfired and its time has come (also long ago, while the browser was closed). */
export function isDue(lead: Lead, now: Date): boolean {
  return isUnfired(lead) && Date.parse(lead.reminder.dueAt) <= now.getTime();
}

const NOTIFICATION_PREFIX = 'reminder:';

export function reminderNotificationId(leadId: string): string {
  return `${NOTIFICATION_PREFIX}${leadId}`;
}

/** The lead a notification is about; undefined for notifications that are not reminders. */
export function leadIdOfNotification(notificationId: string): string | undefined {
  return notificationId.startsWith(NOTIFICATION_PREFIX) ? notificationId.slice(NOTIFICATION_PREFIX.length) || undefined : undefined;
}

export interface ReminderNotice {
  title: string;
  message: string;
}

/** "Contact Olena Kovalenko — After their audit", with who they are underneath. */
export function reminderNotice(lead: Lead): ReminderNotice {
  const { person, company } = lead;
  const name =
    person.fullName ??
    ([person.firstName, person.lastName].filter(Boolean).join(' ') || person.emails[0] || company.name || 'a prospect');
  const note = lead.reminder?.note;
  const who = [person.title, company.name].filter(Boolean).join(' at ');
  return {
    title: note ? `Contact ${name} — ${note}` : `Contact ${name}`,
    message: who ? `${who}. They asked to be contacted about now.` : 'They asked to be contacted about now.',
  };
}
