import { vi, type Mock } from 'vitest';
import type { ProspectCompany, ProspectDraft, ProspectPerson, ProspectSource } from '@/lib/extract/types';
import { unknownBant, type Lead } from '@/lib/leads/types';
import type { RequestData, RequestName, RequestResult } from '@/lib/messaging/protocol';
import type { RequestFn } from '@/lib/state/ports';

/** A capture as the background would return it for Jane Doe's LinkedIn profile. */
export function makeDraft(
  overrides: { person?: Partial<ProspectPerson>; company?: Partial<ProspectCompany>; source?: Partial<ProspectSource> } = {},
): ProspectDraft {
  return {
    person: {
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      title: 'VP of Sales',
      emails: ['jane@acme.com', 'j.doe@gmail.com'],
      phones: ['+380441234567'],
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
      ...overrides.person,
    },
    company: { name: 'Acme', domain: 'acme.com', industry: 'Computer Software', size: '51-200', ...overrides.company },
    source: {
      url: 'https://www.linkedin.com/in/jane-doe/',
      kind: 'linkedin-person',
      extractors: ['json-ld'],
      ...overrides.source,
    },
  };
}

export function makeLead(overrides: Partial<Lead> = {}): Lead {
  return {
    id: 'lead-1',
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-12T10:30:00.000Z',
    person: { fullName: 'Jane Doe', title: 'VP of Sales', emails: ['jane@acme.com'], phones: [] },
    company: { name: 'Acme' },
    sources: [{ url: 'https://www.linkedin.com/in/jane-doe/', kind: 'linkedin-person', capturedAt: '2025-03-12T10:30:00.000Z' }],
    channels: [{ channel: 'LinkedIn', direction: 'outbound' }],
    bant: unknownBant(),
    temperature: 'warm',
    stage: 'mql',
    icp: { score: 70, grade: 'B' },
    notes: '',
    identityKeys: ['email:jane@acme.com'],
    searchText: 'jane doe acme vp of sales jane@acme.com',
    ...overrides,
  };
}

export type FakeHandlers = {
  [N in RequestName]?: (data: RequestData<N>) => RequestResult<N> | Promise<RequestResult<N>>;
};

/** A request function that is also a mock, so tests can read what was sent. */
export type FakeRequest = RequestFn & Mock<RequestFn>;

/** A stand-in for the background: answers the requests a test expects and fails on any other. */
export function fakeRequest(handlers: FakeHandlers): FakeRequest {
  const answer = async (name: RequestName, data: unknown) => {
    const handler = handlers[name] as ((data: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`Unexpected request: ${name}`);
    return handler(data);
  };
  // A generic function type survives vi.fn only as this intersection.
  return vi.fn(answer as RequestFn) as FakeRequest;
}

/** A promise the test settles when it chooses: for requests still in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
