import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { GradeCounts } from '@/lib/db/grade-preview';
import type { IcpCriterion, IcpExclusion, IcpField, IcpProfile } from '@/lib/scoring/icp';
import {
  duplicateIcpProfile,
  findIcpProfile,
  icpProfileProblems,
  newIcpCriterion,
  newIcpExclusion,
  newIcpProfile,
} from '@/lib/scoring/icp-profiles';
import type { RequestFn } from './ports';

export const ICP_FIELD_LABELS: Record<IcpField, string> = {
  title: 'Job title / seniority',
  department: 'Department',
  industry: 'Industry',
  size: 'Company size',
  location: 'Region / country',
  keywords: 'Technologies / keywords',
};

/** Long enough that typing a keyword asks the background once, short enough to feel live. */
export const PREVIEW_DELAY_MS = 300;

export type GradePreviewState =
  | { phase: 'waiting' }
  | { phase: 'ready'; counts: GradeCounts; total: number }
  | { phase: 'failed'; message: string };

export interface IcpEditorDeps {
  request: RequestFn;
  previewDelayMs?: number;
}

function newId(prefix: string): () => string {
  return () => `${prefix}-${crypto.randomUUID()}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The ICP part of the options page: the profiles, which one grades the leads, the one being edited,
 * and a live preview of how the stored leads would fall in A–D under it. Part of `OptionsModel`,
 * which saves it with the other settings.
 */
export function createIcpEditor(deps: IcpEditorDeps) {
  const { previewDelayMs = PREVIEW_DELAY_MS } = deps;
  const profiles = signal<IcpProfile[]>([]);
  const defaultProfileId = signal('');
  const selectedId = signal('');
  const preview = signal<GradePreviewState>({ phase: 'waiting' });

  const selected = computed(() => findIcpProfile(profiles.value, selectedId.value));
  const problems = computed(() => profiles.value.flatMap(icpProfileProblems));

  // The preview follows the profile on screen: each edit restarts the delay, and an answer to an
  // older edit is dropped, so the counts always describe what the rep sees.
  let asked = 0;
  effect(() => {
    if (profiles.value.length === 0) return undefined;
    const profile = selected.value;
    const question = ++asked;
    const timer = setTimeout(() => {
      deps.request('gradeDistribution', { profile }).then(
        (counts) => {
          if (question !== asked) return;
          const total = counts.A + counts.B + counts.C + counts.D;
          preview.value = { phase: 'ready', counts, total };
        },
        (error: unknown) => {
          if (question === asked) preview.value = { phase: 'failed', message: `Preview unavailable: ${messageOf(error)}` };
        },
      );
    }, previewDelayMs);
    return () => clearTimeout(timer);
  });

  function updateSelected(change: (profile: IcpProfile) => IcpProfile): void {
    const id = selected.value.id;
    profiles.value = profiles.value.map((profile) => (profile.id === id ? change(profile) : profile));
  }

  function updateCriteria(change: (criteria: IcpCriterion[]) => IcpCriterion[]): void {
    updateSelected((profile) => ({ ...profile, criteria: change(profile.criteria) }));
  }

  function updateExclusions(change: (exclusions: IcpExclusion[]) => IcpExclusion[]): void {
    updateSelected((profile) => ({ ...profile, exclusions: change(profile.exclusions) }));
  }

  function add(profile: IcpProfile): void {
    profiles.value = [...profiles.value, profile];
    selectedId.value = profile.id;
  }

  return {
    profiles: profiles as ReadonlySignal<IcpProfile[]>,
    defaultProfileId: defaultProfileId as ReadonlySignal<string>,
    selected,
    problems,
    preview: preview as ReadonlySignal<GradePreviewState>,

    show(stored: readonly IcpProfile[], defaultId: string): void {
      profiles.value = [...stored];
      defaultProfileId.value = defaultId;
      if (!stored.some((profile) => profile.id === selectedId.value)) selectedId.value = findIcpProfile(stored, defaultId).id;
    },
    select(id: string): void {
      selectedId.value = id;
    },
    setDefault(id: string): void {
      defaultProfileId.value = id;
    },
    addProfile(): void {
      add(newIcpProfile(`Profile ${profiles.value.length + 1}`, newId('icp')));
    },
    duplicateSelected(): void {
      add(duplicateIcpProfile(selected.value, newId('icp')));
    },
    /** The last profile stays: leads are always graded against one. The default moves to the first left. */
    removeSelected(): void {
      if (profiles.value.length <= 1) return;
      const id = selected.value.id;
      profiles.value = profiles.value.filter((profile) => profile.id !== id);
      selectedId.value = profiles.value[0]!.id;
      if (defaultProfileId.value === id) defaultProfileId.value = profiles.value[0]!.id;
    },
    rename(name: string): void {
      updateSelected((profile) => ({ ...profile, name }));
    },
    setCutoff(grade: keyof IcpProfile['cutoffs'], score: number): void {
      updateSelected((profile) => ({ ...profile, cutoffs: { ...profile.cutoffs, [grade]: score } }));
    },
    addCriterion(): void {
      updateCriteria((criteria) => [...criteria, newIcpCriterion(newId('criterion'))]);
    },
    updateCriterion(id: string, change: Partial<Omit<IcpCriterion, 'id'>>): void {
      updateCriteria((criteria) => criteria.map((criterion) => (criterion.id === id ? { ...criterion, ...change } : criterion)));
    },
    removeCriterion(id: string): void {
      updateCriteria((criteria) => criteria.filter((criterion) => criterion.id !== id));
    },
    addExclusion(): void {
      updateExclusions((exclusions) => [...exclusions, newIcpExclusion(newId('exclusion'))]);
    },
    updateExclusion(id: string, change: Partial<Omit<IcpExclusion, 'id'>>): void {
      updateExclusions((exclusions) => exclusions.map((exclusion) => (exclusion.id === id ? { ...exclusion, ...change } : exclusion)));
    },
    removeExclusion(id: string): void {
      updateExclusions((exclusions) => exclusions.filter((exclusion) => exclusion.id !== id));
    },
  };
}

export type IcpEditor = ReturnType<typeof createIcpEditor>;
