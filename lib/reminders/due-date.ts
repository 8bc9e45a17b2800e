/**
 * A reminder is set as a day ("contact me in September"); it comes due at this local hour, so the
 * nudge arrives at the start of the rep's working day rather than at midnight.
 */
export const REMINDER_HOUR = 9;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-09-01' → the ISO instant of 09:00 local time that day; undefined for anything else. */
export function reminderDueAt(day: string): string | undefined {
  const match = DAY.exec(day.trim());
  if (!match) return undefined;
  const [year, month, date] = match.slice(1).map(Number);
  const due = new Date(year, month - 1, date, REMINDER_HOUR);
  // new Date rolls '2026-02-31' over into March: such a day does not exist.
  return due.getMonth() === month - 1 && due.getDate() === date ? due.toISOString() : undefined;
}

/** The local day (yyyy-mm-dd) an ISO instant falls on: what a date field shows for a stored reminder. */
export function reminderDay(dueAt: string): string {
  const due = new Date(dueAt);
  if (Number.isNaN(due.getTime())) return '';
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}`;
}
