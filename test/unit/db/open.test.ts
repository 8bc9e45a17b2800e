import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { createLeadsStore } from '@/lib/db/migrations/001-create-leads';
import { openLeadsDb } from '@/lib/db/open';
import { historyFromSources } from '@/lib/db/migrations/004-record-capture-history';
import { withDuplicateKeys } from '@/lib/db/migrations/005-index-near-duplicate-keys';
import { LEADS_DB_NAME, LEADS_DB_VERSION, type LeadsDBV1, type LeadV3 } from '@/lib/db/schema';
import { makeLead, storedByV3 } from '../../fixtures/leads';

/** A database as the v1 build of the extension left it, holding `leads`. */
async function seedVersion1(leads: LeadV3[]): Promise<void> {
  const db = await openDB<LeadsDBV1>(LEADS_DB_NAME, 1, { upgrade: (upgrading) => createLeadsStore(upgrading) });
  await Promise.all(leads.map((lead) => db.put('leads', lead)));
  db.close();
}

describe('openLeadsDb', () => {
  it('should create the database at the current version with the leads, privacy and import stores', async () => {
    const db = await openLeadsDb();

    expect(db.name).toBe('leadscout');
    expect(db.version).toBe(LEADS_DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['importJobs', 'importRows', 'leads', 'meta', 'suppression']);
    db.close();
  });

  it('should open a database the v1 build wrote without losing or changing its leads', async () => {
    const stored = storedByV3(makeLead());
    await seedVersion1([stored]);

    const db = await openLeadsDb();
    const actual = await db.getFromIndex('leads', 'identityKeys', stored.identityKeys[0]);

    // Only what later versions add (the capture history from the lead's own sources, near keys) is new.
    expect(actual).toEqual(withDuplicateKeys({ ...stored, history: historyFromSources(stored) }));
    db.close();
  });

  it('should be idempotent: opening again runs no migration twice and keeps the data', async () => {
    const expected = makeLead();
    const first = await openLeadsDb();
    await first.put('leads', expected);
    first.close();

    const again = await openLeadsDb();
    const actual = await again.getAll('leads');

    expect(actual).toEqual([expected]);
    expect([...again.transaction('leads').store.indexNames]).toEqual(['identityKeys', 'nearKeys', 'reminderDueAt', 'updatedAt']);
    again.close();
  });

  it('should close its connection so that a newer version can upgrade without waiting', async () => {
    const current = await openLeadsDb();
    const blocked = vi.fn();

    const newer = await openDB(LEADS_DB_NAME, LEADS_DB_VERSION + 1, { blocked });

    expect(blocked).not.toHaveBeenCalled();
    expect(newer.version).toBe(LEADS_DB_VERSION + 1);
    newer.close();
    current.close();
  });
});
