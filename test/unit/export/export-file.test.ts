import { describe, expect, it } from 'vitest';
import { readExportChunk } from '@/lib/db/export-chunks';
import { openLeadsDb } from '@/lib/db/open';
import { csvHeader, csvRows } from '@/lib/export/csv';
import { streamExport, type ExportScope, type StreamedFormat } from '@/lib/export/export-file';
import { makeLead, makePerson } from '../../fixtures/leads';

/** Ten leads, ids lead-00 … lead-09; the even ones work at Acme, the odd ones at Globex. */
async function seed(): Promise<void> {
  const db = await openLeadsDb();
  const tx = db.transaction('leads', 'readwrite');
  const leads = Array.from({ length: 10 }, (_, index) =>
    makeLead(
      { person: makePerson({ fullName: `Person ${index}` }), company: { name: index % 2 ? 'Globex' : 'Acme' } },
      { id: `lead-0${index}` },
    ),
  );
  await Promise.all([...leads.map((lead) => tx.store.put(lead)), tx.done]);
}

const NAMES: StreamedFormat = { head: 'names:', write: (leads) => leads.map((lead) => ` ${lead.person.fullName}`).join('') };

async function exportNames(scope: ExportScope, chunkSize = 3) {
  const db = await openLeadsDb();
  const progress: number[] = [];
  const { parts, count } = await streamExport(scope, NAMES, {
    readChunk: (query) => readExportChunk(db, query),
    onProgress: (written) => progress.push(written),
    chunkSize,
  });
  return { file: parts.join(''), count, progress, chunks: parts.length - 1 };
}

describe('streamExport over readExportChunk', () => {
  it('writes every lead once, chunk by chunk, reporting progress after each', async () => {
    await seed();
    const result = await exportNames({ kind: 'all' });
    expect(result.file).toBe(`names:${Array.from({ length: 10 }, (_, i) => ` Person ${i}`).join('')}`);
    expect(result).toMatchObject({ count: 10, chunks: 4, progress: [3, 6, 9, 10] });
  });

  it('writes only the leads the search matches, across chunks that match none', async () => {
    await seed();
    const result = await exportNames({ kind: 'search', query: 'GLOBEX' }, 2);
    expect(result.file).toBe('names: Person 1 Person 3 Person 5 Person 7 Person 9');
    expect(result.count).toBe(5);
  });

  it('writes the selected leads in the order they were selected, skipping one deleted since', async () => {
    await seed();
    const result = await exportNames({ kind: 'selected', ids: ['lead-07', 'lead-gone', 'lead-02', 'lead-04'] }, 2);
    expect(result.file).toBe('names: Person 7 Person 2 Person 4');
    expect(result.progress).toEqual([1, 3]);
  });

  it('writes only the head when nothing is stored', async () => {
    expect(await exportNames({ kind: 'all' })).toMatchObject({ file: 'names:', count: 0 });
  });

  it('gives the same CSV as writing all leads at once', async () => {
    await seed();
    const db = await openLeadsDb();
    const csv: StreamedFormat = { head: csvHeader('hubspot'), write: (leads) => [...csvRows(leads, 'hubspot')].join('') };
    const { parts } = await streamExport({ kind: 'all' }, csv, { readChunk: (query) => readExportChunk(db, query), chunkSize: 4 });
    const all = await db.getAll('leads');
    expect(parts.join('')).toBe(csvHeader('hubspot') + [...csvRows(all, 'hubspot')].join(''));
  });
});
