// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { pipedriveEndpoint } from '@/lib/crm/pipedrive';
import { makeStoredLead } from '../../fixtures/leads';
import { queueRig } from './queue-harness';
import { PIPEDRIVE_TOKEN, startPipedriveServer, type PipedriveServer } from './servers/pipedrive-server';

let server: PipedriveServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('pipedriveEndpoint', () => {
  it.each([
    ['acme', 'https://acme.pipedrive.com'],
    ['Acme.pipedrive.com', 'https://acme.pipedrive.com'],
    ['https://acme.pipedrive.com/', 'https://acme.pipedrive.com'],
  ])('should turn %s into %s', (domain, endpoint) => {
    expect(pipedriveEndpoint(domain)).toBe(endpoint);
  });
});

describe('Pipedrive push', () => {
  it('should create an organization, a person, a lead labelled with the temperature and the qualification note', async () => {
    server = await startPipedriveServer();
    const rig = queueRig();
    await rig.connect('pipedrive', server.url, PIPEDRIVE_TOKEN);

    await rig.push('pipedrive', [makeStoredLead({ temperature: 'hot', icp: { score: 88, grade: 'A' } })]);

    expect([...server.organizations.values()].map((org) => org.name)).toEqual(['Acme']);
    const [person] = server.persons.values();
    expect(person).toMatchObject({ name: 'Jane Doe', emails: [{ value: 'jane@acme.com', primary: true, label: 'work' }] });
    const [lead] = server.leads.values();
    expect(lead).toMatchObject({ title: 'Acme – Jane Doe (ICP A)', person_id: person.id, label_ids: [server.labels[0].id] });
    const [note] = server.notes.values();
    expect(note.lead_id).toBe(lead.id);
    expect(note.content).toContain('Stage: MQL<br>Temperature: Hot');
    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state).toMatchObject({ status: 'synced', recordId: String(person.id), refs: { leadId: lead.id, noteId: String(note.id) } });
    expect(server.log.every((request) => request.headers['x-api-token'] === PIPEDRIVE_TOKEN && !request.query.has('api_token'))).toBe(true);
  });

  it('should search before it creates: a person and an organization already in Pipedrive are reused', async () => {
    server = await startPipedriveServer();
    const rig = queueRig();
    await rig.connect('pipedrive', server.url, PIPEDRIVE_TOKEN);
    await rig.push('pipedrive', [makeStoredLead({ id: 'first' })]);

    // The same person captured again as another lead (another browser, a lost sync state).
    await rig.push('pipedrive', [makeStoredLead({ id: 'second', person: { title: 'CEO' } })]);

    expect(server.organizations.size).toBe(1);
    expect(server.persons.size).toBe(1);
    expect(server.leads.size).toBe(1);
    expect(server.notes.size).toBe(1);
  });

  it('should update the records it knows when a changed lead is pushed again', async () => {
    server = await startPipedriveServer();
    const rig = queueRig();
    await rig.connect('pipedrive', server.url, PIPEDRIVE_TOKEN);
    const lead = makeStoredLead();
    await rig.push('pipedrive', [lead]);

    await rig.push('pipedrive', [{ ...lead, updatedAt: '2026-04-01T00:00:00.000Z', temperature: 'cold' }]);

    const [saved] = server.leads.values();
    expect(saved.label_ids).toEqual([server.labels[2].id]);
    expect([...server.notes.values()][0].content).toContain('Temperature: Cold');
    expect(server.log.filter((request) => request.method === 'POST')).toHaveLength(4);
  });

  it('should not create twice when the answer to a create is lost (500 after the work was done)', async () => {
    // Request 4 is the person create: done, then answered 500.
    server = await startPipedriveServer({ every500: 4 });
    const rig = queueRig();
    await rig.connect('pipedrive', server.url, PIPEDRIVE_TOKEN);

    await rig.push('pipedrive', [makeStoredLead()]);

    expect(server.persons.size).toBe(1);
    expect(server.leads.size).toBe(1);
    expect(server.notes.size).toBe(1);
    const [state] = await rig.queue.syncStates(['lead-1']);
    expect(state.status).toBe('synced');
  });
});
