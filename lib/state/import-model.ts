import { batch, computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import type { ImportJob, ImportRow } from '@/lib/db/schema';
import { STORAGE_FULL } from '@/lib/db/storage-errors';
import {
  guessMapping,
  IMPORT_FIELD_LABELS,
  ImportFileError,
  parseCsv,
  planImport,
  type ImportField,
  type ImportPlan,
  type ParsedCsv,
} from '@/lib/import/csv-import';
import { cleanCompany, cleanPerson } from '@/lib/leads/clean-input';
import { identityKeys } from '@/lib/leads/identity';
import { channelTag, type ChannelDefinition } from '@/lib/settings/channels';
import { runBulkImport, type BulkImportPorts, type BulkImportStep } from './bulk-import-client';

export interface ImportDeps extends BulkImportPorts {
  /** The channels an import can be tagged with, and the default country for phones. */
  loadSettings(): Promise<{ channels: ChannelDefinition[]; defaultCountry: string }>;
  /** How long the mapping must stay unchanged before the stored people are asked for again. */
  knownCheckDelayMs?: number;
}

/** The rep tries columns in bursts: the background is asked once the mapping settles. */
export const KNOWN_CHECK_DELAY_MS = 300;
/** People asked about per message; the background answers each in one read transaction. */
export const KNOWN_PEOPLE_CHUNK = 1000;

export interface PreviewRow {
  row: number;
  name: string;
  email: string;
  company: string;
  /** "New", "Already stored", "Repeats row 3", or what is wrong with the row. */
  status: string;
  ok: boolean;
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'mapping' }
  | { phase: 'importing'; step: BulkImportStep }
  | { phase: 'imported'; job: ImportJob }
  | { phase: 'failed'; message: string };

export const FIELD_OPTIONS = (Object.keys(IMPORT_FIELD_LABELS) as ImportField[]).map((value) => ({
  value,
  label: IMPORT_FIELD_LABELS[value],
}));

/** How many rows the preview shows: enough to see the mapping is right. */
export const PREVIEW_ROWS = 8;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * `run` once calls stop coming for `delayMs`; every call's promise settles with that run (a burst of
 * calls shares one).
 */
function debounced(run: () => Promise<void>, delayMs: number): () => Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: { promise: Promise<void>; settle: (outcome: Promise<void>) => void } | undefined;
  return () => {
    clearTimeout(timer);
    if (!waiting) {
      let settle!: (outcome: Promise<void>) => void;
      const promise = new Promise<void>((resolve) => (settle = resolve));
      waiting = { promise, settle };
    }
    const current = waiting;
    timer = setTimeout(() => {
      waiting = undefined;
      current.settle(run());
    }, delayMs);
    return current.promise;
  };
}

/** The row an earlier row of the same file shares an identity key with: the two will be one lead. */
function earlierSamePerson(plan: ImportPlan, defaultCountry: string): Map<number, number> {
  const firstRowByKey = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const { row, lead } of plan.leads) {
    const keys = identityKeys(cleanPerson(lead.person, defaultCountry), cleanCompany(lead.company));
    const earlier = keys.map((key) => firstRowByKey.get(key)).find((found) => found !== undefined);
    if (earlier !== undefined) repeats.set(row, earlier);
    for (const key of keys) if (!firstRowByKey.has(key)) firstRowByKey.set(key, row);
  }
  return repeats;
}

/**
 * The dashboard's CSV import: read a file, map its columns (guessed, then corrected by the rep),
 * check every row and show which are new, already stored or wrong, then import the good rows with
 * progress and report what became of each.
 */
