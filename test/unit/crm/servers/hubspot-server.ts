import { startContractServer, type ContractAnswer, type ContractServer, type Faults } from './contract-server';

export const HUBSPOT_TOKEN = 'pat-na1-test-token';

interface Contact {
  id: string;
  properties: Record<string, string>;
}
interface Company {
  id: string;
  properties: Record<string, string>;
  /** How many more searches miss it: HubSpot's search index lags behind creates (CRM.md §2.1). */
  hiddenFromSearches: number;
}

export interface HubspotServer extends ContractServer {
  contacts: Map<string, Contact>;
  companies: Map<string, Company>;
  /** `contactId→companyId` */
  associations: Set<string>;
  seedCompany(domain: string, options?: { hiddenFromSearches?: number }): string;
  seedContact(email: string, properties?: Record<string, string>): string;
}

type Input = { idProperty?: string; id?: string; properties?: Record<string, string>; objectWriteTraceId?: string };

const error = (status: number, message: string, category: string): ContractAnswer => ({
  status,
  body: { status: 'error', message, correlationId: 'test', category },
});

/**
 * HubSpot CRM v3/v4 as documented (CRM.md §2.1): Bearer auth, contacts batch read and upsert keyed on
 * email, company search and create, default contact→company associations. Companies here have a unique
 * domain (a portal with a unique-value domain property), so a second create of a domain answers 409.
 */
export async function startHubspotServer(faults: Faults = {}): Promise<HubspotServer> {
  const contacts = new Map<string, Contact>();
  const companies = new Map<string, Company>();
  const associations = new Set<string>();
  let nextId = 1000;
  const newId = () => String(nextId++);

  const companyByDomain = (domain: string) => [...companies.values()].find((company) => company.properties.domain === domain);

  function route(request: Parameters<Parameters<typeof startContractServer>[0]>[0]): ContractAnswer {
    if (request.headers.authorization !== `Bearer ${HUBSPOT_TOKEN}`) {
      return error(401, 'Authentication credentials not found.', 'INVALID_AUTHENTICATION');
    }
    const body = request.body as { inputs?: Input[]; properties?: Record<string, string>; filterGroups?: unknown };
    const key = `${request.method} ${request.path}`;
    switch (key) {
      case 'POST /crm/v3/objects/contacts/batch/read': {
        const inputs = body.inputs ?? [];
        const found = inputs.map((input) => contacts.get(String(input.id).toLowerCase())).filter((c): c is Contact => Boolean(c));
        const missing = inputs.length - found.length;
        return {
          status: missing > 0 ? 207 : 200,
          body: {
            status: 'COMPLETE',
            results: found.map((contact) => ({ id: contact.id, properties: contact.properties })),
            numErrors: missing,
            errors: missing > 0 ? [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some CONTACT objects' }] : [],
          },
        };
      }
      case 'POST /crm/v3/objects/contacts/batch/upsert': {
        const inputs = body.inputs ?? [];
        if (inputs.length > 100) return error(400, 'Batch size limit is 100', 'VALIDATION_ERROR');
        const ids = inputs.map((input) => String(input.id).toLowerCase());
        if (new Set(ids).size !== ids.length) return error(400, 'Duplicate IDs found in batch input', 'VALIDATION_ERROR');
        if (inputs.some((input) => input.idProperty !== 'email')) return error(400, 'idProperty must be a unique property', 'VALIDATION_ERROR');
        const results = inputs.map((input) => {
          const email = String(input.id).toLowerCase();
          const existing = contacts.get(email);
          const contact: Contact = existing ?? { id: newId(), properties: {} };
          contact.properties = { ...contact.properties, ...input.properties, email };
          contacts.set(email, contact);
          return { id: contact.id, new: !existing, properties: contact.properties, objectWriteTraceId: input.objectWriteTraceId };
        });
        return { status: 200, body: { status: 'COMPLETE', results } };
      }
      case 'POST /crm/v3/objects/companies/search': {
        const filter = (body.filterGroups as { filters: { propertyName: string; operator: string; value: string }[] }[])[0].filters[0];
        if (filter.propertyName !== 'domain' || filter.operator !== 'EQ') return error(400, 'Unsupported filter', 'VALIDATION_ERROR');
        const company = companyByDomain(filter.value);
        if (company && company.hiddenFromSearches > 0) {
          company.hiddenFromSearches--;
          return { status: 200, body: { total: 0, results: [] } };
        }
        return { status: 200, body: { total: company ? 1 : 0, results: company ? [{ id: company.id, properties: company.properties }] : [] } };
      }
      case 'POST /crm/v3/objects/companies': {
        const properties = body.properties ?? {};
        const existing = properties.domain ? companyByDomain(properties.domain) : undefined;
        if (existing) return error(409, `Company already exists. Existing ID: ${existing.id}`, 'CONFLICT');
        const company: Company = { id: newId(), properties, hiddenFromSearches: 0 };
        companies.set(company.id, company);
        return { status: 201, body: { id: company.id, properties } };
      }
      case 'POST /crm/v4/associations/contacts/companies/batch/associate/default': {
        const inputs = (body.inputs ?? []) as unknown as { from: { id: string }; to: { id: string } }[];
        for (const input of inputs) associations.add(`${input.from.id}→${input.to.id}`);
        return { status: 200, body: { status: 'COMPLETE', results: inputs } };
      }
      default:
        return error(404, `No route ${key}`, 'OBJECT_NOT_FOUND');
    }
  }

  const server = await startContractServer(route, faults);
  return {
    ...server,
    contacts,
    companies,
    associations,
    seedCompany(domain, { hiddenFromSearches = 0 } = {}) {
      const company: Company = { id: newId(), properties: { domain, name: domain }, hiddenFromSearches };
      companies.set(company.id, company);
      return company.id;
    },
    seedContact(email, properties = {}) {
      const contact: Contact = { id: newId(), properties: { email, ...properties } };
      contacts.set(email, contact);
      return contact.id;
    },
  };
}
