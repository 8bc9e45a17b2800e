import * as v from 'valibot';
import type { BackupSuppression, RestoredSettings } from '@/lib/db/schema';
import { STAGES, type Lead } from '@/lib/leads/types';

/** The `format` every LeadScout backup names itself with. */
export const BACKUP_FORMAT = 'leadscout-backup';
/** This build writes and reads backups of this version (and older ones). */
export const BACKUP_VERSION = 1;

/** Everything LeadScout keeps, as one JSON file. `leads` comes last: the writer streams it. */
export interface Backup extends RestoredSettings {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  suppression: BackupSuppression;
  leads: Lead[];
}

const text = v.string();
const texts = v.array(v.string());
const bantAnswer = v.looseObject({ status: v.picklist(['unknown', 'no', 'partial', 'yes']) });

/**
 * What a stored lead must hold to be restored (CONTRACT.md §5). Loose: fields this build does not
 * know (a newer build's) are kept as they are.
 */
const LeadSchema = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  createdAt: text,
  updatedAt: text,
  person: v.looseObject({ emails: texts, phones: texts }),
  company: v.looseObject({}),
  sources: v.array(v.looseObject({ url: text, kind: text, capturedAt: text })),
  channels: v.array(v.looseObject({ channel: text, direction: v.picklist(['inbound', 'outbound']) })),
  bant: v.looseObject({ budget: bantAnswer, authority: bantAnswer, need: bantAnswer, timing: bantAnswer }),
  temperature: v.picklist(['cold', 'warm', 'hot']),
  stage: v.picklist(STAGES),
  icp: v.looseObject({ score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)), grade: v.picklist(['A', 'B', 'C', 'D']) }),
  notes: text,
  identityKeys: texts,
  searchText: text,
});

/** Everything but the leads, which are checked one chunk at a time so a page of 100k never freezes. */
const HeaderSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BACKUP_VERSION, 'this backup was made by a newer LeadScout; update the extension first')),
  createdAt: text,
  settings: v.object({ version: v.pipe(v.number(), v.integer(), v.minValue(1)), value: v.looseObject({}) }),
  retention: v.object({ months: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))) }),
  suppression: v.object({
    salts: texts,
    entries: v.array(v.object({ hash: v.pipe(text, v.regex(/^[0-9a-f]{64}$/)), at: text })),
  }),
  leads: v.array(v.unknown()),
});

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; message: string };

/** Leads checked between two yields to the page. */
const CHECK_CHUNK_SIZE = 2000;

function problem(prefix: string, issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const [first] = issues;
  const path = v.getDotPath(first);
  return `${prefix}${path ? `${path}: ` : ''}${first.message}.`;
}

/**
 * Check a whole backup before anything is written: valid JSON, a LeadScout backup of a version this
 * build reads, and every lead in shape. The message names the first thing wrong and where.
 */
export async function checkBackup(
  content: string,
  onProgress: (checked: number, total: number) => void = () => undefined,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<BackupCheck> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return { ok: false, message: `This file is not a LeadScout backup: it is not valid JSON (${(error as Error).message}).` };
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, message: `This file is not a LeadScout backup: it has no "format": "${BACKUP_FORMAT}".` };
  }
  const header = v.safeParse(HeaderSchema, parsed);
  if (!header.success) return { ok: false, message: problem('This backup cannot be restored: ', header.issues) };
  const { leads } = header.output;
  for (let start = 0; start < leads.length; start += CHECK_CHUNK_SIZE) {
    const end = Math.min(leads.length, start + CHECK_CHUNK_SIZE);
    for (let index = start; index < end; index++) {
      const lead = v.safeParse(LeadSchema, leads[index]);
      if (!lead.success) return { ok: false, message: problem(`This backup cannot be restored: leads.${index}.`, lead.issues) };
    }
    onProgress(end, leads.length);
    await pause();
  }
  return { ok: true, backup: header.output as Backup };
}

/** Where a backup's parts come from: the page reads the database itself, in chunks. */
export interface BackupSource {
  settings(): Promise<RestoredSettings>;
  suppression(): Promise<BackupSuppression>;
  countLeads(): Promise<number>;
  /** At most `limit` leads in id order after `afterId`. */
  readLeads(afterId: string | undefined, limit: number): Promise<Lead[]>;
}

/** Leads read and serialised per step of the backup. */
export const BACKUP_CHUNK_SIZE = 1000;

/**
 * The backup as the parts of one JSON file, written chunk by chunk (a Blob joins them without one
 * giant string), with progress after every chunk.
 */
export async function writeBackup(
  source: BackupSource,
  now: Date,
  onProgress: (written: number, total: number) => void,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<{ parts: string[]; count: number }> {
  const [restored, suppression, total] = await Promise.all([source.settings(), source.suppression(), source.countLeads()]);
  const header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), ...restored, suppression };
  const parts = [`${JSON.stringify(header).slice(0, -1)},"leads":[`];
  let count = 0;
  let afterId: string | undefined;
  for (;;) {
    const chunk = await source.readLeads(afterId, BACKUP_CHUNK_SIZE);
    if (chunk.length > 0) parts.push(`${count > 0 ? ',' : ''}${chunk.map((lead) => JSON.stringify(lead)).join(',')}`);
    count += chunk.length;
    onProgress(count, Math.max(total, count));
    if (chunk.length < BACKUP_CHUNK_SIZE) break;
    afterId = chunk.at(-1)!.id;
    await pause();
  }
  parts.push(']}');
  return { parts, count };
}
