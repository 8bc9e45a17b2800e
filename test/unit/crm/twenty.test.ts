// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { makeStoredLead } from '../../fixtures/leads';
import { queueRig } from './queue-harness';
import { startTwentyServer, TWENTY_API_KEY, type TwentyServer } from './servers/twenty-server';

let server: TwentyServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('Twenty push', () => {
  it('should create the company and the person linked to it', async () => {
    server = await startTwentyServer();
    const rig = queueRig();
    await rig.connect('twenty', server.url, TWENTY_API_KEY);

    await rig.push('twenty', [makeStoredLead({ icp: { score: 90, grade: 'A' }, person: { linkedinUrl: 'https://www.linkedin.com/in/jane-doe/' } })]);

    const [company] = server.companies.values();
    expect(company).toMatchObject({ name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' }, idealCustomerProfile: true });
    const [person] = server.people.values();
    expect(person).toMatchObject({
      name: { firstName: 'Jane', lastName: 'Doe' },
      emails: { primaryEmail: 'jane@acme.com', additionalEmails: [] },
      jobTitle: 'VP of Sales',
      linkedinLink: { primaryLinkUrl: 'https://www.linkedin.com/in/jane-doe/' },
      companyId: company.id,
    });
    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state).toMatchObject({ status: 'synced', recordId: person.id, refs: { personId: person.id, companyId: company.id } });
  });

  it('should find people and companies Twenty already has instead of creating them', async () => {
    server = await startTwentyServer();
    const rig = queueRig();
    await rig.connect('twenty', server.url, TWENTY_API_KEY);
    await rig.push('twenty', [makeStoredLead({ id: 'a' })]);

    await rig.push('twenty', [makeStoredLead({ id: 'b', person: { title: 'CEO' } }), makeStoredLead({ id: 'c', person: { emails: ['max@acme.com'] } })]);

    expect(server.companies.size).toBe(1);
    expect([...server.people.values()].map((person) => [person.emails, person.jobTitle])).toEqual([
      [{ primaryEmail: 'jane@acme.com', additionalEmails: [] }, 'CEO'],
      [{ primaryEmail: 'max@acme.com', additionalEmails: [] }, 'VP of Sales'],
    ]);
  });

  it('should retry a failed search and create the person once', async () => {
    server = await startTwentyServer({ every500: 3 });
    const rig = queueRig();
    await rig.connect('twenty', server.url, TWENTY_API_KEY);

    // 1 company search, 2 company create, 3 person search → 500 (a read: retried), 4 person search, 5 create.
    await rig.push('twenty', [makeStoredLead()]);

    expect(server.people.size).toBe(1);
    expect(server.log.filter((request) => request.method === 'GET' && request.path === '/rest/people')).toHaveLength(2);
  });

  it('should answer a lost create with a look-up on the next try', async () => {
    // Request 5 (the person create) is done and answered 500; the retry looks the person up.
    server = await startTwentyServer({ every500: 5 });
    const rig = queueRig();
    await rig.connect('twenty', server.url, TWENTY_API_KEY);

    await rig.push('twenty', [makeStoredLead()]);

    expect(server.people.size).toBe(1);
    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state.status).toBe('synced');
  });

  it('should resolve a 409 on create by looking the person up and updating them', async () => {
    server = await startTwentyServer();
    const existing = server.seedPerson({ emails: { primaryEmail: 'jane@acme.com' }, jobTitle: 'Intern' }, 1);
    const rig = queueRig();
    await rig.connect('twenty', server.url, TWENTY_API_KEY);

    await rig.push('twenty', [makeStoredLead()]);

    expect(server.log.some((request) => request.method === 'POST' && request.path === '/rest/people')).toBe(true);
    expect(server.people.size).toBe(1);
    expect(server.people.get(existing)?.jobTitle).toBe('VP of Sales');
    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state.recordId).toBe(existing);
  });
});

