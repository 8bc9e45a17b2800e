import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LeadInput } from '@/lib/leads/types';
import { DEFAULT_CHANNELS } from '@/lib/settings/channels';
import type { ImportJob } from '@/lib/db/schema';
import { importFailureMessage, STORAGE_FULL } from '@/lib/db/storage-errors';
import { ImportModel, KNOWN_PEOPLE_CHUNK, type ImportDeps } from '@/lib/state/import-model';
import { fakeRequest } from '../../fixtures/fake-background';

const FILE = [
  'Name,Email,Company,Stage',
  'Jane Doe,jane@acme.com,Acme,MQL',
  'Broken,jane@,Acme,',
  'Ivan Petrenko,ivan@rozetka.ua,Rozetka,Evaluating',
  'J. Doe,JANE@acme.com,Acme,',
].join('\r\n');

function csv(text: string, name = 'event.csv'): Blob & { name: string } {
  return Object.assign(new Blob([text], { type: 'text/csv' }), { name });
}

/**
 * A background that stages rows, then "applies" them: every row new except `merged` of them, or a disk
 * that fills while applying (`fail`) or before any row is staged (`full`).
 */
function setUp({ storedEmails = ['ivan@rozetka.ua'], fail = false, full = false, knownCheckDelayMs = 0 } = {}) {
  const imported: LeadInput[] = [];
  const asked: number[] = [];
  const listeners = new Set<(job: ImportJob) => void>();
  let job: ImportJob = { id: 'job-1', kind: 'import', total: 0, phase: 'staging', done: 0, created: 0, merged: 0, suppressed: 0, createdAt: '' };
  const deps: ImportDeps = {
    request: fakeRequest({
      findKnownPeople: ({ people }) => {
        asked.push(people.length);
        return people.map(({ person }) => person.emails.some((email) => storedEmails.includes(email)));
      },
      beginImport: ({ kind, total }) => (job = { ...job, kind, total }),
      stageImport: ({ rows }) => {
        if (full) throw new Error(STORAGE_FULL);
        for (const row of rows) if (row.kind === 'input') imported.push(row.input);
        return { staged: rows.length };
      },
      applyImport: () => {
        job = fail
          ? { ...job, phase: 'applying', failure: importFailureMessage(new DOMException('', 'QuotaExceededError'), 0, job.total, 'import') }
          : { ...job, phase: 'finished', done: job.total, created: job.total - 2, merged: 2 };
        queueMicrotask(() => listeners.forEach((listener) => listener(job)));
        return job;
      },
      getImport: () => job,
    }),
    onImportProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadSettings: async () => ({ channels: DEFAULT_CHANNELS, defaultCountry: 'UA' }),
    knownCheckDelayMs,
  };
  return { model: new ImportModel(deps), imported, asked };
}

