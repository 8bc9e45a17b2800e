// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { RATE_INTERVAL_MS } from '@/lib/crm/clients';
import type { CrmTarget } from '@/lib/crm/types';
import { manyLeads, queueRig } from './queue-harness';
import type { ContractServer, Faults } from './servers/contract-server';
import { HUBSPOT_TOKEN, startHubspotServer } from './servers/hubspot-server';
import { PIPEDRIVE_TOKEN, startPipedriveServer } from './servers/pipedrive-server';
import { startTwentyServer, TWENTY_API_KEY } from './servers/twenty-server';
import { startWebhookServer, WEBHOOK_SECRET } from './servers/webhook-server';

const LEADS = 1_000;
/** The bar: a 429 (with Retry-After) on every 7th request, a 500 on every 11th. */
const FAULTS: Faults = { every429: 7, every500: 11, retryAfter: '2' };

let server: ContractServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Each target's records per lead, read from its contract server. */
const targets: {
  target: CrmTarget;
  secret: string;
  start(): Promise<ContractServer & { recordsPerLead(): Map<string, number>; companyCount(): number }>;
}[] = [
  {
    target: 'hubspot',
    secret: HUBSPOT_TOKEN,
    async start() {
      const hubspot = await startHubspotServer(FAULTS);
      return Object.assign(hubspot, {
        recordsPerLead: () => count([...hubspot.contacts.values()].map((contact) => contact.properties.prospect_key)),
        companyCount: () => hubspot.companies.size,
      });
    },
  },
  {
    target: 'pipedrive',
    secret: PIPEDRIVE_TOKEN,
    async start() {
      const pipedrive = await startPipedriveServer(FAULTS);
      return Object.assign(pipedrive, {
        // A lead is one person, one Pipedrive lead and one note: all three must be there exactly once.
        recordsPerLead: () => {
          const byPerson = count([...pipedrive.persons.values()].map((person) => person.emails[0].value));
          const leads = count([...pipedrive.leads.values()].map((lead) => String(lead.person_id)));
          const notes = count([...pipedrive.notes.values()].map((note) => note.lead_id));
          expect([...leads.values()].every((n) => n === 1)).toBe(true);
          expect([...notes.values()].every((n) => n === 1)).toBe(true);
          expect(leads.size).toBe(byPerson.size);
          expect(notes.size).toBe(byPerson.size);
          return byPerson;
        },
        companyCount: () => pipedrive.organizations.size,
      });
    },
  },
  {
    target: 'twenty',
    secret: TWENTY_API_KEY,
    async start() {
      const twenty = await startTwentyServer(FAULTS);
      return Object.assign(twenty, {
        recordsPerLead: () => count([...twenty.people.values()].map((person) => (person.emails as { primaryEmail: string }).primaryEmail)),
        companyCount: () => twenty.companies.size,
      });
    },
  },
  {
    target: 'webhook',
    secret: WEBHOOK_SECRET,
    async start() {
      // Hours of fake backoff go by in this test: the receiver's clock check would see stale timestamps.
      const webhook = await startWebhookServer(FAULTS, { maxSkewMs: Number.POSITIVE_INFINITY });
      return Object.assign(webhook, {
        recordsPerLead: () => {
          expect(webhook.rejected).toBe(0);
          return count([...webhook.deliveries.values()].map((delivery) => delivery.leadId));
        },
        companyCount: () => 100,
      });
    },
  },
];

function count(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

describe('pushing 1,000 leads through 429s on every 7th request and 500s on every 11th', () => {
  it.each(targets)('should deliver every lead to $target exactly once, never faster than its rate limit', async ({ target, secret, start }) => {
    const contract = await start();
    server = contract;
    const rig = queueRig(contract.fetch);
    await rig.connect(target, contract.url, secret);
    const leads = manyLeads(LEADS);

    await rig.push(target, leads);

    const perLead = contract.recordsPerLead();
    expect(perLead.size).toBe(LEADS);
    expect([...perLead.values()].every((records) => records === 1)).toBe(true);
    expect(contract.companyCount()).toBe(LEADS / 10);
    const states = await rig.queue.syncStates(leads.map((lead) => lead.id));
    expect(states.filter((state) => state.status === 'synced')).toHaveLength(LEADS);
    // The faults really happened, and every request waited for its slot.
    expect(contract.log.length).toBeGreaterThan(11 * 10);
    const gaps = rig.sentAt.slice(1).map((at, index) => at - rig.sentAt[index]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(Math.min(...Object.values(RATE_INTERVAL_MS[target])));
  }, 120_000);
});
