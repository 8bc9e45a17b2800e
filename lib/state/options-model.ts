import { batch, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { ActivityType, ChannelDirection } from '@/lib/leads/types';
import { DEFAULT_RULES, type QualificationRules } from '@/lib/scoring';
import { DEFAULT_ENGAGEMENT_POINTS, DEFAULT_HANDOFF_SCORE, type EngagementPoints } from '@/lib/scoring/engagement';
import type { EventMap } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings/settings';
import { channelDraft, channelFromDraft, channelProblems, newChannelDraft, type ChannelDraft } from './channel-drafts';
import { listCountries } from './countries';
import { createIcpEditor } from './icp-editor';
import type { RequestFn, SettingsStore } from './ports';

export interface OptionsDeps {
  settings: SettingsStore;
  /** Asks the background for the ICP editor's preview. */
  request: RequestFn;
  /** Calls `listener` as the background re-grades stored leads; returns how to stop. */
  onRegradeProgress(listener: (progress: RegradeProgress) => void): () => void;
  previewDelayMs?: number;
}

export type RegradeProgress = EventMap['regradeProgress'];

/** Warm needs at least this many confirmed criteria, and at most all four. */
export const MIN_CONFIRMED_CHOICES = [1, 2, 3, 4] as const;

export type OptionsSaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'failed'; message: string };

/** The settings this page edits; anything else is kept as stored. */
type EditedSettings = Pick<
  Settings,
  'rules' | 'channels' | 'defaultCountry' | 'icpProfiles' | 'defaultIcpProfileId' | 'engagementPoints' | 'handoffScore'
>;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A comparable fingerprint with a fixed key order, so a round trip through storage compares equal. */
function fingerprint(settings: EditedSettings): string {
  return JSON.stringify([
    settings.rules.minConfirmedForMql,
    settings.rules.requireNeedAndAuthority,
    settings.channels.map((c) => [
      c.id,
      c.name,
      c.direction,
      c.monthlyBudget,
      c.currency,
      c.sites,
      c.utmSources,
      c.utmCampaigns,
      c.referrers,
    ]),
    settings.defaultCountry,
    settings.icpProfiles,
    settings.defaultIcpProfileId,
    Object.entries(settings.engagementPoints).sort(([a], [b]) => a.localeCompare(b)),
    settings.handoffScore,
  ]);
}

/** What stops the engagement points from being saved. */
export function engagementProblems(points: EngagementPoints, handoffScore: number): string[] {
  const wholeNumbers = [...Object.values(points), handoffScore].every((value) => Number.isInteger(value) && value >= 0);
  return wholeNumbers ? [] : ['Engagement points and the hand-off score are whole numbers, 0 or more.'];
}

/**
 * The options page: qualification rules, channels, the phone country, the ICP profiles and the
 * engagement points, saved together. Saving a changed ICP makes the background re-grade every stored
 * lead; its progress shows here.
 */