describe('ImportModel', () => {
  it('guesses the mapping and previews each row: new, already stored, repeated, or what is wrong', async () => {
    const { model } = setUp();
    await model.chooseFile(csv(FILE));

    expect(model.mapping.value).toEqual(['fullName', 'email', 'companyName', 'stage']);
    expect(model.preview.value.map((row) => [row.row, row.name, row.status])).toEqual([
      [1, 'Jane Doe', 'New'],
      [2, '', '“jane@” is not an email address.'],
      [3, 'Ivan Petrenko', 'Already stored: will merge. Stage “Evaluating” is not one we know: the lead starts at Contact us.'],
      [4, 'J. Doe', 'Same person as row 1'],
    ]);
    expect(model.summary.value).toBe(
      '3 rows to import · 1 already stored (they will be merged, nothing is duplicated) · 1 repeated person in the file · 1 row with problems will be skipped',
    );
  });

  it('takes the same name at the same company domain for one person, as a save would', async () => {
    const { model } = setUp();
    await model.chooseFile(csv('Name,Company domain\r\nJane Doe,acme.com\r\nJane Doe,www.acme.com\r\nJane Doe,globex.com'));

    expect(model.preview.value.map((row) => row.status)).toEqual(['New', 'Same person as row 1', 'New']);
  });

  it('follows the rep’s corrections of the mapping', async () => {
    const { model } = setUp();
    await model.chooseFile(csv(FILE));

    await model.mapColumn(1, 'ignore');

    expect(model.rejected.value).toEqual([]);
    expect(model.preview.value[1]).toMatchObject({ name: 'Broken', status: 'New', ok: true });
  });

  it('asks about a large file’s people in chunks, and again only about the people a mapping change altered', async () => {
    const { model, asked } = setUp({ storedEmails: ['person7@example.com'] });
    const rows = Array.from({ length: 2500 }, (_, index) => `Person ${index},person${index}@example.com,Note ${index}`);
    await model.chooseFile(csv(['Name,Email,Notes', ...rows].join('\r\n')));

    expect(asked).toEqual([KNOWN_PEOPLE_CHUNK, KNOWN_PEOPLE_CHUNK, 500]);
    expect(model.summary.value).toContain('1 already stored');
    await model.mapColumn(2, 'ignore');
    expect(asked).toHaveLength(3);
    // Without the emails the people are known by no key at all: nobody to ask about.
    await model.mapColumn(1, 'ignore');
    expect(asked).toHaveLength(3);
    expect(model.summary.value).not.toContain('already stored');
    await model.mapColumn(1, 'email');
    expect(asked).toHaveLength(3);
    expect(model.summary.value).toContain('1 already stored');
  });

  describe('while the rep changes the mapping', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('asks once, when the mapping has stayed unchanged for the delay', async () => {
      const { model, asked } = setUp({ knownCheckDelayMs: 300 });
      await model.chooseFile(csv('Name,Email,Company domain\r\nJane Doe,jane@acme.com,acme.com\r\nIvan Petrenko,ivan@rozetka.ua,rozetka.ua'));
      vi.useFakeTimers();

      // Each step changes who the rows are; only the last mapping is asked about.
      const steps = [model.mapColumn(0, 'ignore')];
      await vi.advanceTimersByTimeAsync(200);
      steps.push(model.mapColumn(1, 'ignore'));
      await vi.advanceTimersByTimeAsync(200);
      steps.push(model.mapColumn(0, 'fullName'));
      await vi.advanceTimersByTimeAsync(299);
      expect(asked).toEqual([2]);
      await vi.advanceTimersByTimeAsync(1);
      await Promise.all(steps);

      expect(asked).toEqual([2, 2]);
      // Known by name at the company domain now, not by the stored email: nobody is stored.
      expect(model.preview.value.map((row) => row.status)).toEqual(['New', 'New']);
    });
  });

  it('imports the good rows tagged with the chosen channel and reports what became of them', async () => {
    const { model, imported } = setUp();
    await model.chooseFile(csv(FILE));
    model.chooseChannel('event');

    await model.start();

    expect(imported.map((lead) => lead.person.fullName)).toEqual(['Jane Doe', 'Ivan Petrenko', 'J. Doe']);
    expect(imported[0]).toMatchObject({ channel: { channel: 'Event', direction: 'outbound' }, source: { url: 'import:event.csv' } });
    expect(model.announcement.value).toBe(
      'Import finished: 1 new lead, 2 merged into stored leads, 1 row skipped with problems',
    );
  });

  it('says the file cannot be imported, and why, when it has no rows', async () => {
    const { model } = setUp();
    await model.chooseFile(csv('Name,Email\r\n', 'empty.csv'));

    expect(model.announcement.value).toBe('empty.csv: The file has a header row but no leads under it.');
    expect(model.canImport.value).toBe(false);
  });

  it('keeps what was imported and says how to finish when the import stops', async () => {
    const { model } = setUp({ fail: true });
    await model.chooseFile(csv(FILE));

    await model.start();

    expect(model.announcement.value).toBe(
      'Browser storage is full — nothing already stored was lost. 0 of 3 rows are in; free up disk space, then import the same file again: the rows already in merge instead of duplicating.',
    );
  });

  it('says that storage is full when the rows could not even be handed over', async () => {
    const { model, imported } = setUp({ full: true });
    await model.chooseFile(csv(FILE));

    await model.start();

    expect(imported).toEqual([]);
    expect(model.announcement.value).toBe('Browser storage is full — nothing already stored was lost. Free up disk space, then import the file again.');
  });
});
