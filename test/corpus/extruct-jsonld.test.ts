/**
 * extruct's JSON-LD regression samples, broken blocks included (HTML and JS comments, control
 * characters, null blocks): every block must read as extruct reads it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseLenientJson } from '@/lib/extract/json-ld/lenient-json';
import { parsePage } from '../unit/extract/pages';
import { describeCorpus } from './corpus';

/**
 * extruct's expected output: its current format lists the nodes of every block, an array block's
 * nodes one by one; its older `{ items: [...] }` format keeps each block's value whole.
 */
type ExtructJsonLd = unknown[] | { items: unknown[] };

describeCorpus('extruct-samples', (corpusDir) => {
  const samplesDir = path.join(corpusDir, 'samples');
  const samples = readdirSync(samplesDir).flatMap((folder) =>
    readdirSync(path.join(samplesDir, folder))
      .filter((file) => file.endsWith('.html') && existsSync(path.join(samplesDir, folder, file.replace(/\.html$/, '.jsonld'))))
      .map((file) => path.join(folder, file)),
  );

  it.each(samples)('should read the JSON-LD of %s as extruct does', (sample) => {
    const expected: ExtructJsonLd = JSON.parse(readFileSync(path.join(samplesDir, sample.replace(/\.html$/, '.jsonld')), 'utf8'));
    const doc = parsePage(readFileSync(path.join(samplesDir, sample), 'utf8'));

    const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')]
      .flatMap((script) => parseLenientJson(script.textContent ?? ''))
      .filter((value) => typeof value === 'object' && value !== null);

    expect(Array.isArray(expected) ? blocks.flat() : blocks).toEqual(Array.isArray(expected) ? expected : expected.items);
  });
});
