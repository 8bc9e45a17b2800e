import { createHubspotClient } from './hubspot';
import { createPipedriveClient } from './pipedrive';
import { createTwentyClient } from './twenty';
import type { CrmClient, CrmConnection, CrmTarget } from './types';
import { createWebhookClient } from './webhook';

/**
 * Minimum spacing of requests per CRM, in ms, at about 80% of each documented limit (CRM.md §2.6):
 * HubSpot 100 per 10 s and searches 4/s (§2.1); Pipedrive's smallest plan 20 per 2 s per token and
 * searches 10 per 2 s; Twenty Cloud 100 per minute; Zapier's ~30/s per hook, well under.
 */
export const RATE_INTERVAL_MS: Readonly<Record<CrmTarget, Readonly<Record<string, number>>>> = {
  hubspot: { default: 125, search: 313 },
  pipedrive: { default: 125, search: 250 },
  twenty: { default: 750 },
  webhook: { default: 100 },
};

/** Tokens travel in headers only (Pipedrive's `?api_token=` would leak into logs, CRM.md §2.3). */
export function authHeaders(connection: CrmConnection): Record<string, string> {
  switch (connection.target) {
    case 'hubspot':
    case 'twenty':
      return { authorization: `Bearer ${connection.secret}` };
    case 'pipedrive':
      return { 'x-api-token': connection.secret };
    case 'webhook':
      // The webhook's secret signs the body instead.
      return {};
  }
}

export function createClient(connection: CrmConnection): CrmClient {
  switch (connection.target) {
    case 'hubspot':
      return createHubspotClient();
    case 'pipedrive':
      return createPipedriveClient();
    case 'twenty':
      return createTwentyClient();
    case 'webhook':
      return createWebhookClient(connection.secret);
  }
}
