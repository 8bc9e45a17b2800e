import type { DBSchema } from 'idb';
import type { Lead } from '@/lib/leads/types';

export const LEADS_DB_NAME = 'leadscout';

/**
 * Schema v1: one record per person in `leads`.
 *
 * Keep this type when v2 comes: migration 001 and the v1 → v2 test are written against it. When v2
 * changes the record itself, freeze today's record here as `LeadV1` instead of pointing at `Lead`.
 */
export interface LeadsDBV1 extends DBSchema {
  leads: {
    key: string;
    value: Lead;
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
    value: Lead;
    indexes: LeadsDBV1['leads']['indexes'] & {
      /**
       * `reminder.dueAt`: only leads with a reminder are in it (ISO timestamps sort as text), so the
       * background finds due and next reminders without walking every lead.
       */
      reminderDueAt: string;
    };
  };
}

/** The schema the code reads and writes today; the newest `LeadsDBVn`. */
export type LeadsDB = LeadsDBV2;
export const LEADS_DB_VERSION = 2;
