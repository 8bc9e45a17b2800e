import { onEvent, request } from '@/lib/messaging/messenger';
import { settingsItem } from '@/lib/settings/settings';
import type { ImportDeps } from './import-model';

/** The CSV import's real dependencies: the background's bulk import, its progress, the channels. */
export function createBrowserImportDeps(): ImportDeps {
  return {
    request,
    onImportProgress: (listener) => onEvent('importProgress', listener),
    async loadSettings() {
      const { channels, defaultCountry } = await settingsItem.getValue();
      return { channels, defaultCountry };
    },
  };
}
