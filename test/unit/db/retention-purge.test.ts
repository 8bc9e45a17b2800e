import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLeadsDb } from '@/lib/db/open';
import { DAILY_ALARM } from '@/lib/db/daily';
import { purgeUntouched, retentionCutoff, startRetention } from '@/lib/db/retention-purge';
import { makeStoredLead } from '../../fixtures/leads';

const lead = (id: string, updatedAt: string) => makeStoredLead({ id, updatedAt, identityKeys: [`email:${id}@example.com`] });

async function seed(...leads: ReturnType<typeof lead>[]) {
  const db = await openLeadsDb();
  await Promise.all(leads.map((stored) => db.put('leads', stored)));
  return db;
}

describe('retentionCutoff', () => {
  it.each([
    ['2026-11-24T08:00:00.000Z', 6, '2026-05-24T08:00:00.000Z'],
    ['2026-11-24T08:00:00.000Z', 12, '2025-11-24T08:00:00.000Z'],
    ['2026-03-31T00:00:00.000Z', 1, '2026-03-03T00:00:00.000Z'],
  ])('should put %s minus %i months at %s', (now, months, expected) => {
    expect(retentionCutoff(new Date(now), months)).toBe(expected);
  });
});

describe('purgeUntouched', () => {
  it('should delete only the leads updated before the cutoff, chunk by chunk', async () => {
    const db = await seed(
      lead('old-1', '2025-01-01T00:00:00.000Z'),
      lead('old-2', '2025-02-01T00:00:00.000Z'),
      lead('old-3', '2025-03-01T00:00:00.000Z'),
      lead('recent', '2026-10-01T00:00:00.000Z'),
    );

    const deleted = await purgeUntouched(db, '2026-01-01T00:00:00.000Z', 2);

    expect(deleted.toSorted()).toEqual(['old-1', 'old-2', 'old-3']);
    expect(await db.getAllKeys('leads')).toEqual(['recent']);
    db.close();
  });
});

describe('startRetention', () => {
  it('should purge at start and schedule a daily alarm when retention is on', async () => {
    const db = await seed(lead('old', '2025-01-01T00:00:00.000Z'), lead('recent', '2026-11-01T00:00:00.000Z'));
    const onPurged = vi.fn();

    const retention = startRetention({
      db: Promise.resolve(db),
      getRetention: async () => ({ months: 6 }),
      onPurged,
      now: () => new Date('2026-11-24T08:00:00.000Z'),
    });
    await retention.purge();

    await vi.waitFor(() => expect(onPurged).toHaveBeenCalledWith(['old']));
    expect(await db.getAllKeys('leads')).toEqual(['recent']);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toMatchObject({ periodInMinutes: 1440 }));
    db.close();
  });

  it('should delete nothing while retention is off', async () => {
    const db = await seed(lead('old', '2020-01-01T00:00:00.000Z'));
    const onPurged = vi.fn();

    await startRetention({ db: Promise.resolve(db), getRetention: async () => ({ months: null }), onPurged }).purge();

    expect(await db.getAllKeys('leads')).toEqual(['old']);
    expect(onPurged).not.toHaveBeenCalled();
    db.close();
  });
});
