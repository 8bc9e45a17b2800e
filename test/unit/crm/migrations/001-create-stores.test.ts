import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openCrmDb } from '@/lib/crm/open';
import { CRM_DB_NAME, CRM_DB_VERSION } from '@/lib/crm/schema';

describe('CRM database v1', () => {
  it('should create the connections, jobs, sync and companies stores with their indexes', async () => {
    const db = await openCrmDb();

    expect(db.name).toBe(CRM_DB_NAME);
    expect(db.version).toBe(CRM_DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['companies', 'connections', 'jobs', 'sync']);
    expect([...db.transaction('jobs').store.indexNames]).toEqual(['dueAt']);
    expect([...db.transaction('sync').store.indexNames]).toEqual(['leadId']);
    db.close();
  });

  it('should keep its data when opened again', async () => {
    const first = await openCrmDb();
    await first.put('connections', { target: 'webhook', endpoint: 'https://x.test/', secret: 's', connectedAt: 'now' });
    first.close();

    const again = await openCrmDb();

    expect(await again.getAll('connections')).toEqual([{ target: 'webhook', endpoint: 'https://x.test/', secret: 's', connectedAt: 'now' }]);
    again.close();
  });

  it('should close its connection so that a newer version can upgrade without waiting', async () => {
    const current = await openCrmDb();
    const blocked = vi.fn();

    const newer = await openDB(CRM_DB_NAME, CRM_DB_VERSION + 1, { blocked });

    expect(blocked).not.toHaveBeenCalled();
    newer.close();
    current.close();
  });
});
