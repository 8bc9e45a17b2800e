import { batch, computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import { csvHeader, csvRows, UTF8_BOM, type CsvColumn, type CsvPreset } from '@/lib/export/csv';
import { mappingColumns, mappingProblems, PRESET_NAMES, type CsvMapping } from '@/lib/export/csv-mapping';
import type { ExportChunk, ExportChunkQuery } from '@/lib/db/export-chunks';
import { streamExport, type ExportScope, type StreamedFormat } from '@/lib/export/export-file';
import { leadToPersonJson } from '@/lib/export/person-json';
import { leadsToVCard } from '@/lib/export/vcard';
import { createColumnEditor } from './csv-column-editor';
import type { RequestFn } from './ports';

/** A file the dashboard hands to the browser to save, in the parts it was written in. */
export interface DownloadFile {
  name: string;
  type: string;
  parts: string[];
}

/** Where users' own CSV presets are kept (`csvMappingsItem` satisfies it). */
export interface MappingStore {
  getValue(): Promise<CsvMapping[]>;
  setValue(value: CsvMapping[]): Promise<void>;
}

export interface ExportDeps {
  request: RequestFn;
  /** The next chunk of leads to write, read from the database by the page itself (lib/db/export-chunks.ts). */
  readChunk(query: ExportChunkQuery): Promise<ExportChunk>;
  download(file: DownloadFile): void;
  mappings: MappingStore;
  newId(): string;
  now(): Date;
}

/** What the dashboard knows when the rep opens the export: the search, its total, the rows ticked. */
export interface ExportContext {
  query: ReadonlySignal<string>;
  matching: ReadonlySignal<number>;
  selectedIds: ReadonlySignal<readonly string[]>;
}

export type ExportFormat = 'csv' | 'vcard' | 'json';
export type ScopeKind = ExportScope['kind'];

export type ExportRunState =
  | { phase: 'idle' }
  | { phase: 'exporting'; written: number; total: number }
  | { phase: 'exported'; count: number; fileName: string }
  | { phase: 'failed'; message: string };

export const FORMAT_LABELS: Readonly<Record<ExportFormat, string>> = {
  csv: 'CSV (for a CRM or a spreadsheet)',
  vcard: 'vCard 4.0 (.vcf, for an address book)',
  json: 'All of this person’s data (JSON, for an access request)',
};

const PRESETS: readonly CsvPreset[] = ['hubspot', 'salesforce', 'pipedrive', 'generic'];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The dashboard's export: which leads, in which format and columns, written chunk by chunk with
 * progress; and the editor of the user's own CSV presets.
 */
export const ExportModel = createModel((deps: ExportDeps, context: ExportContext) => {
  const format = signal<ExportFormat>('csv');
  /** A preset name, or the id of one of the user's own mappings. */
  const columnsChoice = signal<string>('hubspot');
  const bom = signal(true);
  const scopeKind = signal<ScopeKind>('all');
  const allTotal = signal<number | null>(null);
  const ownMappings = signal<CsvMapping[]>([]);
  const runState = signal<ExportRunState>({ phase: 'idle' });
  const editor = createColumnEditor();
  const editorProblems = signal<string[]>([]);

  const scopeCount = computed(() => {
    if (scopeKind.value === 'selected') return context.selectedIds.value.length;
    if (scopeKind.value === 'search') return context.matching.value;
    return allTotal.value ?? context.matching.value;
  });
  const scopeOptions = computed(() => {
    const query = context.query.value.trim();
    return [
      { value: 'all', label: allTotal.value === null ? 'All leads' : `All leads (${allTotal.value.toLocaleString('en')})` },
      ...(query ? [{ value: 'search', label: `Leads matching “${query}” (${context.matching.value.toLocaleString('en')})` }] : []),
      ...(context.selectedIds.value.length
        ? [{ value: 'selected', label: `Selected leads (${context.selectedIds.value.length.toLocaleString('en')})` }]
        : []),
    ];
  });
  const columnOptions = computed(() => [
    ...PRESETS.map((preset) => ({ value: preset, label: PRESET_NAMES[preset] })),
    ...ownMappings.value.map((mapping) => ({ value: mapping.id, label: mapping.name })),
  ]);
  const ownMapping = computed(() => ownMappings.value.find((mapping) => mapping.id === columnsChoice.value));
  /** The person-data JSON is one person's file: offered when one lead is ticked. */
  const formatOptions = computed(() =>
    (Object.keys(FORMAT_LABELS) as ExportFormat[])
      .filter((value) => value !== 'json' || context.selectedIds.value.length === 1)
      .map((value) => ({ value, label: FORMAT_LABELS[value] })),
  );
  const canExport = computed(() => runState.value.phase !== 'exporting' && scopeCount.value > 0);
  const announcement = computed(() => {
    const state = runState.value;
    if (state.phase === 'exporting') return `Exported ${state.written.toLocaleString('en')} of ${plural(state.total, 'lead')}…`;
    if (state.phase === 'exported') return `Exported ${plural(state.count, 'lead')} to ${state.fileName}`;
    if (state.phase === 'failed') return state.message;
    return '';
  });

  function csvColumns(): CsvPreset | readonly CsvColumn[] {
    const mapping = ownMapping.value;
    return mapping ? mappingColumns(mapping) : (columnsChoice.value as CsvPreset);
  }

  function streamedFormat(): StreamedFormat & { extension: string; type: string } {
    if (format.value === 'vcard') {
      return { head: '', write: leadsToVCard, extension: 'vcf', type: 'text/vcard;charset=utf-8' };
    }
    if (format.value === 'json') {
      const at = deps.now();
      return { head: '', write: (leads) => leads.map((lead) => leadToPersonJson(lead, at)).join(''), extension: 'json', type: 'application/json' };
    }
    const columns = csvColumns();
    return {
      head: (bom.value ? UTF8_BOM : '') + csvHeader(columns),
      write: (leads) => [...csvRows(leads, columns)].join(''),
      extension: 'csv',
      type: 'text/csv;charset=utf-8',
    };
  }

  function scope(): ExportScope {
    if (scopeKind.value === 'selected') return { kind: 'selected', ids: [...context.selectedIds.value] };
    if (scopeKind.value === 'search') return { kind: 'search', query: context.query.value.trim() };
    return { kind: 'all' };
  }

  async function saveMappings(next: CsvMapping[]): Promise<void> {
    await deps.mappings.setValue(next);
    ownMappings.value = next;
  }

  return {
    format: format as ReadonlySignal<ExportFormat>,
    columnsChoice: columnsChoice as ReadonlySignal<string>,
    bom: bom as ReadonlySignal<boolean>,
    scopeKind: scopeKind as ReadonlySignal<ScopeKind>,
    scopeOptions,
    columnOptions,
    formatOptions,
    ownMapping,
    runState: runState as ReadonlySignal<ExportRunState>,
    announcement,
    canExport,
    editor,
    editorProblems: editorProblems as ReadonlySignal<string[]>,

    /** Counts every lead (the search may be narrowing the list) and loads the user's presets. */
    async open(): Promise<void> {
      const [page, mappings] = await Promise.all([deps.request('listLeads', { limit: 0 }), deps.mappings.getValue()]);
      batch(() => {
        allTotal.value = page.total;
        ownMappings.value = mappings;
        if (context.selectedIds.value.length) scopeKind.value = 'selected';
        else if (context.query.value.trim()) scopeKind.value = 'search';
      });
    },
    chooseFormat(value: string): void {
      format.value = value as ExportFormat;
    },
    chooseColumns(value: string): void {
      columnsChoice.value = value;
    },
    chooseScope(value: string): void {
      scopeKind.value = value as ScopeKind;
    },
    setBom(value: boolean): void {
      bom.value = value;
    },

    async run(): Promise<void> {
      if (!canExport.value) return;
      const file = streamedFormat();
      const total = scopeCount.value;
      runState.value = { phase: 'exporting', written: 0, total };
      try {
        const { parts, count } = await streamExport(scope(), file, {
          readChunk: deps.readChunk,
          onProgress: (written) => {
            runState.value = { phase: 'exporting', written, total: Math.max(total, written) };
          },
        });
        const fileName = `leadscout-${count === 1 && format.value !== 'csv' ? 'lead' : 'leads'}-${deps.now().toISOString().slice(0, 10)}.${file.extension}`;
        deps.download({ name: fileName, type: file.type, parts });
        runState.value = { phase: 'exported', count, fileName };
      } catch (error) {
        runState.value = { phase: 'failed', message: `Export failed: ${messageOf(error)}. Nothing was changed; try again.` };
      }
    },

    /** Starts editing a copy of the chosen columns (a preset, or one of the user's own). */
    editColumns(): void {
      editorProblems.value = [];
      const mapping = ownMapping.value;
      if (mapping) editor.load(mapping);
      else editor.loadPreset(columnsChoice.value as CsvPreset, deps.newId(), `My ${PRESET_NAMES[columnsChoice.value as CsvPreset]}`);
    },
    cancelEditing(): void {
      editor.close();
    },
    async saveEditedColumns(): Promise<void> {
      const edited = editor.mapping.value;
      if (!edited) return;
      const others = ownMappings.value.filter((mapping) => mapping.id !== edited.id);
      const problems = mappingProblems(edited, [...others.map((mapping) => mapping.name), ...Object.values(PRESET_NAMES)]);
      editorProblems.value = problems;
      if (problems.length) return;
      const kept = ownMappings.value.some((mapping) => mapping.id === edited.id)
        ? ownMappings.value.map((mapping) => (mapping.id === edited.id ? edited : mapping))
        : [...ownMappings.value, edited];
      await saveMappings(kept);
      batch(() => {
        columnsChoice.value = edited.id;
        editor.close();
      });
    },
    async deleteOwnMapping(): Promise<void> {
      const mapping = ownMapping.value;
      if (!mapping) return;
      await saveMappings(ownMappings.value.filter((other) => other.id !== mapping.id));
      columnsChoice.value = 'generic';
    },
  };
});

export type ExportModel = InstanceType<typeof ExportModel>;
