import type { DBSchema } from 'idb';
import type { Lead, LeadInput } from '@/lib/leads/types';

export const LEADS_DB_NAME = 'leadscout';

/** A lead as v4 stored it: no near-duplicate keys, manual fields or kept-apart leads yet. */
export type LeadV4 = Omit<Lead, 'nearKeys' | 'manualFields' | 'keptApartFrom'>;

/** A lead as v1 to v3 stored it: no capture history yet either. */
export type LeadV3 = Omit<LeadV4, 'history'>;

/**
 * Schema v1: one record per person in `leads`.
 *
 * Keep this type when v2 comes: migration 001 and the v1 → v2 test are written against it. When v2
 * changes the record itself, freeze today's record here as `LeadV1` instead of pointing at `Lead`.
 */
export interface LeadsDBV1 extends DBSchema {
  leads: {
    key: string;
    value: LeadV3;
    indexes: {
      /** multiEntry over `Lead.identityKeys`: a save finds the same person in one lookup. */
      identityKeys: string;
      /** ISO timestamps sort as text: the dashboard pages newest first with a cursor. */
      updatedAt: string;
    };
  };
}

/** Schema v2: v1 plus an index on reminder due dates. */
export interface LeadsDBV2 extends DBSchema {
  leads: {
    key: string;
    value: LeadV3;
    indexes: LeadsDBV1['leads']['indexes'] & {
      /**
       * `reminder.dueAt`: only leads with a reminder are in it (ISO timestamps sort as text), so the
       * background finds due and next reminders without walking every lead.
       */
      reminderDueAt: string;
    };
  };
}

/** A person deleted on request and not to be captured again: one salted SHA-256 of one identity key. */
export interface SuppressionEntry {
  /** Hex SHA-256 of `salt + identity key`; the key itself is never stored. */
  hash: string;
  /** ISO 8601: when the person was deleted. */
  at: string;
}

/** One row of a bulk import: a whole lead (a backup) or what a save sends (a CSV row). */
export type ImportRow = { kind: 'lead'; lead: Lead } | { kind: 'input'; input: LeadInput };

export interface StagedImportRow {
  jobId: string;
  /** The row's place in the import, from 0: rows are applied in this order. */
  index: number;
  row: ImportRow;
}

/**
 * A bulk import the background applies chunk by chunk. Its counters are written in the same
 * transaction as each chunk's leads, so a stopped worker resumes exactly after the last chunk applied.
 */
export interface ImportJob {
  id: string;
  kind: 'restore' | 'import';
  /** How many rows the import holds in all. */
  total: number;
  /** 'staging' while the page hands the rows over; 'applying' once all are staged. */
  phase: 'staging' | 'applying' | 'finished';
  /** Rows applied so far (every row below this index). */
  done: number;
  created: number;
  merged: number;
  /** Rows refused because the person was deleted on request. */
  suppressed: number;
  createdAt: string;
  /** Why the last chunk could not be applied (a full disk); the job resumes from `done`. */
  failure?: string;
  /** A restore's suppression list, added in the transaction that starts applying the rows. */
  suppression?: BackupSuppression;
  /** A restore's settings, written by the background before the rows are applied. */
  settings?: RestoredSettings;
}

/** The settings a backup carries: `settings` as the version that wrote it stored them, and retention. */
export interface RestoredSettings {
  settings: { version: number; value: unknown };
  retention: { months: number | null };
}

/** The suppression list as a backup carries it: the hashes are useless without their salts. */
export interface BackupSuppression {
  salts: string[];
  entries: SuppressionEntry[];
}

/**
 * Schema v3: v2 plus the privacy and bulk-import stores. `suppression` holds salted hashes of the
 * identity keys of people deleted on request; `meta` holds the salts (key `suppressionSalts`,
 * newest first); `importJobs` and `importRows` stage bulk imports so a stopped worker resumes them.
 */
export interface LeadsDBV3 extends DBSchema {
  leads: {
    key: string;
    value: LeadV3;
    indexes: LeadsDBV2['leads']['indexes'];
  };
  suppression: { key: string; value: SuppressionEntry };
  meta: { key: 'suppressionSalts'; value: string[] };
  importJobs: { key: string; value: ImportJob };
  importRows: { key: [string, number]; value: StagedImportRow };
}

/** Schema v4: the stores of v3; every lead carries its capture `history` (migration 004 rebuilds it for older leads). */
export interface LeadsDBV4 extends DBSchema {
  leads: {
    key: string;
    value: LeadV4;
    indexes: LeadsDBV3['leads']['indexes'];
  };
  suppression: LeadsDBV3['suppression'];
  meta: LeadsDBV3['meta'];
  importJobs: LeadsDBV3['importJobs'];
  importRows: LeadsDBV3['importRows'];
}

/**
 * Schema v5: v4 plus the `nearKeys` index (multiEntry) over each lead's near-duplicate blocking keys;
 * migration 005 computes them, and the name-at-company identity key, for the leads already stored.
 */
export interface LeadsDBV5 extends DBSchema {
  leads: {
    key: string;
    value: Lead;
    indexes: LeadsDBV4['leads']['indexes'] & {
      /** multiEntry over `Lead.nearKeys`: a lead's possible duplicates are the few leads sharing a key. */
      nearKeys: string;
    };
  };
  suppression: LeadsDBV4['suppression'];
  meta: LeadsDBV4['meta'];
  importJobs: LeadsDBV4['importJobs'];
  importRows: LeadsDBV4['importRows'];
}

/**
 * Schema v6: v5's stores and indexes; migration 006 gives the company leads already stored (no person
 * on them) their company's identity keys.
 */
export type LeadsDBV6 = LeadsDBV5;

/** The schema the code reads and writes today; the newest `LeadsDBVn`. */
export type LeadsDB = LeadsDBV6;
export const LEADS_DB_VERSION = 6;
