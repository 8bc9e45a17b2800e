import { computed, createModel, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { checkConnection, permissionPattern, type CrmConnectionInput } from '@/lib/crm/connections';
import { CRM_LABELS, CRM_TARGETS, type CrmConnectionSummary, type CrmTarget } from '@/lib/crm/types';
import type { RequestFn } from './ports';

export interface CrmConnectionsDeps {
  request: RequestFn;
  /**
   * Asks the browser for one host permission. Must be the first thing the click does: browsers only
   * show the prompt during the user's gesture.
   */
  requestHostPermission(pattern: string): Promise<boolean>;
  now(): Date;
}

/** One text field of a connection form: its visible label and whether to mask it. */
export interface CrmField {
  name: string;
  label: string;
  secret: boolean;
  placeholder?: string;
  value: Signal<string>;
}

export interface CrmCard {
  target: CrmTarget;
  title: string;
  fields: CrmField[];
  connection: CrmConnectionSummary | undefined;
  status: { text: string; tone: 'neutral' | 'success' | 'error' };
  busy: boolean;
}

const field = (name: string, label: string, secret: boolean, placeholder?: string): CrmField => ({
  name,
  label,
  secret,
  placeholder,
  value: signal(''),
});

function formFields(): Record<CrmTarget, CrmField[]> {
  return {
    hubspot: [field('token', 'HubSpot private-app token', true, 'pat-…')],
    pipedrive: [field('companyDomain', 'Pipedrive company domain', false, 'acme (for acme.pipedrive.com)'), field('token', 'Pipedrive API token', true)],
    twenty: [field('baseUrl', 'Twenty base URL', false, 'https://api.twenty.com'), field('apiKey', 'Twenty API key', true)],
    webhook: [field('url', 'Webhook URL', false, 'https://hooks.zapier.com/…'), field('secret', 'Webhook signing secret', true)],
  };
}

function inputOf(target: CrmTarget, fields: readonly CrmField[]): CrmConnectionInput {
  const values = Object.fromEntries(fields.map((f) => [f.name, f.value.value]));
  return { target, ...values } as CrmConnectionInput;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Options → "CRM connections": one card per CRM. Connecting asks the browser for that CRM's host only
 * (none is granted at install), then hands the token to the background, which keeps it in its own
 * database; the page forgets it. Disconnect removes the token and the host permission.
 */
export const CrmConnectionsModel = createModel((deps: CrmConnectionsDeps) => {
  const fields = formFields();
  const connections = signal<CrmConnectionSummary[]>([]);
  const statuses = signal<Partial<Record<CrmTarget, CrmCard['status']>>>({});
  const busy = signal<CrmTarget | undefined>(undefined);

  const say = (target: CrmTarget, text: string, tone: CrmCard['status']['tone']) => {
    statuses.value = { ...statuses.value, [target]: { text, tone } };
  };

  async function reload(): Promise<void> {
    connections.value = await deps.request('crmConnections', {});
  }

  const cards = computed<CrmCard[]>(() =>
    CRM_TARGETS.map((target) => ({
      target,
      title: CRM_LABELS[target],
      fields: fields[target],
      connection: connections.value.find((connection) => connection.target === target),
      status: statuses.value[target] ?? { text: '', tone: 'neutral' },
      busy: busy.value === target,
    })),
  );

  return {
    cards: cards as ReadonlySignal<CrmCard[]>,
    async load(): Promise<void> {
      try {
        await reload();
      } catch (error) {
        say('webhook', `Could not read the CRM connections: ${messageOf(error)}`, 'error');
      }
    },
    async connect(target: CrmTarget): Promise<void> {
      const input = inputOf(target, fields[target]);
      const checked = checkConnection(input, deps.now());
      if (!checked.ok) {
        say(target, checked.message, 'error');
        return;
      }
      const host = new URL(checked.connection.endpoint).host;
      busy.value = target;
      try {
        // First await of the click: the browser shows its prompt only during the gesture.
        const granted = await deps.requestHostPermission(permissionPattern(checked.connection.endpoint));
        if (!granted) {
          say(target, `Not connected: LeadScout needs your permission to reach ${host}`, 'error');
          return;
        }
        const result = await deps.request('connectCrm', { input });
        if (!result.ok) {
          say(target, result.message, 'error');
          return;
        }
        for (const f of fields[target]) if (f.secret) f.value.value = '';
        await reload();
        say(target, `Connected to ${CRM_LABELS[target]} (${host})`, 'success');
      } catch (error) {
        say(target, `Could not connect: ${messageOf(error)}`, 'error');
      } finally {
        busy.value = undefined;
      }
    },
    async disconnect(target: CrmTarget): Promise<void> {
      busy.value = target;
      try {
        await deps.request('disconnectCrm', { target });
        await reload();
        say(target, `Disconnected from ${CRM_LABELS[target]}: its token is deleted`, 'neutral');
      } catch (error) {
        say(target, `Could not disconnect: ${messageOf(error)}`, 'error');
      } finally {
        busy.value = undefined;
      }
    },
  };
});

export type CrmConnectionsModel = InstanceType<typeof CrmConnectionsModel>;
