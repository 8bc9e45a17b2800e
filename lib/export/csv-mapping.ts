import { CSV_PRESETS, type CsvColumn, type CsvPreset } from './csv';

/** A column of a user's own mapping: which preset column it reads, under which header. */
export interface MappedColumn {
  /** `<preset>:<header>` of the preset column whose value it takes (see `columnSource`). */
  source: string;
  header: string;
}

/** A user's own CSV preset: a preset's columns picked, renamed and reordered, saved under a name. */
export interface CsvMapping {
  id: string;
  name: string;
  columns: MappedColumn[];
}

export const PRESET_NAMES: Readonly<Record<CsvPreset, string>> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  pipedrive: 'Pipedrive',
  generic: 'All fields',
};

const PRESET_ORDER: readonly CsvPreset[] = ['generic', 'hubspot', 'salesforce', 'pipedrive'];

/**
 * A preset column's stable name. Each preset's headers are unique within it, and a header is what
 * its importer recognises, so it does not change between versions.
 */
export function columnSource(preset: CsvPreset, column: Pick<CsvColumn, 'header'>): string {
  return `${preset}:${column.header}`;
}

export interface FieldChoice {
  source: string;
  /** "Lifecycle Stage (HubSpot)"; the generic columns go without a suffix. */
  label: string;
}

const COLUMN_BY_SOURCE = new Map(
  PRESET_ORDER.flatMap((preset) => CSV_PRESETS[preset].map((col) => [columnSource(preset, col), col] as const)),
);

/**
 * Every value a mapping can take, generic fields first. A CRM column is offered only when the generic
 * preset has no column of that header, since those read the same value in the CRM's own words.
 */
export const FIELD_CHOICES: readonly FieldChoice[] = (() => {
  const genericHeaders = new Set(CSV_PRESETS.generic.map((col) => col.header.toLowerCase()));
  return PRESET_ORDER.flatMap((preset) =>
    CSV_PRESETS[preset]
      .filter((col) => preset === 'generic' || !genericHeaders.has(col.header.toLowerCase()))
      .map((col) => ({
        source: columnSource(preset, col),
        label: preset === 'generic' ? col.header : `${col.header} (${PRESET_NAMES[preset]})`,
      })),
  );
})();

/** A new mapping that starts as a copy of `preset`, for the user to edit. */
export function mappingFromPreset(preset: CsvPreset, id: string, name: string): CsvMapping {
  return {
    id,
    name,
    columns: CSV_PRESETS[preset].map((col) => ({ source: columnSource(preset, col), header: col.header })),
  };
}

/** Why a mapping cannot be saved, one message per problem; [] when it can. */
export function mappingProblems(mapping: CsvMapping, otherNames: readonly string[] = []): string[] {
  const problems: string[] = [];
  const name = mapping.name.trim();
  if (!name) problems.push('Give the preset a name.');
  else if (otherNames.some((other) => other.trim().toLowerCase() === name.toLowerCase())) {
    problems.push(`A preset named “${name}” already exists.`);
  }
  if (mapping.columns.length === 0) problems.push('Add at least one column.');
  const seen = new Set<string>();
  mapping.columns.forEach((col, index) => {
    const header = col.header.trim();
    if (!header) problems.push(`Column ${index + 1} needs a header.`);
    else if (seen.has(header.toLowerCase())) problems.push(`The header “${header}” is used twice.`);
    seen.add(header.toLowerCase());
    if (!COLUMN_BY_SOURCE.has(col.source)) problems.push(`Column ${index + 1} reads a field this version no longer has.`);
  });
  return problems;
}

/**
 * The columns a mapping writes. A column whose field this version no longer has is left out rather
 * than exported empty under a header the CRM would map.
 */
export function mappingColumns(mapping: CsvMapping): CsvColumn[] {
  return mapping.columns.flatMap(({ source, header }) => {
    const column = COLUMN_BY_SOURCE.get(source);
    return column ? [{ header: header.trim(), value: column.value }] : [];
  });
}
