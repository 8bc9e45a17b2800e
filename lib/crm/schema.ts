import type { DBSchema } from 'idb';
import type { CrmConnection, CrmRefs, CrmTarget } from './types';

/**
 * The CRM push database: only the background opens it. It is separate from `leadscout` so that the push
 * queue and the tokens have their own small migration ladder, and a leads schema upgrade never touches them.
 */
export const CRM_DB_NAME = 'leadscout-crm';

/** One lead waiting to be pushed to one CRM. Keyed `<target>|<leadId>`, so a lead is queued at most once per CRM. */
export interface PushJob {
  id: string;
  target: CrmTarget;
  leadId: string;
  /** Pushes tried so far; the queue gives up after its limit. */
  attempts: number;
  /** Epoch ms when the job may run; indexed so the queue finds the next one without a scan. */
  dueAt: number;
  /** ISO; tells a job re-queued during its push apart from the one that was pushed. */
  enqueuedAt: string;
}

export type SyncStatus = 'pending' | 'synced' | 'failed';

/** Where a lead stands in one CRM: what the dashboard's sync column shows. Keyed like its job. */
export interface SyncState {
  id: string;
  target: CrmTarget;
  leadId: string;
  status: SyncStatus;
  /** ISO time of the last successful push. */
  syncedAt?: string;
  /** The lead's `updatedAt` that was pushed: an unchanged lead is not pushed again. */
  version?: string;
  /** The CRM's id for the lead's main record (contact, person, delivery). */
  recordId?: string;
  refs: CrmRefs;
  lastError?: string;
}

/** A company record a CRM already has, keyed `<target>|<domain:… or name:…>`: companies are created once. */
export interface KnownCompany {
  id: string;
  recordId: string;
}

/** Schema v1: connections (with their secrets), the push queue, sync states and known companies. */
export interface CrmDBV1 extends DBSchema {
  connections: { key: CrmTarget; value: CrmConnection };
  jobs: { key: string; value: PushJob; indexes: { dueAt: number } };
  sync: { key: string; value: SyncState; indexes: { leadId: string } };
  companies: { key: string; value: KnownCompany };
}

export type CrmDB = CrmDBV1;
export const CRM_DB_VERSION = 1;

export function jobId(target: CrmTarget, leadId: string): string {
  return `${target}|${leadId}`;
}
