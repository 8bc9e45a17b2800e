import { describe, expect, it } from 'vitest';
import { isDue, isUnfired, leadIdOfNotification, reminderNotice, reminderNotificationId } from '@/lib/reminders/due';
import { makeStoredLead } from '../../fixtures/leads';

const NOW = new Date('2026-03-02T10:00:00.000Z');

describe('isDue', () => {
  it.each([
    ['no reminder', undefined, false, false],
    ['due an hour ago', { dueAt: '2026-03-02T09:00:00.000Z' }, true, true],
    ['due this very moment', { dueAt: '2026-03-02T10:00:00.000Z' }, true, true],
    ['due tomorrow', { dueAt: '2026-03-03T09:00:00.000Z' }, false, true],
    ['shown already', { dueAt: '2026-03-02T09:00:00.000Z', firedAt: '2026-03-02T09:00:01.000Z' }, false, false],
    ['no readable due time', { dueAt: 'soon' }, false, false],
  ])('should tell a reminder %s', (_case, reminder, due, unfired) => {
    const lead = makeStoredLead(reminder ? { reminder } : {});

    expect(isDue(lead, NOW)).toBe(due);
    expect(isUnfired(lead)).toBe(unfired);
  });
});

describe('reminderNotice', () => {
  it.each([
    [
      'a note',
      { reminder: { dueAt: '2026-03-02T09:00:00.000Z', note: 'After their audit' } },
      { title: 'Contact Jane Doe — After their audit', message: 'VP of Sales at Acme. They asked to be contacted about now.' },
    ],
    [
      'no note',
      { reminder: { dueAt: '2026-03-02T09:00:00.000Z' } },
      { title: 'Contact Jane Doe', message: 'VP of Sales at Acme. They asked to be contacted about now.' },
    ],
    [
      'an email only',
      { person: { fullName: undefined, firstName: undefined, lastName: undefined, title: undefined, emails: ['jane@acme.com'] }, company: { name: undefined } },
      { title: 'Contact jane@acme.com', message: 'They asked to be contacted about now.' },
    ],
  ])('should name the person to contact, with %s', (_case, overrides, expected) => {
    expect(reminderNotice(makeStoredLead(overrides))).toEqual(expected);
  });
});

describe('reminder notification ids', () => {
  it.each([
    [reminderNotificationId('lead-1'), 'lead-1'],
    ['reminder:', undefined],
    ['update-available', undefined],
  ])('should read the lead of %j as %j', (notificationId, expected) => {
    expect(leadIdOfNotification(notificationId)).toBe(expected);
  });
});
