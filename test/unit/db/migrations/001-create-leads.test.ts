import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createLeadsStore } from '@/lib/db/migrations/001-create-leads';
import type { LeadsDBV1 } from '@/lib/db/schema';
import { makeLead } from '../../../fixtures/leads';

describe('migration 001: create leads', () => {
  it('should create the leads store keyed by id, with its identity key and update time indexes', async () => {
    const db = await openDB<LeadsDBV1>('leadscout', 1, { upgrade: (upgrading) => createLeadsStore(upgrading) });

    const store = db.transaction('leads').store;
    const identity = store.index('identityKeys');
    const updated = store.index('updatedAt');

    expect(store.keyPath).toBe('id');
    expect([...store.indexNames]).toEqual(['identityKeys', 'updatedAt']);
    expect({ keyPath: identity.keyPath, multiEntry: identity.multiEntry, unique: identity.unique }).toEqual({
      keyPath: 'identityKeys',
      multiEntry: true,
      unique: false,
    });
    expect({ keyPath: updated.keyPath, multiEntry: updated.multiEntry, unique: updated.unique }).toEqual({
      keyPath: 'updatedAt',
      multiEntry: false,
      unique: false,
    });
    db.close();
  });

  it('should find a lead by each of its identity keys', async () => {
    const db = await openDB<LeadsDBV1>('leadscout', 1, { upgrade: (upgrading) => createLeadsStore(upgrading) });
    const lead = makeLead({}, { id: 'lead-1' });
    await db.put('leads', lead);

    const actual = await Promise.all(lead.identityKeys.map((key) => db.getKeyFromIndex('leads', 'identityKeys', key)));

    expect(actual).toEqual(lead.identityKeys.map(() => 'lead-1'));
    db.close();
  });
});
