import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function filesIn(folder: string, pattern: RegExp): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => path.join(folder, file));
}

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  return [...source.matchAll(/^\s*import\s[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((match) => match[1]);
}

describe('repository rules', () => {
  it.each(filesIn('components', /\.tsx?$/))('%s should only render: no browser API, database or messaging', (file) => {
    const forbidden = importsOf(file).filter((source) =>
      /^(wxt\/browser|webextension-polyfill|idb|#imports)$|^@\/lib\/(db|messaging|capture)\//.test(source),
    );

    expect(forbidden).toEqual([]);
  });

  it('should number the database migrations contiguously from 001, each with its test', () => {
    const migrations = filesIn('lib/db/migrations', /^\d{3}-.+\.ts$/).map((file) => path.basename(file)).sort();
    const tests = new Set(filesIn('test/unit/db/migrations', /\.test\.ts$/).map((file) => path.basename(file)));

    expect(migrations.map((file) => Number(file.slice(0, 3)))).toEqual(migrations.map((_, index) => index + 1));
    expect(migrations.filter((file) => !tests.has(file.replace(/\.ts$/, '.test.ts')))).toEqual([]);
  });

  it('should keep the database, messaging and the UI out of the script injected into pages', () => {
    const heavy = importsOf('entrypoints/capture.ts').filter((source) => /^(idb|preact|@preact\/)|^@\/lib\/(db|state|messaging)\//.test(source));

    expect(heavy).toEqual([]);
  });
});
