import type { IDBPDatabase } from 'idb';
import type { LeadsDB } from '@/lib/db/schema';
import type { Lead } from '@/lib/leads/types';
import { isDue, isUnfired } from './due';

export interface ReminderScan {
  /** Leads whose reminder is due and not shown yet. */
  due: Lead[];
  /** When the next reminder after those comes due (ISO), if any. */
  nextDueAt?: string;
}

/**
 * Reads the `reminderDueAt` index only: the reminders up to now (those shown already are skipped),
 * then the first one still to come. Leads without a reminder are not in the index at all.
 */
export async function scanReminders(db: PromiseLike<IDBPDatabase<LeadsDB>>, now: Date): Promise<ReminderScan> {
  const index = (await db).transaction('leads').store.index('reminderDueAt');
  // Due dates are written by toISOString, so text order is time order.
  const nowKey = now.toISOString();
  const due = (await index.getAll(IDBKeyRange.upperBound(nowKey))).filter((lead) => isDue(lead, now));
  for (let cursor = await index.openCursor(IDBKeyRange.lowerBound(nowKey, true)); cursor; cursor = await cursor.continue()) {
    if (isUnfired(cursor.value)) return { due, nextDueAt: cursor.value.reminder.dueAt };
  }
  return { due };
}

/**
 * Marks the reminders as shown, each only if it is still the one that fired: a rep who moved the
 * date in the meantime gets the new reminder. `updatedAt` stays: the lead itself did not change.
 */
export async function markFired(db: PromiseLike<IDBPDatabase<LeadsDB>>, fired: readonly Lead[], at: Date): Promise<void> {
  const tx = (await db).transaction('leads', 'readwrite');
  await Promise.all(
    fired.map(async ({ id, reminder }) => {
      const stored = await tx.store.get(id);
      if (!stored?.reminder || stored.reminder.firedAt || stored.reminder.dueAt !== reminder?.dueAt) return;
      await tx.store.put({ ...stored, reminder: { ...stored.reminder, firedAt: at.toISOString() } });
    }),
  );
  await tx.done;
}
