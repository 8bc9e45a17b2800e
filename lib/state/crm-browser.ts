import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging/messenger';
import type { CrmConnectionsDeps } from './crm-connections-model';

/** The CRM connections' real dependencies: the background and the browser's permission prompt. */
export function createBrowserCrmDeps(): CrmConnectionsDeps {
  return {
    request,
    requestHostPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
    now: () => new Date(),
  };
}
