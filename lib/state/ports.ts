import type { request } from '@/lib/messaging/messenger';
import type { Settings } from '@/lib/settings/settings';

/**
 * How a model talks to the background. The pages pass the real `request`; tests pass a fake
 * with the same signature, so models never reach for `browser.*` to ask for data.
 */
export type RequestFn = typeof request;

/** The part of `settingsItem` the models use; `settingsItem` itself satisfies it. */
export interface SettingsStore {
  getValue(): Promise<Settings>;
  setValue(value: Settings): Promise<void>;
}
