import { batch, computed, createModel, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import { emptyDraft, type ProspectDraft, type ProspectPerson } from '@/lib/extract/types';
import {
  BANT_CRITERIA,
  unknownBant,
  type BantCriterion,
  type BantStatus,
  type EditedField,
  type Lead,
  type LeadBant,
  type LeadInput,
  type Stage,
  type Temperature,
} from '@/lib/leads/types';
import type { CaptureResult, DuplicateSummary, SaveResult } from '@/lib/messaging/protocol';
import { explainTemperature, gradeProspect, suggestedStage, type Bant } from '@/lib/scoring';
import { channelTag, detectChannel, type DetectedBy } from '@/lib/settings/channels';
import { DEFAULT_SETTINGS, defaultIcpProfile, type Settings } from '@/lib/settings/settings';
import { DETECTED_BY_HINTS, formatDate, STAGE_LABELS } from './labels';
import { prospectChoices } from './prospect-choices';
import type { RequestFn, SettingsStore } from './ports';
import { createQualificationForm, MISSING_REMINDER_MESSAGE, type EngagementRules } from './qualification-form';

/** The tab the popup captures. `url` is known when the extension may read it (activeTab). */
export interface TargetTab {
  id: number;
  url?: string;
}

export interface PopupDeps {
  request: RequestFn;
  settings: Pick<SettingsStore, 'getValue'>;
  /** The `?tabId=N` tab when the popup is opened as a page, else the active tab of the window. */
  findTargetTab(): Promise<TargetTab | undefined>;
  openDashboard(): void;
}

/** Set once the fields show the capture: the benchmark measures the popup's speed by it. */
export const POPUP_READY_MARK = 'leadscout:popup-ready';
export const NO_PROSPECT_MESSAGE = 'No prospect found on this page';
export const EMPTY_SELECTION_MESSAGE =
  'The selected text holds no name, e-mail or phone LeadScout could read: select the whole signature and try again.';
const NO_TAB_MESSAGE = 'There is no open page to capture.';
const MISSING_IDENTITY_MESSAGE = 'Add a name, company, email or phone before saving.';
/** How often a save is sent when the background stops before answering (it restarts on the next message). */
export const SAVE_ATTEMPTS = 3;
export const SAVE_INTERRUPTED_MESSAGE =
  'LeadScout’s background stopped before it could answer. Your lead is still here — press Save lead again.';
export const SUPPRESSED_TITLE = 'Deleted on request';
export const SUPPRESSED_HINT =
  'This person asked to be deleted and is not captured again. Saving is refused for them.';

export type CaptureState =
  | { phase: 'capturing' }
  | { phase: 'captured' }
  | { phase: 'no-prospect' }
  | { phase: 'failed'; message: string };

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'saved'; outcome: 'created' | 'merged' }
  | { phase: 'failed'; message: string };

/** Why the fields are empty, when they are: shown above the form. */
export interface CaptureNotice {
  tone: 'info' | 'warning';
  title: string;
  hint: string;
}

/** The stored lead this capture would merge into, as the banner shows it. */
export interface ExistingLeadSummary {
  stage: string;
  temperature: Temperature;
  lastCaptured: string;
  channel: string;
  /** How many times the person was captured or saved (touches). */
  captures: number;
}

/** What the rep decided about one possible duplicate. */
export type DuplicateDecision = 'merge' | 'separate';

/** A possible duplicate as the popup shows it. */
export interface PossibleDuplicateView {
  id: string;
  name: string;
  company: string;
  stage: string;
  lastCaptured: string;
  merging: boolean;
}

/** The form fields a page fills, with the lead field each one sets (what `edited` reports). */
const CAPTURED_FIELDS = {
  fullName: 'person.fullName',
  title: 'person.title',
  company: 'company.name',
  email: 'person.emails',
  phone: 'person.phones',
} as const satisfies Partial<Record<LeadField, EditedField>>;

export interface SaveAnnouncement {
  tone: 'progress' | 'success' | 'error';
  text: string;
}

/** The free-text fields of the form, as the rep edits them. `campaign` and `code` go into the channel tag. */
export type LeadField = 'fullName' | 'title' | 'company' | 'email' | 'phone' | 'notes' | 'campaign' | 'code';
const LEAD_FIELDS: readonly LeadField[] = ['fullName', 'title', 'company', 'email', 'phone', 'notes', 'campaign', 'code'];

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The rep's value first, then the other captured values (the rep's edit replaces the first one). */
function withPrimary(edited: string, captured: readonly string[]): string[] {
  const primary = edited.trim();
  const others = captured.slice(1).filter((value) => value !== primary);
  return primary ? [primary, ...others] : others;
}

