import { storage } from '#imports';
import { DEFAULT_ENGAGEMENT_POINTS, DEFAULT_HANDOFF_SCORE, type EngagementPoints } from '@/lib/scoring/engagement';
import { DEFAULT_ICP_PROFILE, type IcpProfile } from '@/lib/scoring/icp';
import { findIcpProfile } from '@/lib/scoring/icp-profiles';
import { DEFAULT_RULES, type QualificationRules } from '@/lib/scoring/temperature';
import { DEFAULT_CHANNELS, upgradeChannelV1, type ChannelDefinition, type ChannelDefinitionV1 } from './channels';

/** Settings schema v1. Keep every past version's type when a new one is added. */
export interface SettingsV1 {
  /** When a lead counts as warm. */
  rules: QualificationRules;
  /** The ideal customer profile leads are graded against. */
  icpProfile: IcpProfile;
  channels: ChannelDefinitionV1[];
  /** ISO 3166 country used for phone numbers written without a country code. @default 'UA' */
  defaultCountry: string;
}

/** Settings schema v2: several ICP profiles (personas), engagement points and the hand-off threshold. */
export interface SettingsV2 extends Omit<SettingsV1, 'icpProfile'> {
  /** The personas leads can be graded against; never empty. */
  icpProfiles: IcpProfile[];
  /** The profile every stored lead is graded against. */
  defaultIcpProfileId: string;
  /** Points per logged activity. */
  engagementPoints: EngagementPoints;
  /** A lead is handed to sales at or above this engagement score. */
  handoffScore: number;
}

/** Settings schema v3: channels carry a monthly budget and utm / referrer rules besides their sites. */
export interface SettingsV3 extends Omit<SettingsV2, 'channels'> {
  channels: ChannelDefinition[];
}
export type Settings = SettingsV3;

export const DEFAULT_SETTINGS: Settings = {
  rules: { ...DEFAULT_RULES },
  icpProfiles: [DEFAULT_ICP_PROFILE],
  defaultIcpProfileId: DEFAULT_ICP_PROFILE.id,
  engagementPoints: { ...DEFAULT_ENGAGEMENT_POINTS },
  handoffScore: DEFAULT_HANDOFF_SCORE,
  channels: DEFAULT_CHANNELS,
  defaultCountry: 'UA',
};

/** v1 → v2: the one profile becomes the default of a list; engagement starts from the defaults. */
export function migrateSettingsV1ToV2({ icpProfile, ...rest }: SettingsV1): SettingsV2 {
  return {
    ...rest,
    icpProfiles: [icpProfile],
    defaultIcpProfileId: icpProfile.id,
    engagementPoints: { ...DEFAULT_ENGAGEMENT_POINTS },
    handoffScore: DEFAULT_HANDOFF_SCORE,
  };
}

/** v2 → v3: every channel gets a budget (none yet) and the rules the built-in ones now ship with. */
export function migrateSettingsV2ToV3({ channels, ...rest }: SettingsV2): SettingsV3 {
  return { ...rest, channels: channels.map(upgradeChannelV1) };
}

/** The profile stored leads are graded against. */
export function defaultIcpProfile(settings: Pick<Settings, 'icpProfiles' | 'defaultIcpProfileId'>): IcpProfile {
  return findIcpProfile(settings.icpProfiles, settings.defaultIcpProfileId);
}

/**
 * Everything the options page edits. Stored in `storage.local` (no secrets here: CRM tokens never go
 * to storage a content script could read). Versioned: each version has its migration and a test.
 */
export const SETTINGS_VERSION = 3;
/** Version N's migration takes a value of version N - 1 (also used to restore an older backup). */
export const SETTINGS_MIGRATIONS = {
  2: migrateSettingsV1ToV2,
  3: migrateSettingsV2ToV3,
} as const satisfies Record<number, (value: never) => unknown>;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Settings written by version `version` of the extension (a backup's), brought up to today's shape. */
export function upgradeSettings(value: unknown, version: number): Settings {
  let upgraded = value;
  for (let next = version + 1; next <= SETTINGS_VERSION; next++) {
    upgraded = (SETTINGS_MIGRATIONS as Record<number, (value: unknown) => unknown>)[next](upgraded);
  }
  return upgraded as Settings;
}
