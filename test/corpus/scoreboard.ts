import { printLine } from './corpus';

/** How our value compares with the corpus's for one field of one case. */
export type Verdict = 'right' | 'wrong' | 'missed';

export interface ScoredRow {
  case: string;
  field: string;
  expected: string;
  actual: string;
  verdict: Verdict;
}

/**
 * Values compared as a reader would: case-insensitive, whitespace collapsed, so that "ACME  Inc"
 * and "Acme Inc" agree.
 */
export function sameText(expected: string, actual: string): boolean {
  return normalised(expected) === normalised(actual);
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The field-by-field rows of one corpus, printed as a report with its score. */
export class Scoreboard {
  readonly rows: ScoredRow[] = [];

  constructor(readonly title: string) {}

  /** Scores one field: `actual` undefined or empty is a miss, else right when `agrees`, wrong when not. */
  score(caseName: string, field: string, expected: string, actual: string | undefined, agrees = sameText): Verdict {
    const verdict: Verdict = !actual ? 'missed' : agrees(expected, actual) ? 'right' : 'wrong';
    this.rows.push({ case: caseName, field, expected, actual: actual ?? '', verdict });
    return verdict;
  }

  count(verdict: Verdict, field?: string): number {
    return this.rows.filter((row) => row.verdict === verdict && (field === undefined || row.field === field)).length;
  }

  /** Fields right, per field name and in all. */
  summary(): string {
    const fields = [...new Set(this.rows.map((row) => row.field))];
    const perField = fields.map((field) => `${field} ${this.count('right', field)}/${this.rows.filter((row) => row.field === field).length}`);
    return `${this.count('right')}/${this.rows.length} fields right (${perField.join(', ')}), ${this.count('wrong')} wrong, ${this.count('missed')} missed`;
  }

  print(): void {
    printLine(`\n${this.title}, field by field:`);
    for (const row of this.rows) {
      const mark = row.verdict === 'right' ? 'ok  ' : row.verdict === 'wrong' ? 'WRONG' : 'MISS';
      printLine(`  ${mark.padEnd(5)} ${row.case} ${row.field}: expected ${JSON.stringify(row.expected)}, got ${JSON.stringify(row.actual)}`);
    }
    printLine(`${this.title} score: ${this.summary()}\n`);
  }
}
