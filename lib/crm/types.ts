import type { Lead } from '@/lib/leads/types';

/** Where leads can be pushed (CRM.md §2). Salesforce needs OAuth and is export-only for now. */
export type CrmTarget = 'hubspot' | 'pipedrive' | 'twenty' | 'webhook';
export const CRM_TARGETS: readonly CrmTarget[] = ['hubspot', 'pipedrive', 'twenty', 'webhook'];

export const CRM_LABELS: Readonly<Record<CrmTarget, string>> = {
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  twenty: 'Twenty',
  webhook: 'Webhook',
};

/**
 * A stored connection. `secret` is the token (HubSpot, Pipedrive, Twenty) or the webhook's signing
 * secret; it lives only in the background's own database and never leaves it except in a request header.
 */
export interface CrmConnection {
  target: CrmTarget;
  /** Where requests go: an API origin, or the webhook's whole URL. */
  endpoint: string;
  secret: string;
  /** ISO 8601 */
  connectedAt: string;
}

/** What the options page may see of a connection: never the secret. */
export interface CrmConnectionSummary {
  target: CrmTarget;
  /** The host the extension was allowed to reach, e.g. 'api.hubapi.com'. */
  host: string;
  connectedAt: string;
}

export type ConnectResult = { ok: true; connection: CrmConnectionSummary } | { ok: false; message: string };
export type PushResult = { ok: true; queued: number } | { ok: false; message: string };

/** One request a client wants made; the transport adds auth, rate limiting and retries. */
export interface CrmRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** Relative to the connection's endpoint ('/crm/v3/…'), or '' for the endpoint itself. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * Safe to send again after a lost answer (reads, upserts, PATCH/PUT). A create is not: after a
   * 5xx or a timeout the whole push re-runs from its look-up, so nothing is created twice.
   */
  idempotent: boolean;
  /** Searches have their own, lower rate limit at HubSpot and Pipedrive. */
  bucket?: 'search';
}

export interface CrmResponse {
  status: number;
  headers: { get(name: string): string | null };
  /** Parsed JSON, or the text when the body is not JSON, or null when empty. */
  body: unknown;
}

export type Send = (request: CrmRequest) => Promise<CrmResponse>;

/** Record ids a CRM gave a lead, kept so that a re-push updates instead of looking everything up again. */
export type CrmRefs = Partial<Record<'contactId' | 'companyId' | 'personId' | 'orgId' | 'leadId' | 'noteId', string>>;

export type PushOutcome =
  | { leadId: string; ok: true; recordId: string; refs: CrmRefs }
  | { leadId: string; ok: false; error: string };

/** Cross-lead memory of company records, so a company is created once per domain (or name). */
export interface CompanyCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, id: string): Promise<void>;
}

export interface PushContext {
  send: Send;
  companies: CompanyCache;
  /** What earlier pushes of each lead learned (record ids). */
  refs: ReadonlyMap<string, CrmRefs>;
  now(): Date;
}

export interface CrmClient {
  /** How many leads one push may carry (HubSpot batch upsert takes 100). */
  maxBatch: number;
  push(leads: readonly Lead[], context: PushContext): Promise<PushOutcome[]>;
}

/**
 * A push that went wrong in a way that holds for this lead or this connection (401, 400, 404…):
 * retrying the same request cannot help.
 */
export class CrmError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
    this.name = 'CrmError';
  }
}

/** The CRM asked us to come back later (408, 429, 5xx, network): the queue reschedules the push. */
export class RetryLaterError extends Error {
  constructor(message: string, readonly delayMs: number) {
    super(message);
    this.name = 'RetryLaterError';
  }
}
