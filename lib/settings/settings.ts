import { storage } from '#imports';
import { DEFAULT_ICP_PROFILE, type IcpProfile } from '@/lib/scoring/icp';
import { DEFAULT_RULES, type QualificationRules } from '@/lib/scoring/temperature';
import { DEFAULT_CHANNELS, type ChannelDefinition } from './channels';

/** Settings schema v1. Keep every past version's type when a new one is added. */
export interface SettingsV1 {
  /** When a lead counts as warm. */
  rules: QualificationRules;
  /** The ideal customer profile leads are graded against. */
  icpProfile: IcpProfile;
  channels: ChannelDefinition[];
  /** ISO 3166 country used for phone numbers written without a country code. @default 'UA' */
  defaultCountry: string;
}
export type Settings = SettingsV1;

export const DEFAULT_SETTINGS: Settings = {
  rules: { ...DEFAULT_RULES },
  icpProfile: DEFAULT_ICP_PROFILE,
  channels: DEFAULT_CHANNELS,
  defaultCountry: 'UA',
};

/**
 * Everything the options page edits. Stored in `storage.local` (no secrets here: CRM tokens never go
 * to storage a content script could read). Versioned: add `migrations` with each new version.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