export const OptionsModel = createModel((deps: OptionsDeps) => {
  /** As last read from or written to storage; null until loaded. */
  const stored = signal<Settings | null>(null);
  const rules = signal<QualificationRules>({ ...DEFAULT_RULES });
  const channels = signal<ChannelDraft[]>([]);
  const defaultCountry = signal('');
  const saveState = signal<OptionsSaveState>({ phase: 'idle' });
  const icp = createIcpEditor(deps);
  const engagementPoints = signal<EngagementPoints>({ ...DEFAULT_ENGAGEMENT_POINTS });
  const handoffScore = signal(DEFAULT_HANDOFF_SCORE);
  const regrade = signal<RegradeProgress | null>(null);
  effect(() => deps.onRegradeProgress((progress) => (regrade.value = progress)));

  const edited = computed<EditedSettings>(() => ({
    rules: rules.value,
    channels: channels.value.map(channelFromDraft),
    defaultCountry: defaultCountry.value,
    icpProfiles: icp.profiles.value.map((profile) => ({ ...profile, name: profile.name.trim() })),
    defaultIcpProfileId: icp.defaultProfileId.value,
    engagementPoints: engagementPoints.value,
    handoffScore: handoffScore.value,
  }));
  const isLoading = computed(() => stored.value === null);
  const isDirty = computed(() => stored.value !== null && fingerprint(stored.value) !== fingerprint(edited.value));
  const problems = computed(() => [
    ...channelProblems(channels.value),
    ...icp.problems.value,
    ...engagementProblems(engagementPoints.value, handoffScore.value),
  ]);
  const canSave = computed(() => isDirty.value && problems.value.length === 0 && saveState.value.phase !== 'saving');
  const statusText = computed(() => {
    const state = saveState.value;
    if (state.phase === 'saving') return 'Saving…';
    if (state.phase === 'failed') return state.message;
    if (isDirty.value) return 'Unsaved changes';
    return state.phase === 'saved' ? 'Saved' : '';
  });
  const regradeText = computed(() => {
    const progress = regrade.value;
    if (!progress) return '';
    if (progress.done >= progress.total) return `All ${progress.total} stored leads follow the saved settings.`;
    return `Updating stored leads to the saved settings: ${progress.done} of ${progress.total}…`;
  });
  const countries = computed(listCountries);

  function show(settings: Settings): void {
    batch(() => {
      stored.value = settings;
      rules.value = { ...settings.rules };
      channels.value = settings.channels.map(channelDraft);
      defaultCountry.value = settings.defaultCountry;
      icp.show(settings.icpProfiles, settings.defaultIcpProfileId);
      engagementPoints.value = { ...settings.engagementPoints };
      handoffScore.value = settings.handoffScore;
    });
  }

  function updateChannel(id: string, change: Partial<ChannelDraft>): void {
    channels.value = channels.value.map((c) => (c.id === id ? { ...c, ...change } : c));
  }

  return {
    isLoading,
    rules: rules as ReadonlySignal<QualificationRules>,
    channels: channels as ReadonlySignal<ChannelDraft[]>,
    defaultCountry: defaultCountry as ReadonlySignal<string>,
    countries,
    icp,
    engagementPoints: engagementPoints as ReadonlySignal<EngagementPoints>,
    handoffScore: handoffScore as ReadonlySignal<number>,
    regrade: regrade as ReadonlySignal<RegradeProgress | null>,
    regradeText,
    problems,
    isDirty,
    canSave,
    saveState: saveState as ReadonlySignal<OptionsSaveState>,
    statusText,

    async load(): Promise<void> {
      show(await deps.settings.getValue());
    },
    setMinConfirmed(count: number): void {
      rules.value = { ...rules.value, minConfirmedForMql: count };
    },
    setRequireNeedAndAuthority(required: boolean): void {
      rules.value = { ...rules.value, requireNeedAndAuthority: required };
    },
    renameChannel(id: string, name: string): void {
      updateChannel(id, { name });
    },
    setChannelDirection(id: string, direction: ChannelDirection): void {
      updateChannel(id, { direction });
    },
    /** The budget, its currency or a detection rule, as typed. */
    editChannel(id: string, field: Exclude<keyof ChannelDraft, 'id' | 'direction'>, value: string): void {
      updateChannel(id, { [field]: value });
    },
    addChannel(): void {
      channels.value = [...channels.value, newChannelDraft(`channel-${crypto.randomUUID()}`)];
    },
    /** The last channel stays: every lead must be tagged with one. */
    removeChannel(id: string): void {
      if (channels.value.length <= 1) return;
      channels.value = channels.value.filter((c) => c.id !== id);
    },
    setDefaultCountry(code: string): void {
      defaultCountry.value = code;
    },
    setEngagementPoints(type: ActivityType, points: number): void {
      engagementPoints.value = { ...engagementPoints.value, [type]: points };
    },
    setHandoffScore(score: number): void {
      handoffScore.value = score;
    },
    async save(): Promise<void> {
      if (!canSave.value) return;
      saveState.value = { phase: 'saving' };
      try {
        // Re-read so that settings this page does not edit, changed elsewhere meanwhile, are kept.
        const next: Settings = { ...(await deps.settings.getValue()), ...edited.value };
        await deps.settings.setValue(next);
        batch(() => {
          show(next);
          saveState.value = { phase: 'saved' };
        });
      } catch (error) {
        saveState.value = { phase: 'failed', message: `Could not save: ${messageOf(error)}` };
      }
    },
  };
});

export type OptionsModel = InstanceType<typeof OptionsModel>;
