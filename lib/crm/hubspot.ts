import { companyWebsite } from '@/lib/export/csv';
import { nameParts } from '@/lib/export/lead-fields';
import { BANT_CRITERIA, type Lead } from '@/lib/leads/types';
import {
  companyKey,
  findOrCreate,
  forwardLifecycleStage,
  hubspotLeadStatus,
  hubspotLifecycleStage,
  idOf,
  isOk,
  latestChannel,
  pick,
  presentOnly,
  primaryEmail,
  unexpected,
} from './fields';
import type { CrmClient, PushContext, PushOutcome } from './types';

export const HUBSPOT_API = 'https://api.hubapi.com';
/** Batch upsert takes at most 100 inputs. */
const HUBSPOT_BATCH = 100;
const LABEL = 'HubSpot';

/**
 * Custom contact properties (CRM.md §1.2) the portal's admin creates once; the README lists them.
 * HubSpot has no standard field for temperature, BANT, ICP or our channel.
 */
function customProperties(lead: Lead): Record<string, string> {
  const bant = Object.fromEntries(BANT_CRITERIA.map((criterion) => [`bant_${criterion}`, lead.bant[criterion].status]));
  const channel = latestChannel(lead);
  return {
    lead_temperature: lead.temperature,
    ...bant,
    icp_score: String(lead.icp.score),
    icp_tier: lead.icp.grade,
    ...(channel ? { prospect_source_channel: channel } : {}),
    prospect_key: lead.id,
  };
}

export function hubspotContactProperties(lead: Lead, email: string, lifecycle: string | undefined): Record<string, string> {
  const { first, last } = nameParts(lead.person);
  const optional: Record<string, string | undefined> = {
    firstname: first || undefined,
    lastname: last || undefined,
    jobtitle: lead.person.title,
    phone: lead.person.phones[0],
    mobilephone: lead.person.phones[1],
    company: lead.company.name,
    website: companyWebsite(lead) || lead.person.websiteUrl,
    hs_linkedin_url: lead.person.linkedinUrl,
    lifecyclestage: lifecycle,
  };
  return { email, ...presentOnly(optional), hs_lead_status: hubspotLeadStatus(lead.stage), ...customProperties(lead) };
}

/** Industry stays out: it is a fixed HubSpot enum, and free text from a page would fail the create (CRM.md §1.2). */
function companyProperties(lead: Lead): Record<string, string> {
  const { name, domain, employeeCount } = lead.company;
  const optional: Record<string, string | undefined> = {
    name,
    domain,
    website: companyWebsite(lead) || undefined,
    numberofemployees: employeeCount === undefined ? undefined : String(employeeCount),
  };
  return presentOnly(optional);
}

async function findCompanyByDomain(domain: string, context: PushContext): Promise<string | undefined> {
  const response = await context.send({
    method: 'POST',
    path: '/crm/v3/objects/companies/search',
    body: { filterGroups: [{ filters: [{ propertyName: 'domain', operator: 'EQ', value: domain }] }], properties: ['domain'], limit: 1 },
    idempotent: true,
    bucket: 'search',
  });
  if (!isOk(response)) throw unexpected(LABEL, 'company search failed', response);
  return idOf(pick(response.body, 'results', 0, 'id'));
}

/**
 * The company's id: known from an earlier push, else found by domain, else created. API-created companies
 * are not de-duplicated by HubSpot (CRM.md §6.5), so this is the only thing keeping one company per domain.
 */
async function companyFor(lead: Lead, context: PushContext): Promise<string | undefined> {
  const domain = lead.company.domain?.toLowerCase();
  const key = companyKey(lead);
  // Without a domain HubSpot has nothing to match a company on: a name alone would create duplicates.
  if (!domain || !key) return undefined;
  const { id } = await findOrCreate({
    label: LABEL,
    what: 'company',
    find: async () => (await context.companies.get(key)) ?? (await findCompanyByDomain(domain, context)),
    create: () =>
      context.send({ method: 'POST', path: '/crm/v3/objects/companies', body: { properties: companyProperties(lead) }, idempotent: false }),
    createdId: (body) => pick(body, 'id'),
  });
  await context.companies.set(key, id);
  return id;
}

