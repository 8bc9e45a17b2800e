import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import {
  BANT_CRITERIA,
  type Activity,
  type ActivityType,
  type BantCriterion,
  type BantStatus,
  type Lead,
  type LeadBant,
  type LeadInput,
  type Stage,
  type Stakeholder,
} from '@/lib/leads/types';
import { reminderDay, reminderDueAt } from '@/lib/reminders/due-date';
import { engagementScore, type EngagementPoints } from '@/lib/scoring/engagement';

/** The text details of a BANT answer the form edits; the budget amount is typed as text apart. */
export type BantDetailField = 'note' | 'currency' | 'role' | 'date' | 'timeframe';

export interface EngagementRules {
  points: EngagementPoints;
  handoffScore: number;
}

/** The engagement tile and breakdown: the score of the stored and the newly logged activities. */
export interface EngagementView {
  score: number;
  readyForSales: boolean;
  handoffScore: number;
  /** Points still missing to the hand-off threshold; 0 once ready. */
  toHandoff: number;
  breakdown: { type: ActivityType; count: number; points: number }[];
}

export const MISSING_REMINDER_MESSAGE = 'Add a reminder date: “Contact in the future” needs one.';

/**
 * "50 000", "50,000", "12500.50", "12 500,50" → a number; anything else → undefined. Reps type
 * amounts the way their locale writes them, so spaces group digits and a comma followed by one or two
 * digits is a decimal comma.
 */
export function parseAmount(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  let plain: string | undefined;
  if (/^\d+([.,]\d{1,2})?$/.test(compact)) plain = compact.replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(compact)) plain = compact.replaceAll(',', '');
  const amount = plain === undefined ? Number.NaN : Number(plain);
  return Number.isFinite(amount) && amount > 0 ? amount : undefined;
}

interface QualificationFormDeps {
  /** The BANT answers the popup model owns: it also sets them from a stored lead. */
  bant: Signal<LeadBant>;
  stage: ReadonlySignal<Stage>;
  engagementRules: ReadonlySignal<EngagementRules>;
  now: () => Date;
}

/**
 * The qualification the popup edits besides the four statuses: BANT details (open under a criterion
 * once it is answered, or on "Details"), stakeholders, logged activities with the running engagement
 * score, and the reminder "Contact in the future" needs.
 */
