// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { hubspotContactProperties } from '@/lib/crm/hubspot';
import { makeStoredLead } from '../../fixtures/leads';
import { queueRig } from './queue-harness';
import { HUBSPOT_TOKEN, startHubspotServer, type HubspotServer } from './servers/hubspot-server';

let server: HubspotServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('HubSpot contact properties', () => {
  it.each([
    ['contact-us', 'lead', 'NEW'],
    ['mql', 'marketingqualifiedlead', 'OPEN'],
    ['call', 'marketingqualifiedlead', 'CONNECTED'],
    ['sql', 'salesqualifiedlead', 'IN_PROGRESS'],
    ['negotiation', 'opportunity', 'OPEN_DEAL'],
    ['closed-won', 'customer', 'OPEN_DEAL'],
    ['closed-lost', undefined, 'UNQUALIFIED'],
    ['contact-later', undefined, 'BAD_TIMING'],
  ] as const)('should send stage %s as lifecycle %s and lead status %s', async (stage, lifecycle, status) => {
    server = await startHubspotServer();
    const rig = queueRig();
    await rig.connect('hubspot', server.url, HUBSPOT_TOKEN);

    await rig.push('hubspot', [makeStoredLead({ stage })]);

    const sent = server.contacts.get('jane@acme.com')?.properties;
    expect(sent?.lifecyclestage).toBe(lifecycle);
    expect(sent?.hs_lead_status).toBe(status);
  });

  it('should carry temperature, BANT, ICP grade, channel and our id in their custom properties', () => {
    const lead = makeStoredLead({ temperature: 'hot', icp: { score: 91, grade: 'A' } });
    lead.bant.need = { status: 'yes' };

    const properties = hubspotContactProperties(lead, 'jane@acme.com', 'lead');

    expect(properties).toMatchObject({
      email: 'jane@acme.com',
      firstname: 'Jane',
      lastname: 'Doe',
      jobtitle: 'VP of Sales',
      company: 'Acme',
      website: 'https://acme.com',
      lifecyclestage: 'lead',
      lead_temperature: 'hot',
      bant_budget: 'unknown',
      bant_need: 'yes',
      icp_score: '91',
      icp_tier: 'A',
      prospect_source_channel: 'LinkedIn',
      prospect_key: 'lead-1',
    });
  });
});

describe('HubSpot push', () => {
  it('should upsert contacts keyed on email, create each company once per domain and associate them', async () => {
    server = await startHubspotServer();
    const rig = queueRig();
    await rig.connect('hubspot', server.url, HUBSPOT_TOKEN);
    const leads = [
      makeStoredLead({ id: 'a', person: { emails: ['a@acme.com'] } }),
      makeStoredLead({ id: 'b', person: { emails: ['b@acme.com'] } }),
      makeStoredLead({ id: 'c', person: { emails: ['c@globex.com'] }, company: { name: 'Globex', domain: 'globex.com' } }),
    ];

    await rig.push('hubspot', leads);

    expect([...server.contacts.keys()].sort()).toEqual(['a@acme.com', 'b@acme.com', 'c@globex.com']);
    expect([...server.companies.values()].map((company) => company.properties.domain).sort()).toEqual(['acme.com', 'globex.com']);
    expect(server.associations.size).toBe(3);
    const upserts = server.log.filter((request) => request.path === '/crm/v3/objects/contacts/batch/upsert');
    expect(upserts).toHaveLength(1);
    const states = await rig.queue.syncStates(['a', 'b', 'c']);
    expect(states.map((state) => [state.leadId, state.status, state.recordId])).toEqual([
      ['a', 'synced', server.contacts.get('a@acme.com')?.id],
      ['b', 'synced', server.contacts.get('b@acme.com')?.id],
      ['c', 'synced', server.contacts.get('c@globex.com')?.id],
    ]);
  });

  it('should update the same contact when the lead is pushed again after a change, and skip it when unchanged', async () => {
    server = await startHubspotServer();
    const rig = queueRig();
    await rig.connect('hubspot', server.url, HUBSPOT_TOKEN);
    const lead = makeStoredLead();
    await rig.push('hubspot', [lead]);
    const requestsAfterFirst = server.log.length;

    await rig.push('hubspot', [lead]);
    expect(server.log).toHaveLength(requestsAfterFirst);

    await rig.push('hubspot', [{ ...lead, updatedAt: '2026-04-01T00:00:00.000Z', person: { ...lead.person, title: 'CEO' } }]);
    expect(server.contacts.size).toBe(1);
    expect(server.contacts.get('jane@acme.com')?.properties.jobtitle).toBe('CEO');
    expect(server.companies.size).toBe(1);
  });

  it('should never move a lifecycle stage backwards', async () => {
    server = await startHubspotServer();
    server.seedContact('jane@acme.com', { lifecyclestage: 'customer' });
    const rig = queueRig();
    await rig.connect('hubspot', server.url, HUBSPOT_TOKEN);

    await rig.push('hubspot', [makeStoredLead({ stage: 'mql' })]);

    expect(server.contacts.get('jane@acme.com')?.properties).toMatchObject({ lifecyclestage: 'customer', hs_lead_status: 'OPEN' });
  });

  it('should resolve a 409 on a company create by looking the company up, not by creating another', async () => {
    server = await startHubspotServer();
    // Created a moment ago by someone else: the search index does not show it yet.
    const existing = server.seedCompany('acme.com', { hiddenFromSearches: 1 });
    const rig = queueRig();
    await rig.connect('hubspot', server.url, HUBSPOT_TOKEN);

    await rig.push('hubspot', [makeStoredLead()]);

    expect(server.companies.size).toBe(1);
    expect(server.log.map((request) => request.path)).toContain('/crm/v3/objects/companies');
    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state.refs.companyId).toBe(existing);
  });

  it('should wait as long as Retry-After says on a 429 and then deliver', async () => {
    server = await startHubspotServer({ every429: 3, retryAfter: '7' });
    const rig = queueRig();
    await rig.connect('hubspot', server.url, HUBSPOT_TOKEN);

    await rig.push('hubspot', [makeStoredLead()]);

    expect(server.log.filter((_, index) => (index + 1) % 3 === 0)).not.toHaveLength(0);
    expect(rig.clock.slept).toContain(7_000);
    expect(server.contacts.size).toBe(1);
    expect(server.companies.size).toBe(1);
  });

  it('should record a rejected token as the lead’s last error without retrying', async () => {
    server = await startHubspotServer();
    const rig = queueRig();
    await rig.connect('hubspot', server.url, 'wrong-token');

    await rig.push('hubspot', [makeStoredLead()]);

    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state.status).toBe('failed');
    expect(state.lastError).toMatch(/401.*check the connection in Options/);
    expect(server.log).toHaveLength(1);
  });

  it('should say why a lead without an email is not pushed', async () => {
    server = await startHubspotServer();
    const rig = queueRig();
    await rig.connect('hubspot', server.url, HUBSPOT_TOKEN);

    await rig.push('hubspot', [makeStoredLead({ person: { emails: [] } })]);

    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state).toMatchObject({ status: 'failed', lastError: 'HubSpot matches contacts by email, and this lead has none' });
  });
});
