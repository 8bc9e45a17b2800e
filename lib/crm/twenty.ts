import { companyWebsite } from '@/lib/export/csv';
import { nameParts } from '@/lib/export/lead-fields';
import type { Lead } from '@/lib/leads/types';
import { companyKey, idOf, isOk, pick, primaryEmail, unexpected, updateRecord, upsertRecord } from './fields';
import type { CrmClient, PushContext, PushOutcome } from './types';

const LABEL = 'Twenty';
export const TWENTY_CLOUD_API = 'https://api.twenty.com';

/** A Twenty REST filter value: double-quoted, inner quotes escaped. */
function quoted(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** The first record of `GET /rest/<plural>?filter=…` (`data.<plural>[]`). */
async function findFirst(context: PushContext, plural: 'people' | 'companies', filter: string): Promise<string | undefined> {
  const response = await context.send({ method: 'GET', path: `/rest/${plural}`, query: { filter, limit: '1' }, idempotent: true });
  if (!isOk(response)) throw unexpected(LABEL, 'search failed', response);
  return idOf(pick(response.body, 'data', plural, 0, 'id'));
}

/** Twenty matches companies on domain or name (CRM.md §2.4); we look up the same way. */
function companyFilter(lead: Lead): string | undefined {
  const website = companyWebsite(lead);
  if (lead.company.domain && website) return `domainName.primaryLinkUrl[eq]:${quoted(website)}`;
  const name = lead.company.name?.trim();
  return name ? `name[eq]:${quoted(name)}` : undefined;
}

function companyBody(lead: Lead): Record<string, unknown> {
  const website = companyWebsite(lead);
  return {
    name: lead.company.name ?? lead.company.domain,
    ...(website ? { domainName: { primaryLinkUrl: website } } : {}),
    ...(lead.company.employeeCount === undefined ? {} : { employees: lead.company.employeeCount }),
    ...(lead.company.linkedinUrl ? { linkedinLink: { primaryLinkUrl: lead.company.linkedinUrl } } : {}),
    // Twenty's one qualification field (CRM.md §2.4): the company fits the profile best.
    idealCustomerProfile: lead.icp.grade === 'A',
  };
}

/** …and people on email, LinkedIn URL or first + last name. */
function personFilter(lead: Lead): string {
  const email = primaryEmail(lead);
  if (email) return `emails.primaryEmail[eq]:${quoted(email)}`;
  if (lead.person.linkedinUrl) return `linkedinLink.primaryLinkUrl[eq]:${quoted(lead.person.linkedinUrl)}`;
  const { first, last } = nameParts(lead.person);
  return `and(name.firstName[eq]:${quoted(first)},name.lastName[eq]:${quoted(last)})`;
}

function personBody(lead: Lead, companyId: string | undefined): Record<string, unknown> {
  const { first, last } = nameParts(lead.person);
  const [email, ...moreEmails] = lead.person.emails;
  return {
    name: { firstName: first, lastName: last },
    ...(email ? { emails: { primaryEmail: email.toLowerCase(), additionalEmails: moreEmails } } : {}),
    ...(lead.person.phones[0] ? { phones: { primaryPhoneNumber: lead.person.phones[0] } } : {}),
    ...(lead.person.title ? { jobTitle: lead.person.title } : {}),
    ...(lead.person.linkedinUrl ? { linkedinLink: { primaryLinkUrl: lead.person.linkedinUrl } } : {}),
    ...(lead.person.twitterUrl ? { xLink: { primaryLinkUrl: lead.person.twitterUrl } } : {}),
    ...(companyId ? { companyId } : {}),
  };
}

/**
 * Twenty (CRM.md §2.4): people and companies through the REST API, each looked up by Twenty's own
 * duplicate criteria before it is created, updated with PATCH when it exists.
 */
export function createTwentyClient(): CrmClient {
  return {
    maxBatch: 1,
    async push(leads, context) {
      const outcomes: PushOutcome[] = [];
      for (const lead of leads) {
        const refs = context.refs.get(lead.id) ?? {};
        const key = companyKey(lead);
        const filter = companyFilter(lead);
        let companyId: string | undefined;
        if (key && filter) {
          const body = companyBody(lead);
          // A company that exists is left as the team keeps it: only people are updated.
          ({ id: companyId } = await upsertRecord(LABEL, refs.companyId ?? (await context.companies.get(key)), async () => true, {
            what: 'company',
            find: () => findFirst(context, 'companies', filter),
            create: () => context.send({ method: 'POST', path: '/rest/companies', body, idempotent: false }),
            createdId: (answer) => pick(answer, 'data', 'createCompany', 'id'),
          }));
          await context.companies.set(key, companyId);
        }
        const body = personBody(lead, companyId);
        const { id: personId } = await upsertRecord(LABEL, refs.personId, (id) => updateRecord(context.send, LABEL, 'PATCH', `/rest/people/${id}`, body), {
          what: 'person',
          find: () => findFirst(context, 'people', personFilter(lead)),
          create: () => context.send({ method: 'POST', path: '/rest/people', body, idempotent: false }),
          createdId: (answer) => pick(answer, 'data', 'createPerson', 'id'),
        });
        outcomes.push({ leadId: lead.id, ok: true, recordId: personId, refs: { personId, ...(companyId ? { companyId } : {}) } });
      }
      return outcomes;
    },
  };
}
