import { randomUUID } from 'node:crypto';
import { match, startContractServer, type ContractAnswer, type ContractRequest, type ContractServer, type Faults } from './contract-server';

export const TWENTY_API_KEY = 'twenty-test-key';

type Row = Record<string, unknown> & { id: string };

export interface TwentyServer extends ContractServer {
  people: Map<string, Row>;
  companies: Map<string, Row>;
  /** A person created by someone else a moment ago: the next `hiddenFromSearches` look-ups miss it. */
  seedPerson(row: Omit<Row, 'id'>, hiddenFromSearches: number): string;
}

const error = (status: number, message: string): ContractAnswer => ({ status, body: { statusCode: status, error: 'Error', messages: [message] } });

/** `a.b.c` of a record. */
function read(row: Row, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], row);
}

/** Twenty's REST filter, the part clients use: `field[eq]:"value"` and `and(…,…)`. */
function matches(row: Row, filter: string): boolean {
  const and = /^and\((.*)\)$/.exec(filter);
  if (and) return [...and[1].matchAll(/[\w.]+\[eq\]:"(?:[^"\\]|\\.)*"/g)].every(([part]) => matches(row, part));
  const eq = /^([\w.]+)\[eq\]:"((?:[^"\\]|\\.)*)"$/.exec(filter);
  if (!eq) throw new Error(`Unsupported filter ${filter}`);
  return read(row, eq[1]) === eq[2].replace(/\\(.)/g, '$1');
}

/**
 * Twenty's generated REST API as documented (CRM.md §2.4): Bearer auth; `GET /rest/<objects>?filter=`,
 * `POST` (answering `data.create<Object>`), `PATCH /rest/<objects>/:id`. A create that duplicates a unique
 * key (a person's primary email, a company's domain) answers 409, as the unique constraints do.
 */
export async function startTwentyServer(faults: Faults = {}): Promise<TwentyServer> {
  const people = new Map<string, Row>();
  const hidden = new Map<string, number>();
  const visible = (row: Row) => {
    const misses = hidden.get(row.id) ?? 0;
    if (misses > 0) hidden.set(row.id, misses - 1);
    return misses === 0;
  };
  const companies = new Map<string, Row>();
  const objects = {
    people: { rows: people, singular: 'Person', unique: 'emails.primaryEmail' },
    companies: { rows: companies, singular: 'Company', unique: 'domainName.primaryLinkUrl' },
  } as const;

  function route(request: ContractRequest): ContractAnswer {
    if (request.headers.authorization !== `Bearer ${TWENTY_API_KEY}`) return error(401, 'Token invalid');
    const list = match(request.path, '/rest/:objects');
    const one = match(request.path, '/rest/:objects/:id');
    const object = objects[(list ?? one)?.objects as keyof typeof objects] as (typeof objects)[keyof typeof objects] | undefined;
    if (!object) return error(404, `No route ${request.path}`);
    const plural = (list ?? one)!.objects;
    const body = (request.body ?? {}) as Record<string, unknown>;

    if (request.method === 'GET' && list) {
      const filter = request.query.get('filter');
      const found = [...object.rows.values()].filter((row) => (!filter || matches(row, filter)) && visible(row));
      return { status: 200, body: { data: { [plural]: found }, totalCount: found.length, pageInfo: { hasNextPage: false } } };
    }
    if (request.method === 'POST' && list) {
      const key = read(body as Row, object.unique);
      if (key !== undefined && [...object.rows.values()].some((row) => read(row, object.unique) === key)) {
        return error(409, `A ${object.singular.toLowerCase()} with this ${object.unique} already exists`);
      }
      const row: Row = { ...body, id: randomUUID() };
      object.rows.set(row.id, row);
      return { status: 201, body: { data: { [`create${object.singular}`]: row } } };
    }
    if (request.method === 'PATCH' && one) {
      const row = object.rows.get(one.id);
      if (!row) return error(404, `${object.singular} not found`);
      Object.assign(row, body);
      return { status: 200, body: { data: { [`update${object.singular}`]: row } } };
    }
    return error(405, 'Method not allowed');
  }

  const server = await startContractServer(route, faults);
  return {
    ...server,
    people,
    companies,
    seedPerson(row, hiddenFromSearches) {
      const id = randomUUID();
      people.set(id, { ...row, id });
      hidden.set(id, hiddenFromSearches);
      return id;
    },
  };
}
