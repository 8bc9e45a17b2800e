import { HUBSPOT_API } from './hubspot';
import { pipedriveEndpoint } from './pipedrive';
import type { CrmConnection, CrmConnectionSummary, CrmTarget } from './types';

/** What the options page sends when the rep presses Connect. */
export type CrmConnectionInput =
  | { target: 'hubspot'; token: string }
  | { target: 'pipedrive'; token: string; companyDomain: string }
  | { target: 'twenty'; baseUrl: string; apiKey: string }
  | { target: 'webhook'; url: string; secret: string };

export type ConnectionCheck = { ok: true; connection: CrmConnection } | { ok: false; message: string };

/** Loopback is the one place plain http is allowed: contract servers in tests, a receiver on this machine. */
function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/**
 * Why `value` cannot be a CRM endpoint, or undefined when it can: HTTPS only (loopback excepted), no
 * `user:pass@` (CRM.md §5.6).
 */
export function endpointProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'Enter a full address starting with https://';
  }
  if (url.username || url.password) return 'The address must not contain a user name or password';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return undefined;
  return 'Only https:// addresses are allowed (http:// only on this computer: 127.0.0.1 or localhost)';
}

/**
 * The host permission to ask for when connecting: this host only, so the extension can reach nothing
 * else. A match pattern without a port covers every port of the host.
 */
export function permissionPattern(endpoint: string): string {
  const url = new URL(endpoint);
  return `${url.protocol}//${url.hostname}/*`;
}

function endpointOf(input: CrmConnectionInput): string {
  switch (input.target) {
    case 'hubspot':
      return HUBSPOT_API;
    case 'pipedrive':
      return pipedriveEndpoint(input.companyDomain);
    case 'twenty':
      return input.baseUrl.trim().replace(/\/+$/, '');
    case 'webhook':
      return input.url.trim();
  }
}

function secretOf(input: CrmConnectionInput): string {
  switch (input.target) {
    case 'hubspot':
    case 'pipedrive':
      return input.token.trim();
    case 'twenty':
      return input.apiKey.trim();
    case 'webhook':
      return input.secret;
  }
}

const SECRET_NAME: Readonly<Record<CrmTarget, string>> = {
  hubspot: 'the private-app token',
  pipedrive: 'the API token',
  twenty: 'the API key',
  webhook: 'a signing secret',
};

/** The connection to store, or what the rep must fix first. */
export function checkConnection(input: CrmConnectionInput, now: Date): ConnectionCheck {
  if (input.target === 'pipedrive' && !/^[a-z0-9-]+(\.pipedrive\.com)?$/i.test(input.companyDomain.trim())) {
    return { ok: false, message: 'Enter your Pipedrive company domain, e.g. acme for acme.pipedrive.com' };
  }
  const endpoint = endpointOf(input);
  const problem = endpointProblem(endpoint);
  if (problem) return { ok: false, message: problem };
  const secret = secretOf(input);
  if (!secret) return { ok: false, message: `Enter ${SECRET_NAME[input.target]}` };
  return { ok: true, connection: { target: input.target, endpoint, secret, connectedAt: now.toISOString() } };
}

export function summarize(connection: CrmConnection): CrmConnectionSummary {
  return { target: connection.target, host: new URL(connection.endpoint).host, connectedAt: connection.connectedAt };
}
