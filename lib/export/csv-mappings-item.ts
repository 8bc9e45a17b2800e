import { storage } from '#imports';
import type { CsvMapping } from './csv-mapping';

/**
 * The user's own CSV presets, kept apart from the settings so that editing an export never touches
 * the qualification settings (whose changes re-grade every lead). Versioned like the settings.
 */
export const csvMappingsItem = storage.defineItem<CsvMapping[]>('local:csvMappings', {
  fallback: [],
  version: 1,
});
