import type { Lead } from '@/lib/leads/types';
import type { ExportChunk, ExportChunkQuery } from '@/lib/db/export-chunks';

/** Which leads an export writes. */
export type ExportScope = { kind: 'all' } | { kind: 'search'; query: string } | { kind: 'selected'; ids: string[] };

/** A file format written chunk by chunk: what comes first, then each chunk's text. */
export interface StreamedFormat {
  head: string;
  write(leads: readonly Lead[]): string;
}

export interface ExportRun {
  readChunk(query: ExportChunkQuery): Promise<ExportChunk>;
  /** Called after each chunk with how many leads are written so far. */
  onProgress?(written: number): void;
  /** Leads per chunk: small enough that each message and each chunk of text stays quick. */
  chunkSize?: number;
}

export const EXPORT_CHUNK_SIZE = 1000;

/**
 * The file's parts, chunk by chunk, for a `Blob`: the page never holds the whole file as one string
 * and gets the event loop back between chunks (each is an IndexedDB read), so 100k leads
 * export with a moving progress bar instead of a frozen page.
 */
export async function streamExport(scope: ExportScope, format: StreamedFormat, run: ExportRun): Promise<{ parts: string[]; count: number }> {
  const parts = format.head ? [format.head] : [];
  const limit = run.chunkSize ?? EXPORT_CHUNK_SIZE;
  const filter = scope.kind === 'search' ? { query: scope.query } : scope.kind === 'selected' ? { ids: scope.ids } : {};
  let count = 0;
  let reading = run.readChunk({ ...filter, limit });
  for (;;) {
    const chunk = await reading;
    const more = !chunk.done && chunk.lastId !== undefined;
    // The next chunk is read while this one is written: the database works while the page formats.
    if (more) reading = run.readChunk({ ...filter, limit, afterId: chunk.lastId });
    if (chunk.leads.length) parts.push(format.write(chunk.leads));
    count += chunk.leads.length;
    run.onProgress?.(count);
    if (!more) return { parts, count };
  }
}