export const ImportModel = createModel((deps: ImportDeps) => {
  const state = signal<ImportState>({ phase: 'idle' });
  const fileName = signal('');
  const parsed = signal<ParsedCsv | null>(null);
  const mapping = signal<ImportField[]>([]);
  const channels = signal<ChannelDefinition[]>([]);
  const channelId = signal('');
  const defaultCountry = signal('UA');
  /** Per row number: whether the background already stores that person. */
  const known = signal<ReadonlyMap<number, boolean>>(new Map());
  /**
   * The background's answers for this file, by the person's identity keys: a mapping change asks
   * only about people it changed (a column mapped to notes or a title asks about nobody).
   */
  let answers = new Map<string, boolean>();
  let checks = 0;

  const channel = computed(() => channels.value.find((definition) => definition.id === channelId.value));
  const plan = computed<ImportPlan>(() => {
    const file = parsed.value;
    if (!file) return { leads: [], rejected: [] };
    const tag = channel.value && channelTag(channel.value);
    return planImport(file, mapping.value, { fileName: fileName.value, ...(tag ? { channel: tag } : {}) });
  });
  const repeats = computed(() => earlierSamePerson(plan.value, defaultCountry.value));
  const preview = computed<PreviewRow[]>(() => {
    const file = parsed.value;
    if (!file) return [];
    const accepted = new Map(plan.value.leads.map((row) => [row.row, row]));
    const rejected = new Map(plan.value.rejected.map((row) => [row.row, row]));
    return file.rows.slice(0, PREVIEW_ROWS).map((_, index): PreviewRow => {
      const row = index + 1;
      const good = accepted.get(row);
      if (!good) return { row, name: '', email: '', company: '', status: rejected.get(row)?.problems.join(' ') ?? '', ok: false };
      const { person, company } = good.lead;
      const repeat = repeats.value.get(row);
      const status =
        repeat !== undefined ? `Same person as row ${repeat}` : known.value.get(row) ? 'Already stored: will merge' : 'New';
      return {
        row,
        name: person.fullName ?? '',
        email: person.emails[0] ?? '',
        company: company.name ?? '',
        status: [status, ...good.warnings].join('. '),
        ok: true,
      };
    });
  });
  const summary = computed(() => {
    if (!parsed.value) return '';
    const storedCount = [...known.value.values()].filter(Boolean).length;
    return [
      `${plural(plan.value.leads.length, 'row')} to import`,
      storedCount ? `${storedCount.toLocaleString('en')} already stored (they will be merged, nothing is duplicated)` : '',
      repeats.value.size ? `${plural(repeats.value.size, 'repeated person')} in the file` : '',
      plan.value.rejected.length ? `${plural(plan.value.rejected.length, 'row')} with problems will be skipped` : '',
    ]
      .filter(Boolean)
      .join(' · ');
  });
  const announcement = computed(() => {
    const current = state.value;
    if (current.phase === 'reading') return 'Reading the file…';
    if (current.phase === 'importing') {
      const { phase, done, total } = current.step;
      return `${phase === 'sending' ? 'Handed over' : 'Imported'} ${done.toLocaleString('en')} of ${plural(total, 'lead')}…`;
    }
    if (current.phase === 'imported') {
      const { created, merged, suppressed } = current.job;
      return [
        `Import finished: ${plural(created, 'new lead')}`,
        `${merged.toLocaleString('en')} merged into stored leads`,
        suppressed ? `${suppressed.toLocaleString('en')} skipped (deleted on request)` : '',
        plan.value.rejected.length ? `${plural(plan.value.rejected.length, 'row')} skipped with problems` : '',
      ]
        .filter(Boolean)
        .join(', ');
    }
    if (current.phase === 'failed') return current.message;
    return '';
  });

  /**
   * Asks the background which rows' people it already stores: only people not asked about before,
   * in chunks. A check started after this one (the mapping changed again) makes it stop.
   */
  async function checkKnown(): Promise<void> {
    const check = ++checks;
    const rows = plan.value.leads.map(({ row, lead }) => {
      const keys = identityKeys(cleanPerson(lead.person, defaultCountry.value), cleanCompany(lead.company));
      return { row, lead, key: keys.toSorted().join('\n') };
    });
    const unasked = [...new Map(rows.filter(({ key }) => key && !answers.has(key)).map((row) => [row.key, row])).values()];
    for (let start = 0; start < unasked.length; start += KNOWN_PEOPLE_CHUNK) {
      const chunk = unasked.slice(start, start + KNOWN_PEOPLE_CHUNK);
      const fileAsked = answers;
      const answer = await deps.request('findKnownPeople', { people: chunk.map(({ lead }) => ({ person: lead.person, company: lead.company })) });
      // Still true of the same file, even when a newer check asks about the rest.
      if (fileAsked === answers) chunk.forEach(({ key }, index) => answers.set(key, answer[index]));
      if (check !== checks) return;
    }
    known.value = new Map(rows.map(({ row, key }) => [row, answers.get(key) ?? false]));
  }

  const checkKnownSoon = debounced(checkKnown, deps.knownCheckDelayMs ?? KNOWN_CHECK_DELAY_MS);

  return {
    state: state as ReadonlySignal<ImportState>,
    fileName: fileName as ReadonlySignal<string>,
    headers: computed(() => parsed.value?.headers ?? []),
    mapping: mapping as ReadonlySignal<ImportField[]>,
    channelOptions: computed(() => channels.value.map((definition) => ({ value: definition.id, label: definition.name }))),
    channelId: channelId as ReadonlySignal<string>,
    preview,
    rejected: computed(() => plan.value.rejected),
    summary,
    announcement,
    canImport: computed(() => state.value.phase === 'mapping' && plan.value.leads.length > 0),

    async chooseFile(file: Blob & { name: string }): Promise<void> {
      state.value = { phase: 'reading' };
      try {
        const [text, settings] = await Promise.all([file.text(), deps.loadSettings()]);
        const csv = parseCsv(text);
        batch(() => {
          fileName.value = file.name;
          parsed.value = csv;
          mapping.value = guessMapping(csv.headers);
          channels.value = settings.channels;
          defaultCountry.value = settings.defaultCountry;
          channelId.value ||= settings.channels.find((definition) => definition.sites.length === 0)?.id ?? settings.channels[0]?.id ?? '';
          known.value = new Map();
          answers = new Map();
          state.value = { phase: 'mapping' };
        });
        await checkKnown();
      } catch (error) {
        const reason = error instanceof ImportFileError ? error.message : `It could not be read: ${messageOf(error)}`;
        state.value = { phase: 'failed', message: `${file.name}: ${reason}` };
      }
    },
    /** Resolves once the stored people are known for the mapping as it settled. */
    mapColumn(column: number, field: string): Promise<void> {
      mapping.value = mapping.value.map((current, at) => (at === column ? (field as ImportField) : current));
      return checkKnownSoon();
    },
    chooseChannel(id: string): void {
      channelId.value = id;
    },

    async start(): Promise<void> {
      if (state.value.phase !== 'mapping' || plan.value.leads.length === 0) return;
      const rows = plan.value.leads.map((row): ImportRow => ({ kind: 'input', input: row.lead }));
      try {
        const job = await runBulkImport(deps, { kind: 'import' }, rows, (step) => {
          state.value = { phase: 'importing', step };
        });
        // The background's own words: how far it got and how to carry on.
        state.value = job.failure ? { phase: 'failed', message: job.failure } : { phase: 'imported', job };
      } catch (error) {
        const reason = messageOf(error);
        state.value = {
          phase: 'failed',
          message:
            reason === STORAGE_FULL
              ? `${STORAGE_FULL} Free up disk space, then import the file again.`
              : `The import stopped: ${reason}. Leads already imported are kept; importing the same file again merges instead of duplicating.`,
        };
      }
    },
    reset(): void {
      batch(() => {
        state.value = { phase: 'idle' };
        parsed.value = null;
        fileName.value = '';
        known.value = new Map();
        answers = new Map();
      });
    },
  };
});

export type ImportModel = InstanceType<typeof ImportModel>;
