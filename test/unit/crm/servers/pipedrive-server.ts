import { randomUUID } from 'node:crypto';
import { match, startContractServer, type ContractAnswer, type ContractRequest, type ContractServer, type Faults } from './contract-server';

export const PIPEDRIVE_TOKEN = 'pipedrive-test-token';

interface Person {
  id: number;
  name: string;
  org_id?: number;
  emails: { value: string; primary: boolean; label: string }[];
}
interface Lead {
  id: string;
  title: string;
  person_id?: number;
  organization_id?: number;
  label_ids: string[];
}

export interface PipedriveServer extends ContractServer {
  organizations: Map<number, { id: number; name: string }>;
  persons: Map<number, Person>;
  leads: Map<string, Lead>;
  notes: Map<number, { id: number; content: string; lead_id: string }>;
  labels: { id: string; name: string; color: string }[];
}

const fail = (status: number, error: string): ContractAnswer => ({ status, body: { success: false, error, errorCode: status } });
const ok = (data: unknown, status = 200): ContractAnswer => ({ status, body: { success: true, data } });

/**
 * Pipedrive as documented (CRM.md §2.3): `x-api-token` auth; v2 organizations and persons with exact
 * search, create and PATCH; v1 leads (listed by person, created, PATCHed), lead labels (the default hot,
 * warm, cold) and notes (listed by lead, created, PUT). Pipedrive has no upsert and no duplicate check:
 * a second create makes a second record, which is what the client must never cause.
 */
export async function startPipedriveServer(faults: Faults = {}): Promise<PipedriveServer> {
  const organizations = new Map<number, { id: number; name: string }>();
  const persons = new Map<number, Person>();
  const leads = new Map<string, Lead>();
  const notes = new Map<number, { id: number; content: string; lead_id: string }>();
  const labels = ['Hot', 'Warm', 'Cold'].map((name, index) => ({ id: randomUUID(), name, color: ['red', 'yellow', 'blue'][index] }));
  let nextId = 1;

  function search<T>(records: Iterable<T>, request: ContractRequest, valuesOf: (record: T) => string[]): ContractAnswer {
    const term = (request.query.get('term') ?? '').toLowerCase();
    if (request.query.get('exact_match') !== 'true' && term.length < 2) return fail(400, 'term must be at least 2 characters');
    const items = [...records].filter((record) => valuesOf(record).some((value) => value.toLowerCase() === term));
    return ok({ items: items.map((item) => ({ result_score: 1, item })) });
  }

  function route(request: ContractRequest): ContractAnswer {
    if (request.headers['x-api-token'] !== PIPEDRIVE_TOKEN) return fail(401, 'unauthorized access');
    if (request.query.has('api_token')) return fail(400, 'tokens belong in the x-api-token header');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const { method, path } = request;
    let params: Record<string, string> | undefined;

    if (method === 'GET' && path === '/api/v2/organizations/search') {
      return search(organizations.values(), request, (org) => [org.name]);
    }
    if (method === 'POST' && path === '/api/v2/organizations') {
      if (typeof body.name !== 'string' || !body.name) return fail(400, 'name is required');
      const org = { id: nextId++, name: body.name };
      organizations.set(org.id, org);
      return ok(org);
    }
    if (method === 'GET' && path === '/api/v2/persons/search') {
      const field = request.query.get('fields');
      return search(persons.values(), request, (person) => (field === 'email' ? person.emails.map((email) => email.value) : [person.name]));
    }
    if (method === 'POST' && path === '/api/v2/persons') {
      if (typeof body.name !== 'string' || !body.name) return fail(400, 'name is required');
      const person = { ...(body as unknown as Person), emails: (body.emails ?? []) as Person['emails'], id: nextId++ };
      persons.set(person.id, person);
      return ok(person);
    }
    if (method === 'PATCH' && (params = match(path, '/api/v2/persons/:id'))) {
      const person = persons.get(Number(params.id));
      if (!person) return fail(404, 'Person not found');
      Object.assign(person, body);
      return ok(person);
    }
    if (method === 'GET' && path === '/v1/leadLabels') return ok(labels);
    if (method === 'GET' && path === '/v1/leads') {
      const personId = Number(request.query.get('person_id'));
      return ok([...leads.values()].filter((lead) => lead.person_id === personId));
    }
    if (method === 'POST' && path === '/v1/leads') {
      if (request.headers['content-type'] !== 'application/json') return fail(415, 'JSON only');
      if (typeof body.title !== 'string' || !body.title) return fail(400, 'title is required');
      if (body.person_id === undefined && body.organization_id === undefined) return fail(400, 'person_id or organization_id is required');
      const lead: Lead = { ...(body as unknown as Lead), label_ids: (body.label_ids ?? []) as string[], id: randomUUID() };
      leads.set(lead.id, lead);
      return ok(lead, 201);
    }
    if (method === 'PATCH' && (params = match(path, '/v1/leads/:id'))) {
      const lead = leads.get(params.id);
      if (!lead) return fail(404, 'Lead not found');
      Object.assign(lead, body);
      return ok(lead);
    }
    if (method === 'GET' && path === '/v1/notes') {
      return ok([...notes.values()].filter((note) => note.lead_id === request.query.get('lead_id')));
    }
    if (method === 'POST' && path === '/v1/notes') {
      if (typeof body.content !== 'string' || typeof body.lead_id !== 'string') return fail(400, 'content and a parent are required');
      const note = { id: nextId++, content: body.content, lead_id: body.lead_id };
      notes.set(note.id, note);
      return ok(note, 201);
    }
    if (method === 'PUT' && (params = match(path, '/v1/notes/:id'))) {
      const note = notes.get(Number(params.id));
      if (!note) return fail(404, 'Note not found');
      Object.assign(note, body);
      return ok(note);
    }
    return fail(404, `No route ${method} ${path}`);
  }

  const server = await startContractServer(route, faults);
  return { ...server, organizations, persons, leads, notes, labels };
}
