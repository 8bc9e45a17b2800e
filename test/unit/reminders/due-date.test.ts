import { describe, expect, it } from 'vitest';
import { REMINDER_HOUR, reminderDay, reminderDueAt } from '@/lib/reminders/due-date';

describe('reminderDueAt', () => {
  it.each([
    ['2026-09-01', new Date(2026, 8, 1, REMINDER_HOUR).toISOString()],
    [' 2026-12-31 ', new Date(2026, 11, 31, REMINDER_HOUR).toISOString()],
    ['2026-02-31', undefined],
    ['2026-13-01', undefined],
    ['01.09.2026', undefined],
    ['', undefined],
  ])('should make %j due at %j', (day, expected) => {
    expect(reminderDueAt(day)).toBe(expected);
  });
});

describe('reminderDay', () => {
  it.each([
    ['2026-09-01', '2026-09-01'],
    ['2024-02-29', '2024-02-29'],
  ])('should give back the day %s a reminder was set for', (day, expected) => {
    expect(reminderDay(reminderDueAt(day)!)).toBe(expected);
  });

  it('should show no day for a due time that is no date', () => {
    expect(reminderDay('soon')).toBe('');
  });
});
