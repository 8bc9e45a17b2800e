import { onEvent, request } from '@/lib/messaging/messenger';
import { settingsItem } from '@/lib/settings/settings';
import type { OptionsDeps } from './options-model';

/** The options page's real dependencies: stored settings, the background and its re-grade progress. */
export function createBrowserOptionsDeps(): OptionsDeps {
  return {
    settings: settingsItem,
    request,
    onRegradeProgress: (listener) => onEvent('regradeProgress', listener),
  };
}