export function createQualificationForm({ bant, stage, engagementRules, now }: QualificationFormDeps) {
  const expanded = signal<ReadonlySet<BantCriterion>>(new Set());
  const budgetAmount = signal('');
  /** On the stored lead already: shown, counted, never sent again (the merge keeps them). */
  const savedStakeholders = signal<Stakeholder[]>([]);
  const savedActivities = signal<Activity[]>([]);
  /** Added in this popup: sent with the save, and removable until then. */
  const stakeholders = signal<Stakeholder[]>([]);
  const loggedActivities = signal<Activity[]>([]);
  const stakeholderName = signal('');
  const stakeholderRole = signal('');
  const reminderDate = signal('');
  const reminderNote = signal('');

  const detailsOpen = Object.fromEntries(
    BANT_CRITERIA.map((criterion) => [criterion, computed(() => expanded.value.has(criterion))]),
  ) as Record<BantCriterion, ReadonlySignal<boolean>>;

  const engagement = computed<EngagementView>(() => {
    const { points, handoffScore } = engagementRules.value;
    const result = engagementScore([...savedActivities.value, ...loggedActivities.value], points, handoffScore);
    return { ...result, handoffScore, toHandoff: Math.max(0, handoffScore - result.score) };
  });

  const reminderShown = computed(() => stage.value === 'contact-later');
  const reminderDue = computed(() => reminderDueAt(reminderDate.value));
  /** "Contact in the future" without a date: the save explains what is missing instead of saving. */
  const reminderMissing = computed(() => reminderShown.value && reminderDue.value === undefined);

  /** What the form adds to the lead the popup saves. */
  const input = computed<Pick<LeadInput, 'bant' | 'activities' | 'stakeholders' | 'reminder'>>(() => {
    const amount = parseAmount(budgetAmount.value);
    const { amount: _typed, ...budget } = bant.value.budget;
    const dueAt = reminderDue.value;
    return {
      bant: { ...bant.value, budget: amount === undefined ? budget : { ...budget, amount } },
      ...(loggedActivities.value.length > 0 ? { activities: loggedActivities.value } : {}),
      ...(stakeholders.value.length > 0 ? { stakeholders: stakeholders.value } : {}),
      ...(reminderShown.value && dueAt ? { reminder: { dueAt, note: reminderNote.value.trim() } } : {}),
    };
  });

  function setExpanded(criterion: BantCriterion, open: boolean): void {
    const next = new Set(expanded.value);
    if (open) next.add(criterion);
    else next.delete(criterion);
    expanded.value = next;
  }

  return {
    detailsOpen,
    budgetAmount: budgetAmount as ReadonlySignal<string>,
    savedStakeholders: savedStakeholders as ReadonlySignal<Stakeholder[]>,
    stakeholders: stakeholders as ReadonlySignal<Stakeholder[]>,
    stakeholderName: stakeholderName as ReadonlySignal<string>,
    stakeholderRole: stakeholderRole as ReadonlySignal<string>,
    loggedActivities: loggedActivities as ReadonlySignal<Activity[]>,
    engagement,
    reminderShown,
    reminderDate: reminderDate as ReadonlySignal<string>,
    reminderNote: reminderNote as ReadonlySignal<string>,
    reminderMissing,
    input,

    /** An answer other than Unknown opens its details: that is when there is something to note. */
    statusChosen(criterion: BantCriterion, status: BantStatus): void {
      if (status !== 'unknown') setExpanded(criterion, true);
    },
    toggleDetails(criterion: BantCriterion): void {
      setExpanded(criterion, !expanded.value.has(criterion));
    },
    editBantDetail(criterion: BantCriterion, field: BantDetailField, value: string): void {
      bant.value = { ...bant.value, [criterion]: { ...bant.value[criterion], [field]: value } };
    },
    editBudgetAmount(text: string): void {
      budgetAmount.value = text;
    },
    editStakeholderName(text: string): void {
      stakeholderName.value = text;
    },
    editStakeholderRole(text: string): void {
      stakeholderRole.value = text;
    },
    /** Adds the person typed in the stakeholder fields; nothing without a name. */
    addStakeholder(): void {
      const name = stakeholderName.value.trim();
      if (!name) return;
      const role = stakeholderRole.value.trim();
      batch(() => {
        stakeholders.value = [...stakeholders.value, role ? { name, role } : { name }];
        stakeholderName.value = '';
        stakeholderRole.value = '';
      });
    },
    removeStakeholder(index: number): void {
      stakeholders.value = stakeholders.value.filter((_, at) => at !== index);
    },
    logActivity(type: ActivityType): void {
      loggedActivities.value = [...loggedActivities.value, { type, at: now().toISOString() }];
    },
    /** Takes back an activity logged by mistake in this popup. */
    removeActivity(index: number): void {
      loggedActivities.value = loggedActivities.value.filter((_, at) => at !== index);
    },
    editReminderDate(day: string): void {
      reminderDate.value = day;
    },
    editReminderNote(text: string): void {
      reminderNote.value = text;
    },
    /** The stored lead's details, activities, stakeholders and reminder, shown as the rep left them. */
    showStored(lead: Lead, withAnswers: boolean): void {
      batch(() => {
        savedActivities.value = lead.activities ?? [];
        savedStakeholders.value = lead.stakeholders ?? [];
        if (!withAnswers) return;
        budgetAmount.value = lead.bant.budget.amount === undefined ? '' : String(lead.bant.budget.amount);
        expanded.value = new Set(BANT_CRITERIA.filter((criterion) => lead.bant[criterion].status !== 'unknown'));
        reminderDate.value = lead.reminder ? reminderDay(lead.reminder.dueAt) : '';
        reminderNote.value = lead.reminder?.note ?? '';
      });
    },
  };
}

export type QualificationForm = ReturnType<typeof createQualificationForm>;
