import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { CsvPreset } from '@/lib/export/csv';
import { FIELD_CHOICES, mappingFromPreset, type CsvMapping, type MappedColumn } from '@/lib/export/csv-mapping';

/** The field a new column starts with and its header: the first field the mapping does not use yet. */
function nextColumn(columns: readonly MappedColumn[]): MappedColumn {
  const used = new Set(columns.map((col) => col.source));
  const choice = FIELD_CHOICES.find((field) => !used.has(field.source)) ?? FIELD_CHOICES[0];
  return { source: choice.source, header: choice.label };
}

/** Edits a copy of a CSV mapping: name, and each column's header, field and place. */
export function createColumnEditor() {
  const mapping = signal<CsvMapping | null>(null);

  function updateColumns(change: (columns: MappedColumn[]) => MappedColumn[]): void {
    const current = mapping.value;
    if (current) mapping.value = { ...current, columns: change([...current.columns]) };
  }

  return {
    mapping: mapping as ReadonlySignal<CsvMapping | null>,
    isOpen: computed(() => mapping.value !== null),
    load(source: CsvMapping): void {
      mapping.value = structuredClone(source);
    },
    loadPreset(preset: CsvPreset, id: string, name: string): void {
      mapping.value = mappingFromPreset(preset, id, name);
    },
    close(): void {
      mapping.value = null;
    },
    rename(name: string): void {
      if (mapping.value) mapping.value = { ...mapping.value, name };
    },
    setHeader(index: number, header: string): void {
      updateColumns((columns) => columns.map((col, at) => (at === index ? { ...col, header } : col)));
    },
    setSource(index: number, source: string): void {
      updateColumns((columns) => columns.map((col, at) => (at === index ? { ...col, source } : col)));
    },
    move(index: number, offset: -1 | 1): void {
      updateColumns((columns) => {
        const target = index + offset;
        if (target < 0 || target >= columns.length) return columns;
        [columns[index], columns[target]] = [columns[target], columns[index]];
        return columns;
      });
    },
    remove(index: number): void {
      updateColumns((columns) => columns.filter((_, at) => at !== index));
    },
    add(): void {
      updateColumns((columns) => [...columns, nextColumn(columns)]);
    },
  };
}

export type ColumnEditor = ReturnType<typeof createColumnEditor>;