/** Drops empty optional fields so that a merge never mistakes "" for a value. */
function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

function bantStatuses(bant: LeadBant): Bant {
  return Object.fromEntries(BANT_CRITERIA.map((criterion) => [criterion, bant[criterion].status])) as Bant;
}

/**
 * The popup: capture the page, let the rep edit and qualify the prospect, save it. Temperature,
 * grade and suggested stage are computed from what is on screen, never stored here.
 */
export const PopupModel = createModel((deps: PopupDeps) => {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const capture = signal<CaptureState>({ phase: 'capturing' });
  /** What the page yielded; person and company details the form does not show travel with the save. */
  const draft = signal<ProspectDraft>(emptyDraft(''));
  /** The page the lead comes from, also when capture failed and the rep types it by hand. */
  const pageUrl = signal('');
  const fields = Object.fromEntries(LEAD_FIELDS.map((field) => [field, signal('')])) as Record<LeadField, Signal<string>>;
  const channelId = signal('');
  /** How the channel was chosen: by a rule on this capture, or by the rep (null). */
  const channelDetectedBy = signal<DetectedBy | null>(null);
  const bant = signal<LeadBant>(unknownBant());
  const stage = signal<Stage>('contact-us');
  const existingLead = signal<Lead | null>(null);
  /** Stored leads this capture may be, and what the rep decided about each ("Possible duplicate"). */
  const duplicates = signal<DuplicateSummary[]>([]);
  const decisions = signal<ReadonlyMap<string, DuplicateDecision>>(new Map());
  /** Set once the rep chooses a stage: the save then says so, and the rep's stage wins over the stored one. */
  const stageChosen = signal(false);
  /** The person on screen was deleted on request: the popup says so and the background refuses the save. */
  const suppressed = signal(false);
  const saveState = signal<SaveState>({ phase: 'idle' });
  /** The people a list or team page shows, and which of them the rep picked into the form. */
  const listed = signal<ProspectDraft[]>([]);
  const pickedIndex = signal<number | undefined>(undefined);
  const choices = computed(() => prospectChoices(listed.value));
  const engagementRules = computed<EngagementRules>(() => ({
    points: settings.value.engagementPoints,
    handoffScore: settings.value.handoffScore,
  }));
  const qualificationForm = createQualificationForm({ bant, stage, engagementRules, now: () => new Date() });

  const channels = computed(() => settings.value.channels);
  const qualification = computed(() => explainTemperature(bantStatuses(bant.value), settings.value.rules));
  const temperature = computed(() => qualification.value.temperature);
  const stageSuggestion = computed(() => suggestedStage(temperature.value));
  const fit = computed(() =>
    gradeProspect(
      {
        person: {
          title: fields.title.value,
          headline: draft.value.person.headline,
          location: draft.value.person.location,
        },
        company: { ...draft.value.company, name: fields.company.value },
      },
      defaultIcpProfile(settings.value),
    ),
  );

  const leadInput = computed<LeadInput>(() => {
    const captured = draft.value;
    const fullName = fields.fullName.value.trim();
    const nameEdited = fullName !== (captured.person.fullName ?? '');
    const person: ProspectPerson = withoutEmpty({
      ...captured.person,
      fullName,
      // A first/last split read off the page no longer describes a name the rep rewrote.
      ...(nameEdited ? { firstName: undefined, lastName: undefined } : {}),
      title: fields.title.value.trim(),
      emails: withPrimary(fields.email.value, captured.person.emails),
      phones: withPrimary(fields.phone.value, captured.person.phones),
    });
    const channel = channels.value.find((c) => c.id === channelId.value);
    const tagDetails = { campaign: fields.campaign.value, code: fields.code.value };
    const edited = editedFields(captured);
    return {
      ...(edited.length ? { edited } : {}),
      person,
      company: withoutEmpty({ ...captured.company, name: fields.company.value.trim() }),
      source: { url: pageUrl.value, kind: captured.source.kind },
      ...(channel ? { channel: channelTag(channel, tagDetails) } : {}),
      ...qualificationForm.input.value,
      stage: stage.value,
      notes: fields.notes.value.trim(),
    };
  });

  /** The fields the rep changed from what the page gave, and the stage when the rep chose it. */
  function editedFields(captured: ProspectDraft): EditedField[] {
    const fromPage: Record<keyof typeof CAPTURED_FIELDS, string | undefined> = {
      fullName: captured.person.fullName,
      title: captured.person.title,
      company: captured.company.name,
      email: captured.person.emails[0],
      phone: captured.person.phones[0],
    };
    const changed = (Object.keys(CAPTURED_FIELDS) as (keyof typeof CAPTURED_FIELDS)[])
      .filter((field) => fields[field].value.trim() !== (fromPage[field] ?? '').trim())
      .map((field) => CAPTURED_FIELDS[field]);
    return stageChosen.value ? [...changed, 'stage'] : changed;
  }

  const possibleDuplicates = computed<PossibleDuplicateView[]>(() =>
    duplicates.value
      .filter((duplicate) => decisions.value.get(duplicate.id) !== 'separate')
      .map((duplicate) => ({
        id: duplicate.id,
        name: duplicate.name,
        company: duplicate.company,
        stage: STAGE_LABELS[duplicate.stage],
        lastCaptured: formatDate(duplicate.lastCapturedAt),
        merging: decisions.value.get(duplicate.id) === 'merge',
      })),
  );

  function decide(id: string, decision: DuplicateDecision): void {
    // One lead to merge into at most: choosing another puts the first one back to undecided.
    const next = new Map([...decisions.value].filter(([, chosen]) => decision !== 'merge' || chosen !== 'merge'));
    next.set(id, decision);
    decisions.value = next;
  }

  async function lookUpDuplicates(captured: ProspectDraft): Promise<void> {
    try {
      duplicates.value = await deps.request('findDuplicates', { person: captured.person, company: captured.company });
    } catch (error) {
      // A hint like the banner: a failed lookup must not get in the way of capturing.
      console.warn('LeadScout: could not look for possible duplicates', error);
    }
  }

  const notice = computed<CaptureNotice | null>(() => {
    if (suppressed.value) return { tone: 'warning', title: SUPPRESSED_TITLE, hint: SUPPRESSED_HINT };
    const state = capture.value;
    if (state.phase === 'failed') {
      return { tone: 'warning', title: state.message, hint: 'You can still type the lead by hand.' };
    }
    if (state.phase === 'no-prospect') {
      return {
        tone: 'info',
        title: NO_PROSPECT_MESSAGE,
        hint: 'Type the details by hand, or open a profile or company page.',
      };
    }
    return null;
  });

  const existingSummary = computed<ExistingLeadSummary | null>(() => {
    const lead = existingLead.value;
    if (!lead) return null;
    // The history holds every capture in order: the last one, and the last channel any capture had.
    const lastTagged = lead.history.findLast((touch) => touch.channel);
    return {
      stage: STAGE_LABELS[lead.stage],
      temperature: lead.temperature,
      lastCaptured: formatDate(lead.history.at(-1)?.at ?? lead.updatedAt),
      channel: lastTagged?.channel?.channel ?? lead.channels.at(-1)?.channel ?? '',
      captures: lead.history.length,
    };
  });

  const saveAnnouncement = computed<SaveAnnouncement | null>(() => {
    const state = saveState.value;
    switch (state.phase) {
      case 'idle':
        return null;
      case 'saving':
        return { tone: 'progress', text: 'Saving…' };
      case 'saved':
        return {
          tone: 'success',
          text: state.outcome === 'created' ? 'New lead saved' : 'Merged into the existing lead',
        };
      case 'failed':
        return { tone: 'error', text: state.message };
    }
  });

  /** Fills the fields from the page, keeping anything the rep typed while the capture ran. */
  function fillFrom(captured: ProspectDraft): void {
    const values: Partial<Record<LeadField, string>> = {
      fullName: captured.person.fullName,
      title: captured.person.title,
      company: captured.company.name,
      email: captured.person.emails[0],
      phone: captured.person.phones[0],
    };
    for (const [field, value] of Object.entries(values) as [LeadField, string | undefined][]) {
      if (value && fields[field].value === '') fields[field].value = value;
    }
  }

  function applyCapture(result: CaptureResult, tab: TargetTab | undefined, loaded: Settings): void {
    batch(() => {
      settings.value = loaded;
      pageUrl.value = tab?.url ?? '';
      listed.value = result.ok ? result.list : [];
      if (!result.ok) {
        capture.value = { phase: 'failed', message: result.message };
      } else if (result.draft.source.kind === 'none') {
        draft.value = result.draft;
        pageUrl.value = result.draft.source.url || pageUrl.value;
        capture.value = { phase: 'no-prospect' };
      } else {
        draft.value = result.draft;
        pageUrl.value = result.draft.source.url || pageUrl.value;
        fillFrom(result.draft);
        capture.value = { phase: 'captured' };
      }
      const detection = detectChannel({ url: pageUrl.value, referrer: result.ok ? result.referrer : undefined }, loaded.channels);
      channelId.value = detection.channel?.id ?? '';
      channelDetectedBy.value = detection.channel ? detection.detectedBy : null;
      if (detection.campaign && fields.campaign.value === '') fields.campaign.value = detection.campaign;
    });
  }

  async function captureTab(tab: TargetTab | undefined): Promise<CaptureResult> {
    if (!tab) return { ok: false, reason: 'tab-gone', message: NO_TAB_MESSAGE };
    const selection = await takeSelectionDraft(tab.id);
    if (selection?.source.kind === 'none') return { ok: false, reason: 'failed', message: EMPTY_SELECTION_MESSAGE };
    if (selection) return { ok: true, draft: selection, list: [], title: '', referrer: '' };
    try {
      return await deps.request('captureTab', { tabId: tab.id });
    } catch (error) {
      return { ok: false, reason: 'failed', message: `Could not read this page: ${messageOf(error)}` };
    }
  }

  /** What "Capture selection as lead" read on the tab, which the popup shows instead of capturing the page. */
  async function takeSelectionDraft(tabId: number): Promise<ProspectDraft | null> {
    try {
      return await deps.request('takeSelectionDraft', { tabId });
    } catch {
      // Without the selection the popup still captures the page, as it does when there is none.
      return null;
    }
  }

  /** Set once the rep touches BANT or the stage: from then on their answers are not replaced. */
  let qualificationEdited = false;

  async function checkSuppressed({ person, company }: Pick<ProspectDraft, 'person' | 'company'>): Promise<void> {
    try {
      suppressed.value = await deps.request('isSuppressed', { person, company });
    } catch (error) {
      // The background checks again when the rep saves: a failed check only loses the early warning.
      console.warn('LeadScout: could not check the suppression list', error);
    }
  }

  /**
   * Send the save, again when the background stopped before answering: a stopped service worker
   * closes the message port, and the next message starts it again. A save is a merge, so a second
   * delivery of one that did land keeps one record.
   */
  async function sendSave(lead: LeadInput): Promise<SaveResult> {
    const chosen = [...decisions.value].filter(([id]) => duplicates.value.some((duplicate) => duplicate.id === id));
    const mergeInto = chosen.find(([, decision]) => decision === 'merge')?.[0];
    const keepSeparateFrom = chosen.filter(([, decision]) => decision === 'separate').map(([id]) => id);
    const choice = { ...(mergeInto ? { mergeInto } : {}), ...(keepSeparateFrom.length ? { keepSeparateFrom } : {}) };
    for (let attempt = 1; ; attempt++) {
      try {
        return await deps.request('saveLead', { lead, ...choice });
      } catch (error) {
        if (attempt >= SAVE_ATTEMPTS) throw error;
      }
    }
  }

  async function lookUpExistingLead(captured: ProspectDraft): Promise<void> {
    void checkSuppressed(captured);
    try {
      const stored = await deps.request('findLead', { person: captured.person, company: captured.company });
      batch(() => {
        existingLead.value = stored;
        // A save sets the stored stage, so the form starts from the stored qualification:
        // re-capturing a lead in Negotiation must not send it back to Contact us.
        if (stored && !qualificationEdited) {
          bant.value = stored.bant;
          stage.value = stored.stage;
        }
        if (stored) qualificationForm.showStored(stored, !qualificationEdited);
      });
    } catch (error) {
      // The banner is a hint: a failed lookup must not get in the way of capturing.
      console.warn('LeadScout: could not look up the stored lead', error);
    }
  }

  async function openAndCapture(): Promise<void> {
    const tabPromise = deps.findTargetTab().catch(() => undefined);
    const [loaded, tab, result] = await Promise.all([
      // Unreadable settings must not keep the rep from capturing: score with the defaults.
      deps.settings.getValue().catch(() => DEFAULT_SETTINGS),
      tabPromise,
      tabPromise.then(captureTab),
    ]);
    applyCapture(result, tab, loaded);
    performance.mark(POPUP_READY_MARK);
    if (capture.value.phase === 'captured') await Promise.all([lookUpExistingLead(draft.value), lookUpDuplicates(draft.value)]);
  }

  let opening: Promise<void> | undefined;

  return {
    capture: capture as ReadonlySignal<CaptureState>,
    notice,
    fields: fields as Record<LeadField, ReadonlySignal<string>>,
    channels,
    channelId: channelId as ReadonlySignal<string>,
    /** Why the channel is preselected, under the select; empty once the rep picks one. */
    channelHint: computed(() => (channelDetectedBy.value ? DETECTED_BY_HINTS[channelDetectedBy.value] : '')),
    bant: bant as ReadonlySignal<LeadBant>,
    stage: stage as ReadonlySignal<Stage>,
    existingSummary,
    possibleDuplicates,
    qualification,
    temperature,
    stageSuggestion,
    fit,
    qualificationForm,
    leadInput,
    saveState: saveState as ReadonlySignal<SaveState>,
    saveAnnouncement,

    /** Reads the settings and captures the target tab; calling it again returns the same run. */
    open(): Promise<void> {
      opening ??= openAndCapture();
      return opening;
    },
    editField(field: LeadField, value: string): void {
      fields[field].value = value;
    },
    selectChannel(id: string): void {
      batch(() => {
        channelId.value = id;
        channelDetectedBy.value = null;
      });
    },
    setBantStatus(criterion: BantCriterion, status: BantStatus): void {
      qualificationEdited = true;
      bant.value = { ...bant.value, [criterion]: { ...bant.value[criterion], status } };
      qualificationForm.statusChosen(criterion, status);
    },
    selectStage(next: Stage): void {
      qualificationEdited = true;
      batch(() => {
        stage.value = next;
        stageChosen.value = true;
      });
    },
    applySuggestedStage(): void {
      qualificationEdited = true;
      batch(() => {
        stage.value = stageSuggestion.value;
        stageChosen.value = true;
      });
    },
    /** Saving will merge this capture into possible duplicate `id`. */
    mergeWithDuplicate(id: string): void {
      decide(id, 'merge');
    },
    /** Possible duplicate `id` is someone else: hidden now, and never offered again once saved. */
    keepSeparate(id: string): void {
      decide(id, 'separate');
    },
    async save(): Promise<void> {
      if (saveState.value.phase === 'saving') return;
      const lead = leadInput.value;
      const { fullName, emails, phones, linkedinUrl } = lead.person;
      // A company alone is a lead too: a contact page with only `sales@…`, a LinkedIn company page.
      if (!fullName && emails.length === 0 && phones.length === 0 && !linkedinUrl && !lead.company.name && !lead.company.linkedinUrl) {
        saveState.value = { phase: 'failed', message: MISSING_IDENTITY_MESSAGE };
        return;
      }
      if (qualificationForm.reminderMissing.value) {
        saveState.value = { phase: 'failed', message: MISSING_REMINDER_MESSAGE };
        return;
      }
      saveState.value = { phase: 'saving' };
      try {
        const result = await sendSave(lead);
        if (result.ok) {
          batch(() => {
            existingLead.value = result.lead;
            saveState.value = { phase: 'saved', outcome: result.outcome };
            // Decided and recorded by the save: nothing is left to offer for this person.
            duplicates.value = [];
            decisions.value = new Map();
          });
        } else {
          batch(() => {
            if (result.reason === 'suppressed') suppressed.value = true;
            saveState.value = { phase: 'failed', message: result.message };
          });
        }
      } catch (error) {
        console.warn('LeadScout: the save got no answer', error);
        saveState.value = { phase: 'failed', message: SAVE_INTERRUPTED_MESSAGE };
      }
    },
    choices,
    pickedIndex: pickedIndex as ReadonlySignal<number | undefined>,
    /** The rep picked one of the listed people: the form shows them instead, replacing what it showed. */
    async pickProspect(index: number): Promise<void> {
      const picked = listed.value[index];
      if (!picked) return;
      batch(() => {
        pickedIndex.value = index;
        draft.value = picked;
        for (const field of ['fullName', 'title', 'company', 'email', 'phone'] as const) fields[field].value = '';
        fillFrom(picked);
        existingLead.value = null;
        suppressed.value = false;
        duplicates.value = [];
        decisions.value = new Map();
        capture.value = { phase: 'captured' };
      });
      await Promise.all([lookUpExistingLead(picked), lookUpDuplicates(picked)]);
    },
    openDashboard(): void {
      deps.openDashboard();
    },
  };
});

export type PopupModel = InstanceType<typeof PopupModel>;
