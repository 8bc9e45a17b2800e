import { describe, expect, it } from 'vitest';
import { checkConnection, endpointProblem, permissionPattern, summarize } from '@/lib/crm/connections';

const NOW = new Date('2026-03-02T09:00:00.000Z');

describe('endpointProblem', () => {
  it.each([
    ['https://hooks.zapier.com/hooks/catch/1/abc/', undefined],
    ['http://127.0.0.1:8123/hook', undefined],
    ['http://localhost:3000/hook', undefined],
    ['http://hooks.example.com/hook', 'Only https:// addresses are allowed (http:// only on this computer: 127.0.0.1 or localhost)'],
    ['ftp://example.com/', 'Only https:// addresses are allowed (http:// only on this computer: 127.0.0.1 or localhost)'],
    ['https://user:pass@example.com/hook', 'The address must not contain a user name or password'],
    ['example.com/hook', 'Enter a full address starting with https://'],
  ])('should judge %s: %s', (url, problem) => {
    expect(endpointProblem(url)).toBe(problem);
  });
});

describe('checkConnection', () => {
  it.each([
    [{ target: 'hubspot', token: ' pat-1 ' }, 'https://api.hubapi.com', 'pat-1'],
    [{ target: 'pipedrive', token: 'abc', companyDomain: 'acme' }, 'https://acme.pipedrive.com', 'abc'],
    [{ target: 'twenty', baseUrl: 'https://crm.acme.com/', apiKey: 'k' }, 'https://crm.acme.com', 'k'],
    [{ target: 'webhook', url: 'https://n8n.acme.com/webhook/leads', secret: 's3cret' }, 'https://n8n.acme.com/webhook/leads', 's3cret'],
  ] as const)('should store %j with endpoint %s', (input, endpoint, secret) => {
    expect(checkConnection(input, NOW)).toEqual({
      ok: true,
      connection: { target: input.target, endpoint, secret, connectedAt: NOW.toISOString() },
    });
  });

  it.each([
    [{ target: 'hubspot', token: ' ' }, 'Enter the private-app token'],
    [{ target: 'pipedrive', token: 'abc', companyDomain: 'evil.com/x' }, 'Enter your Pipedrive company domain, e.g. acme for acme.pipedrive.com'],
    [{ target: 'twenty', baseUrl: 'http://crm.acme.com', apiKey: 'k' }, 'Only https:// addresses are allowed (http:// only on this computer: 127.0.0.1 or localhost)'],
    [{ target: 'webhook', url: 'https://n8n.acme.com/hook', secret: '' }, 'Enter a signing secret'],
  ] as const)('should refuse %j: %s', (input, message) => {
    expect(checkConnection(input, NOW)).toEqual({ ok: false, message });
  });
});

describe('permissionPattern', () => {
  it.each([
    ['https://api.hubapi.com', 'https://api.hubapi.com/*'],
    ['https://acme.pipedrive.com', 'https://acme.pipedrive.com/*'],
    ['http://127.0.0.1:8123/hook', 'http://127.0.0.1/*'],
  ])('should ask for %s as %s', (endpoint, pattern) => {
    expect(permissionPattern(endpoint)).toBe(pattern);
  });
});

describe('summarize', () => {
  it('should show the host and never the secret', () => {
    const summary = summarize({ target: 'webhook', endpoint: 'https://hooks.zapier.com/hooks/catch/1/abc/', secret: 's3cret', connectedAt: 'x' });

    expect(summary).toEqual({ target: 'webhook', host: 'hooks.zapier.com', connectedAt: 'x' });
  });
});
