import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLeadsDb } from '@/lib/db/open';
import { openLeadsDbForReading } from '@/lib/db/read-only';
import { LEADS_DB_VERSION } from '@/lib/db/schema';
import { makeLead } from '../../fixtures/leads';

describe('openLeadsDbForReading', () => {
  it('never creates the database: null before the background made it', async () => {
    expect(await openLeadsDbForReading()).toBeNull();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('leadscout');
  });

  it('reads the leads at the version the background left, without upgrading', async () => {
    const writer = await openLeadsDb();
    await writer.put('leads', makeLead());

    const reader = await openLeadsDbForReading();

    expect(reader?.version).toBe(LEADS_DB_VERSION);
    expect((await reader!.getAll('leads')).map((lead) => lead.id)).toEqual(['lead-1']);
  });

  it('gets out of the way of a newer build’s upgrade', async () => {
    (await openLeadsDb()).close();
    const reader = await openLeadsDbForReading();

    const upgraded = await openDB('leadscout', LEADS_DB_VERSION + 1);

    expect(upgraded.version).toBe(LEADS_DB_VERSION + 1);
    expect(() => reader!.transaction('leads')).toThrow();
  });
});
