import { describe, expect, it } from 'vitest';
import { BACKUP_CHUNK_SIZE, checkBackup, writeBackup, type BackupSource } from '@/lib/backup/backup-format';
import type { Lead } from '@/lib/leads/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { makeStoredLead } from '../../fixtures/leads';

const leads = Array.from({ length: BACKUP_CHUNK_SIZE + 3 }, (_, index) =>
  makeStoredLead({ id: `lead-${String(index).padStart(5, '0')}`, identityKeys: [`email:l${index}@example.com`] }),
);

function source(stored: Lead[] = leads): BackupSource {
  return {
    settings: async () => ({ settings: { version: 3, value: DEFAULT_SETTINGS }, retention: { months: 12 } }),
    suppression: async () => ({ salts: ['ab'.repeat(16)], entries: [{ hash: 'f'.repeat(64), at: '2026-01-01T00:00:00.000Z' }] }),
    countLeads: async () => stored.length,
    readLeads: async (afterId, limit) => stored.filter((lead) => afterId === undefined || lead.id > afterId).slice(0, limit),
  };
}

const noPause = () => Promise.resolve();

async function backupText(stored?: Lead[]): Promise<string> {
  const { parts } = await writeBackup(source(stored), new Date('2026-11-24T08:00:00.000Z'), () => undefined, noPause);
  return parts.join('');
}

describe('writeBackup and checkBackup', () => {
  it('should write one JSON file, chunk by chunk, that checks and reads back identical', async () => {
    const progress: number[] = [];
    const { parts, count } = await writeBackup(source(), new Date('2026-11-24T08:00:00.000Z'), (done) => progress.push(done), noPause);

    const checked = await checkBackup(parts.join(''), () => undefined, noPause);

    expect(count).toBe(leads.length);
    expect(progress).toEqual([BACKUP_CHUNK_SIZE, leads.length]);
    expect(checked).toEqual({
      ok: true,
      backup: {
        format: 'leadscout-backup',
        version: 1,
        createdAt: '2026-11-24T08:00:00.000Z',
        settings: { version: 3, value: DEFAULT_SETTINGS },
        retention: { months: 12 },
        suppression: { salts: ['ab'.repeat(16)], entries: [{ hash: 'f'.repeat(64), at: '2026-01-01T00:00:00.000Z' }] },
        leads,
      },
    });
  });

  it('should write a valid backup of an empty store', async () => {
    const checked = await checkBackup(await backupText([]), () => undefined, noPause);

    expect(checked).toMatchObject({ ok: true, backup: { leads: [] } });
  });

  it.each([
    ['not JSON', () => '{"format": "leadscout-backup", ', /^This file is not a LeadScout backup: it is not valid JSON/],
    ['another file', () => JSON.stringify({ name: 'package' }), /^This file is not a LeadScout backup: it has no "format": "leadscout-backup"\.$/],
    [
      'a newer version',
      async () => (await backupText([])).replace('"version":1,', '"version":2,'),
      /^This backup cannot be restored: version: this backup was made by a newer LeadScout; update the extension first\.$/,
    ],
    [
      'a lead with an unknown stage',
      async () => (await backupText(leads.slice(0, 3))).replace('"stage":"mql"', '"stage":"won"'),
      /^This backup cannot be restored: leads\.0\.stage: Invalid type: Expected \("contact-us" \| .*but received "won"\.$/,
    ],
    [
      'a lead without emails',
      async () => (await backupText(leads.slice(0, 3))).replace(/"emails":\["jane@acme.com"\],/g, ''),
      /^This backup cannot be restored: leads\.0\.person\.emails: Invalid key: Expected "emails" but received undefined\.$/,
    ],
  ])('should name what is wrong with %s', async (_case, content, expected) => {
    const checked = await checkBackup(await content(), () => undefined, noPause);

    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.message).toMatch(expected);
  });
});
