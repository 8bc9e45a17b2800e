import { storage } from '#imports';

/**
 * Storage limitation (GDPR Art. 5(1)(e), CRM.md §5.7): leads nobody touched for `months` months
 * are deleted. Off (`null`) by default. Kept apart from `settings` so that turning it on never
 * re-grades the leads.
 */
export interface RetentionSettings {
  months: number | null;
}

export const DEFAULT_RETENTION: RetentionSettings = { months: null };

/** The choices the dashboard offers; any positive whole number of months is valid. */
export const RETENTION_CHOICES = [6, 12, 18, 24, 36] as const;

export const retentionItem = storage.defineItem<RetentionSettings>('local:retention', {
  fallback: DEFAULT_RETENTION,
  version: 1,
});