/** The lifecycle stage each email has in HubSpot now (absent for new contacts). */
async function currentLifecycles(emails: readonly string[], context: PushContext): Promise<Map<string, string>> {
  const response = await context.send({
    method: 'POST',
    path: '/crm/v3/objects/contacts/batch/read',
    body: { idProperty: 'email', properties: ['email', 'lifecyclestage'], inputs: emails.map((id) => ({ id })) },
    idempotent: true,
  });
  // 207 is a partial read: the contacts not found are the new ones.
  if (!isOk(response)) throw unexpected(LABEL, 'contact read failed', response);
  const results = pick(response.body, 'results');
  const stages = new Map<string, string>();
  for (const result of Array.isArray(results) ? results : []) {
    const email = pick(result, 'properties', 'email');
    const stage = pick(result, 'properties', 'lifecyclestage');
    if (typeof email === 'string' && typeof stage === 'string' && stage) stages.set(email.toLowerCase(), stage);
  }
  return stages;
}

/**
 * HubSpot: contacts batch-upserted on email (CRM.md §2.1), each lead's company created once per domain and
 * associated with the default contact→company association.
 */
export function createHubspotClient(): CrmClient {
  return {
    maxBatch: HUBSPOT_BATCH,
    async push(leads, context) {
      const outcomes: PushOutcome[] = [];
      const byEmail = new Map<string, Lead>();
      for (const lead of leads) {
        const email = primaryEmail(lead);
        if (!email) outcomes.push({ leadId: lead.id, ok: false, error: 'HubSpot matches contacts by email, and this lead has none' });
        else if (byEmail.has(email)) outcomes.push({ leadId: lead.id, ok: false, error: `Another lead in this push has the email ${email}` });
        else byEmail.set(email, lead);
      }
      if (byEmail.size === 0) return outcomes;

      const companyIds = new Map<string, string>();
      for (const lead of byEmail.values()) {
        const id = await companyFor(lead, context);
        if (id) companyIds.set(lead.id, id);
      }

      const lifecycles = await currentLifecycles([...byEmail.keys()], context);
      const response = await context.send({
        method: 'POST',
        path: '/crm/v3/objects/contacts/batch/upsert',
        body: {
          inputs: [...byEmail].map(([email, lead]) => ({
            idProperty: 'email',
            id: email,
            properties: hubspotContactProperties(lead, email, forwardLifecycleStage(hubspotLifecycleStage(lead.stage), lifecycles.get(email))),
            objectWriteTraceId: lead.id,
          })),
        },
        idempotent: true,
      });
      if (!isOk(response)) throw unexpected(LABEL, 'contact upsert failed', response);

      const contactIds = new Map<string, string>();
      const results = pick(response.body, 'results');
      for (const result of Array.isArray(results) ? results : []) {
        const email = pick(result, 'properties', 'email');
        const lead = typeof email === 'string' ? byEmail.get(email.toLowerCase()) : undefined;
        const id = idOf(pick(result, 'id'));
        if (lead && id) contactIds.set(lead.id, id);
      }

      const associations = [...contactIds].flatMap(([leadId, contactId]) => {
        const companyId = companyIds.get(leadId);
        return companyId ? [{ from: { id: contactId }, to: { id: companyId } }] : [];
      });
      if (associations.length > 0) {
        const associated = await context.send({
          method: 'POST',
          path: '/crm/v4/associations/contacts/companies/batch/associate/default',
          body: { inputs: associations },
          idempotent: true,
        });
        if (!isOk(associated)) throw unexpected(LABEL, 'association failed', associated);
      }

      const errors = pick(response.body, 'errors');
      const firstError = Array.isArray(errors) ? pick(errors[0], 'message') : undefined;
      for (const lead of byEmail.values()) {
        const contactId = contactIds.get(lead.id);
        const companyId = companyIds.get(lead.id);
        outcomes.push(
          contactId
            ? { leadId: lead.id, ok: true, recordId: contactId, refs: { contactId, ...(companyId ? { companyId } : {}) } }
            : { leadId: lead.id, ok: false, error: typeof firstError === 'string' ? `HubSpot: ${firstError}` : 'HubSpot did not return this contact' },
        );
      }
      return outcomes;
    },
  };
}
