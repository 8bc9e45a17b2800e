import type { ProspectCompany, ProspectDraft, ProspectPerson } from '@/lib/extract/types';
import type { GradeCounts } from '@/lib/db/grade-preview';
import type { ImportJob, ImportRow } from '@/lib/db/schema';
import type { SaveFailureReason } from '@/lib/db/storage-errors';
import type { Lead, LeadInput, Stage } from '@/lib/leads/types';
import type { IcpProfile } from '@/lib/scoring/icp';
import type { CrmConnectionInput } from '@/lib/crm/connections';
import type { SyncState } from '@/lib/crm/schema';
import type { ConnectResult, CrmConnectionSummary, CrmTarget, PushResult } from '@/lib/crm/types';

/**
 * Every runtime message in the extension. Requests go from an extension page (popup, options,
 * dashboard) to the background, which is the only writer of the database; events go from the
 * background to every open extension page. The capture script sends nothing: its draft is the
 * return value of `scripting.executeScript`.
 */
export interface RequestMap {
  /** popup → background: inject the capture script into tab `tabId` and read the prospects on it. */
  captureTab(data: { tabId: number }): CaptureResult;
  /**
   * popup → background: the prospect read from the text the rep selected on tab `tabId` with
   * "Capture selection as lead", once; null when there is none (the popup then captures the page).
   */
  takeSelectionDraft(data: { tabId: number }): ProspectDraft | null;
  /** popup → background: the stored lead this person would merge into ("Already captured"). */
  findLead(data: { person: ProspectPerson; company?: ProspectCompany }): Lead | null;
  /** popup → background: stored leads this capture may be ("Possible duplicate"), never its own record. */
  findDuplicates(data: { person: ProspectPerson; company: ProspectCompany }): DuplicateSummary[];
  /**
   * popup → background: store the rep's lead, merging it with the same person captured before;
   * `mergeInto` a possible duplicate the rep chose to merge with, `keepSeparateFrom` the ones the
   * rep said are other people.
   */
  saveLead(data: { lead: LeadInput; mergeInto?: string; keepSeparateFrom?: string[] }): SaveResult;
  /** dashboard → background: which of these leads have possible duplicates, and which. */
  findLeadDuplicates(data: { ids: string[] }): LeadDuplicates[];
  /** dashboard → background: fold `otherId` into `survivorId`, which keeps its id; null when either is gone. */
  mergeLeads(data: { survivorId: string; otherId: string }): Lead | null;
  /** dashboard → background: the two leads are different people; never offer them as duplicates again. */
  keepLeadsSeparate(data: { id: string; otherId: string }): void;
  /** popup → background: whether this person (or company lead) was deleted on request and must not be captured again. */
  isSuppressed(data: { person: ProspectPerson; company?: ProspectCompany }): boolean;
  /**
   * dashboard → background: delete one lead (Art. 17); with `suppress`, its identity keys go on the
   * suppression list as salted hashes. `deleted` is false when there was no such lead.
   */
  deleteLead(data: { id: string; suppress: boolean }): { deleted: boolean };
  /**
   * dashboard → background: start a bulk import (a restore, a CSV import) of `total` rows; a restore
   * also carries the settings and suppression list, applied when the rows start being applied.
   */
  beginImport(data: Pick<ImportJob, 'kind' | 'total' | 'settings' | 'suppression'>): ImportJob;
  /** dashboard → background: rows `offset…` of an import. Sending the same rows again stores them once. */
  stageImport(data: { jobId: string; offset: number; rows: ImportRow[] }): { staged: number };
  /** dashboard → background: every row is staged, apply them; progress comes as `importProgress`. */
  applyImport(data: { jobId: string }): ImportJob;
  /** dashboard → background: where an import stands (null when there is no such import). */
  getImport(data: { jobId: string }): ImportJob | null;
  /** dashboard → background: a page of leads, most recently updated first, filtered by `query`. */
  listLeads(data: { query?: string; offset?: number; limit?: number }): LeadPage;
  /** dashboard → background: one lead by id (the lead a reminder's notification links to). */
  getLead(data: { id: string }): Lead | null;
  /**
   * dashboard → background: for each person, whether a stored lead is the same person (an import's
   * preview). Answered in one read transaction: the page sends a large file's people in chunks.
   */
  findKnownPeople(data: { people: Pick<LeadInput, 'person' | 'company'>[] }): boolean[];
  /** options → background: how many stored leads `profile` would put in each grade (the ICP editor's preview). */
  gradeDistribution(data: { profile: IcpProfile }): GradeCounts;
  /** options/dashboard → background: the connected CRMs (host and date, never a token). */
  crmConnections(data: Record<string, never>): CrmConnectionSummary[];
  /** options → background: store a CRM connection; the page has already been granted its host in the click. */
  connectCrm(data: { input: CrmConnectionInput }): ConnectResult;
  /** options → background: forget a CRM's token, its queued pushes and its host permission. */
  disconnectCrm(data: { target: CrmTarget }): void;
  /** dashboard → background: queue these leads (or every lead the search matches) for `target`. */
  pushToCrm(data: { target: CrmTarget; ids?: string[]; query?: string }): PushResult;
  /** dashboard → background: where these leads stand in each CRM (the sync column). */
  crmSyncStates(data: { leadIds: string[] }): SyncState[];
}

/** background → extension pages: fire-and-forget notifications. */
export interface EventMap {
  /** A bulk import applied another chunk, finished, or stopped on a failure (`failure`). */
  importProgress: ImportJob;
  /** Leads were created or changed (by any tab): lists should refresh. */
  leadsChanged: { ids: string[] };
  /** Stored leads are being re-graded after the ICP or the rules changed: `done` of `total` so far. */
  regradeProgress: { done: number; total: number };
  /** CRM sync states of these leads changed (queued, pushed, failed). */
  crmSyncChanged: { leadIds: string[] };
}

export type RequestName = keyof RequestMap;
export type RequestData<N extends RequestName> = Parameters<RequestMap[N]>[0];
export type RequestResult<N extends RequestName> = ReturnType<RequestMap[N]>;

/** Why a tab could not be captured; each has a message the popup shows as is. */
export type CaptureFailure = 'restricted' | 'no-access' | 'tab-gone' | 'failed';

export type CaptureResult =
  | {
      ok: true;
      /** The main prospect of the page (kind 'none' when there is none). */
      draft: ProspectDraft;
      /** Several prospects on list and team pages; [] elsewhere. */
      list: ProspectDraft[];
      title: string;
      /** Where the rep came to the page from (`document.referrer`), for detecting the channel. */
      referrer?: string;
    }
  | { ok: false; reason: CaptureFailure; message: string };

export type SaveResult =
  | { ok: true; outcome: 'created' | 'merged'; lead: Lead }
  | { ok: false; reason: SaveFailureReason; message: string };

/** A stored lead as "Possible duplicate" shows it. */
export interface DuplicateSummary {
  id: string;
  name: string;
  company: string;
  stage: Stage;
  /** ISO 8601: the lead's last capture. */
  lastCapturedAt: string;
}

export interface LeadDuplicates {
  leadId: string;
  /** Most recently updated first. */
  duplicates: DuplicateSummary[];
}

export interface LeadPage {
  leads: Lead[];
  /** How many leads match the query in all. */
  total: number;
}

/** What travels over `runtime.sendMessage`. */
export type Envelope =
  | { kind: 'request'; name: RequestName; data: unknown }
  | { kind: 'event'; name: keyof EventMap; data: unknown };
