import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Third-party pages and test suites beside the project (shared/corpora), never bundled. */
export const CORPORA_DIR = path.resolve(import.meta.dirname, '../..', '../shared/corpora');

/**
 * Registers the suite of one corpus. A newcomer's clone may lack the corpora: then one test says so
 * plainly instead of the suite, so that a green run never hides that nothing was scored. CI always
 * has them, and there the suite runs and asserts.
 */
export function describeCorpus(name: string, suite: (corpusDir: string) => void): void {
  const corpusDir = path.join(CORPORA_DIR, name);
  describe(`${name} corpus`, () => {
    if (existsSync(corpusDir)) {
      suite(corpusDir);
      return;
    }
    it('should say plainly that the corpus tests did not run', () => {
      printLine(`corpus not found at ${corpusDir}: corpus tests did not run`);

      expect(existsSync(corpusDir)).toBe(false);
    });
  });
}

/** A line of a score report, printed whatever the reporter shows of the tests' console. */
export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}
