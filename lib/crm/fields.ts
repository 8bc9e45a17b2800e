import { HUBSPOT_LEAD_STATUS, HUBSPOT_LIFECYCLE_STAGE } from '@/lib/export/csv';
import type { Lead, Stage } from '@/lib/leads/types';
import { CrmError, type CrmResponse, type Send } from './types';

/**
 * HubSpot's API takes internal values where a CSV takes labels (CRM.md §1.2). HubSpot's defaults derive
 * one from the other: 'Marketing Qualified Lead' → 'marketingqualifiedlead', 'Attempted to Contact' →
 * 'ATTEMPTED_TO_CONTACT', so the CSV mapping stays the one place the stage mapping is decided.
 */
export function hubspotLifecycleStage(stage: Stage): string | undefined {
  const label = HUBSPOT_LIFECYCLE_STAGE[stage];
  return label ? label.toLowerCase().replaceAll(' ', '') : undefined;
}

export function hubspotLeadStatus(stage: Stage): string {
  return HUBSPOT_LEAD_STATUS[stage].toUpperCase().replaceAll(' ', '_');
}

/** HubSpot's default lifecycle order; a stage it does not know (a portal's own) ranks first, so we never overwrite it backwards blindly. */
const HUBSPOT_LIFECYCLE_ORDER = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
];

/** The stage to write, or undefined to leave HubSpot's alone: lifecycle only moves forward (CRM.md §1.2 rule a). */
export function forwardLifecycleStage(ours: string | undefined, theirs: string | undefined): string | undefined {
  if (!ours) return undefined;
  if (!theirs) return ours;
  return HUBSPOT_LIFECYCLE_ORDER.indexOf(ours) > HUBSPOT_LIFECYCLE_ORDER.indexOf(theirs) ? ours : undefined;
}

export function primaryEmail(lead: Lead): string | undefined {
  return lead.person.emails[0]?.trim().toLowerCase() || undefined;
}

/** The channel the lead was last captured through (the dashboard shows the same one). */
export function latestChannel(lead: Lead): string | undefined {
  return lead.channels.at(-1)?.channel;
}

/** The company's key in the company cache: its registrable domain, else its name. */
export function companyKey(lead: Lead): string | undefined {
  if (lead.company.domain) return `domain:${lead.company.domain.toLowerCase()}`;
  const name = lead.company.name?.trim().toLowerCase();
  return name ? `name:${name}` : undefined;
}

function errorText(body: unknown): string {
  if (typeof body === 'string') return body.slice(0, 200);
  if (typeof body === 'object' && body !== null) {
    const { message, error } = body as { message?: unknown; error?: unknown };
    if (typeof message === 'string') return message;
    if (typeof error === 'string') return error;
  }
  return '';
}

/** A readable error for an answer the client cannot use, without the URL (a webhook URL is a secret). */
export function unexpected(label: string, what: string, response: CrmResponse): CrmError {
  const detail = errorText(response.body);
  const hint = response.status === 401 || response.status === 403 ? ' — check the connection in Options' : '';
  return new CrmError(`${label} ${what}: ${response.status}${detail ? ` ${detail}` : ''}${hint}`, response.status);
}

export function isOk(response: CrmResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** Reads `body.a.b.c` without trusting its shape. */
export function pick(body: unknown, ...path: (string | number)[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** An id as text, whether the CRM sends numbers (Pipedrive) or strings. */
export function idOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The entries that have a value: CRMs treat an empty string as "clear this field". */
export function presentOnly(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

export interface FindOrCreate {
  label: string;
  /** What is looked for, in errors: 'company', 'person'… */
  what: string;
  find(): Promise<string | undefined>;
  create(): Promise<CrmResponse>;
  /** Where the new record's id is in the create's answer. */
  createdId(body: unknown): unknown;
}

/**
 * Look up, and create only when nothing is found. A create's lost answer sends the whole push back to
 * the queue, whose next run finds the record here instead of creating it again; a 409 means someone
 * else created it in the meantime, so it is looked up once more.
 */
export async function findOrCreate(steps: FindOrCreate): Promise<{ id: string; created: boolean }> {
  const found = await steps.find();
  if (found) return { id: found, created: false };
  const created = await steps.create();
  if (created.status === 409) {
    const existing = await steps.find();
    if (existing) return { id: existing, created: false };
  }
  const id = isOk(created) ? idOf(steps.createdId(created.body)) : undefined;
  if (!id) throw unexpected(steps.label, `${steps.what} create failed`, created);
  return { id, created: true };
}

/**
 * The record `known` from an earlier push, updated (`update` says false when it is gone from the CRM);
 * else the one found, updated, or a new one. For CRMs without an upsert (CRM.md §6.5).
 */
export async function upsertRecord(
  label: string,
  known: string | undefined,
  update: (id: string) => Promise<boolean>,
  steps: Omit<FindOrCreate, 'label'>,
): Promise<{ id: string; created: boolean }> {
  if (known && (await update(known))) return { id: known, created: false };
  const found = await findOrCreate({ label, ...steps });
  if (!found.created) await update(found.id);
  return found;
}

/** Updates a record we already know; false when it is gone (deleted in the CRM), so it is looked up again. */
export async function updateRecord(send: Send, label: string, method: 'PATCH' | 'PUT', path: string, body: unknown): Promise<boolean> {
  const response = await send({ method, path, body, idempotent: true });
  if (response.status === 404 || response.status === 410) return false;
  if (!isOk(response)) throw unexpected(label, 'update failed', response);
  return true;
}
