import { pipedriveLeadTitle, qualificationSummary } from '@/lib/export/csv';
import { displayName } from '@/lib/export/lead-fields';
import type { Lead } from '@/lib/leads/types';
import { companyKey, findOrCreate, idOf, isOk, pick, primaryEmail, unexpected, updateRecord, upsertRecord } from './fields';
import type { CrmClient, CrmRefs, PushContext, PushOutcome } from './types';

const LABEL = 'Pipedrive';

/** `acme` or `acme.pipedrive.com` → the company's API origin (CRM.md §2.3). */
export function pipedriveEndpoint(companyDomain: string): string {
  const name = companyDomain.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\.pipedrive\.com\/?$/, '');
  return `https://${name}.pipedrive.com`;
}

/** The first hit of a v2 `…/search` (`data.items[].item`). */
async function searchFirst(context: PushContext, path: string, term: string, field: string): Promise<string | undefined> {
  const response = await context.send({
    method: 'GET',
    path,
    // exact_match also lifts the 2-character minimum on the term (CRM.md §2.3).
    query: { term, fields: field, exact_match: 'true', limit: '1' },
    idempotent: true,
    bucket: 'search',
  });
  if (!isOk(response)) throw unexpected(LABEL, 'search failed', response);
  return idOf(pick(response.body, 'data', 'items', 0, 'item', 'id'));
}

/** The first record of a v1 list filtered by a parent (`data[]`). */
async function listFirst(context: PushContext, path: string, query: Record<string, string>): Promise<string | undefined> {
  const response = await context.send({ method: 'GET', path, query: { ...query, limit: '1' }, idempotent: true });
  if (!isOk(response)) throw unexpected(LABEL, 'list failed', response);
  return idOf(pick(response.body, 'data', 0, 'id'));
}

async function organizationFor(lead: Lead, context: PushContext): Promise<string | undefined> {
  const name = lead.company.name?.trim();
  const key = companyKey(lead);
  if (!name || !key) return undefined;
  const { id } = await findOrCreate({
    label: LABEL,
    what: 'organization',
    find: async () => (await context.companies.get(key)) ?? (await searchFirst(context, '/api/v2/organizations/search', name, 'name')),
    create: () => context.send({ method: 'POST', path: '/api/v2/organizations', body: { name }, idempotent: false }),
    createdId: (body) => pick(body, 'data', 'id'),
  });
  await context.companies.set(key, id);
  return id;
}

function personBody(lead: Lead, orgId: string | undefined): Record<string, unknown> {
  const contact = (values: readonly string[]) =>
    values.map((value, index) => ({ value, primary: index === 0, label: 'work' }));
  return {
    name: displayName(lead.person) || lead.person.emails[0] || 'Unknown',
    ...(orgId ? { org_id: Number(orgId) } : {}),
    ...(lead.person.emails.length > 0 ? { emails: contact(lead.person.emails) } : {}),
    ...(lead.person.phones.length > 0 ? { phones: contact(lead.person.phones) } : {}),
  };
}

async function personFor(
  lead: Lead,
  orgId: string | undefined,
  known: string | undefined,
  context: PushContext,
): Promise<{ id: string; created: boolean }> {
  const body = personBody(lead, orgId);
  const email = primaryEmail(lead);
  return upsertRecord(LABEL, known, (id) => updateRecord(context.send, LABEL, 'PATCH', `/api/v2/persons/${id}`, body), {
    what: 'person',
    find: () =>
      email
        ? searchFirst(context, '/api/v2/persons/search', email, 'email')
        : searchFirst(context, '/api/v2/persons/search', String(body.name), 'name'),
    create: () => context.send({ method: 'POST', path: '/api/v2/persons', body, idempotent: false }),
    createdId: (answer) => pick(answer, 'data', 'id'),
  });
}

/** Lead labels by lower-cased name; Pipedrive's defaults are exactly hot, warm and cold (CRM.md §4). */
async function leadLabels(context: PushContext): Promise<Map<string, string>> {
  const response = await context.send({ method: 'GET', path: '/v1/leadLabels', idempotent: true });
  if (!isOk(response)) throw unexpected(LABEL, 'reading lead labels failed', response);
  const labels = pick(response.body, 'data');
  const byName = new Map<string, string>();
  for (const label of Array.isArray(labels) ? labels : []) {
    const name = pick(label, 'name');
    const id = idOf(pick(label, 'id'));
    if (typeof name === 'string' && id) byName.set(name.toLowerCase(), id);
  }
  return byName;
}

/**
 * Pipedrive (CRM.md §2.3): an organization per company, a person per email, one lead per person labelled
 * with the temperature, and the qualification (stage, BANT, ICP, channel, sources) as the lead's note.
 * Pipedrive has no upsert, so every record is searched (or listed by its parent) before it is created.
 */
export function createPipedriveClient(): CrmClient {
  let labels: Promise<Map<string, string>> | undefined;
  return {
    maxBatch: 1,
    async push(leads, context) {
      const outcomes: PushOutcome[] = [];
      for (const lead of leads) {
        const refs: CrmRefs = context.refs.get(lead.id) ?? {};
        labels ??= leadLabels(context).catch((error: unknown) => {
          labels = undefined;
          throw error;
        });
        const labelId = (await labels).get(lead.temperature);
        const orgId = await organizationFor(lead, context);
        const person = await personFor(lead, orgId, refs.personId, context);
        const personId = person.id;
        const leadBody = {
          title: pipedriveLeadTitle(lead),
          person_id: Number(personId),
          ...(orgId ? { organization_id: Number(orgId) } : {}),
          ...(labelId ? { label_ids: [labelId] } : {}),
        };
        const pipedriveLead = await upsertRecord(LABEL, refs.leadId, (id) => updateRecord(context.send, LABEL, 'PATCH', `/v1/leads/${id}`, leadBody), {
          what: 'lead',
          // A person created just now has no leads yet: no need to ask.
          find: async () => (person.created ? undefined : listFirst(context, '/v1/leads', { person_id: personId })),
          create: () => context.send({ method: 'POST', path: '/v1/leads', body: leadBody, idempotent: false }),
          createdId: (body) => pick(body, 'data', 'id'),
        });
        const content = qualificationSummary(lead).replaceAll('\n', '<br>');
        const leadId = pipedriveLead.id;
        const { id: noteId } = await upsertRecord(LABEL, refs.noteId, (id) => updateRecord(context.send, LABEL, 'PUT', `/v1/notes/${id}`, { content }), {
          what: 'note',
          find: async () => (pipedriveLead.created ? undefined : listFirst(context, '/v1/notes', { lead_id: leadId })),
          create: () => context.send({ method: 'POST', path: '/v1/notes', body: { content, lead_id: leadId }, idempotent: false }),
          createdId: (body) => pick(body, 'data', 'id'),
        });
        outcomes.push({
          leadId: lead.id,
          ok: true,
          recordId: personId,
          refs: { personId, leadId, noteId, ...(orgId ? { orgId } : {}) },
        });
      }
      return outcomes;
    },
  };
}
