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
 * One cursor walk over the leads: runs only at start-up, when an alarm fires, and never on a save,
 * so it stays off the rep's path. (An index on due dates would make it a range lookup; not needed
 * while walks are this rare.)
 */
export async function scanReminders(db: Promise<IDBPDatabase<LeadsDB>>, now: Date): Promise<ReminderScan> {
  const due: Lead[] = [];
  let nextDueAt: string | undefined;
  for (let cursor = await (await db).transaction('leads').store.openCursor(); cursor; cursor = await cursor.continue()) {
    const lead = cursor.value;
    if (isDue(lead, now)) due.push(lead);
    else if (isUnfired(lead) && (nextDueAt === undefined || Date.parse(lead.reminder.dueAt) < Date.parse(nextDueAt))) {
      nextDueAt = lead.reminder.dueAt;
    }
  }
  return { due, ...(nextDueAt ? { nextDueAt } : {}) };
}

/**
 * Marks the reminders as shown, each only if it is still the one that fired: a rep who moved the
 * date in the meantime gets the new reminder. `updatedAt` stays: the lead itself did not change.
 */
export async function markFired(db: Promise<IDBPDatabase<LeadsDB>>, fired: readonly Lead[], at: Date): Promise<void> {
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
