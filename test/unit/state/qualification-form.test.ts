import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { unknownBant, type LeadBant, type Stage } from '@/lib/leads/types';
import { reminderDueAt } from '@/lib/reminders/due-date';
import { DEFAULT_ENGAGEMENT_POINTS } from '@/lib/scoring/engagement';
import { createQualificationForm, parseAmount } from '@/lib/state/qualification-form';
import { makeStoredLead } from '../../fixtures/leads';

const NOW = new Date('2026-03-02T10:00:00.000Z');

function createForm(stage: Stage = 'contact-us') {
  const bant = signal<LeadBant>(unknownBant());
  const stageSignal = signal<Stage>(stage);
  const form = createQualificationForm({
    bant,
    stage: stageSignal,
    engagementRules: signal({ points: DEFAULT_ENGAGEMENT_POINTS, handoffScore: 40 }),
    now: () => NOW,
  });
  return { form, bant, stage: stageSignal };
}

describe('parseAmount', () => {
  it.each([
    ['50000', 50000],
    ['50 000', 50000],
    ['50\u00a0000', 50000],
    ['50,000', 50000],
    ['1,250,000.50', 1250000.5],
    ['12500.50', 12500.5],
    ['12 500,50', 12500.5],
    ['', undefined],
    ['0', undefined],
    ['-5', undefined],
    ['about 50k', undefined],
    ['5,0000', undefined],
  ])('should read %j as %j', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});

describe('createQualificationForm', () => {
  it.each([
    ['yes', true],
    ['partial', true],
    ['no', true],
    ['unknown', false],
  ] as const)('should open the details when %s is chosen: %s', (status, open) => {
    const { form } = createForm();

    form.statusChosen('budget', status);

    expect(form.detailsOpen.budget.value).toBe(open);
    expect(form.detailsOpen.need.value).toBe(false);
  });

  it('should open and fold the details on the toggle', () => {
    const { form } = createForm();

    form.toggleDetails('timing');
    const opened = form.detailsOpen.timing.value;
    form.toggleDetails('timing');

    expect(opened).toBe(true);
    expect(form.detailsOpen.timing.value).toBe(false);
  });

  it('should send the details the rep typed, the amount as a number', () => {
    const { form } = createForm();

    form.editBudgetAmount('50 000');
    form.editBantDetail('budget', 'currency', 'EUR');
    form.editBantDetail('authority', 'role', 'champion');
    form.editBantDetail('timing', 'timeframe', 'Q3');
    form.editBantDetail('need', 'note', 'Faster month-end close');

    expect(form.input.value.bant).toEqual({
      budget: { status: 'unknown', amount: 50000, currency: 'EUR' },
      authority: { status: 'unknown', role: 'champion' },
      need: { status: 'unknown', note: 'Faster month-end close' },
      timing: { status: 'unknown', timeframe: 'Q3' },
    });
  });

  it('should send no amount while the typed one is not a number', () => {
    const { form, bant } = createForm();
    bant.value = { ...unknownBant(), budget: { status: 'yes', amount: 20000 } };

    form.editBudgetAmount('about 50k');

    expect(form.input.value.bant.budget).toEqual({ status: 'yes' });
  });

  it('should add named stakeholders, clear the fields, and remove one', () => {
    const { form } = createForm();

    form.editStakeholderName(' Taras Melnyk ');
    form.editStakeholderRole('CFO');
    form.addStakeholder();
    form.editStakeholderName('Iryna Bondar');
    form.addStakeholder();
    form.addStakeholder();
    form.removeStakeholder(0);

    expect(form.stakeholders.value).toEqual([{ name: 'Iryna Bondar' }]);
    expect(form.input.value.stakeholders).toEqual([{ name: 'Iryna Bondar' }]);
    expect([form.stakeholderName.value, form.stakeholderRole.value]).toEqual(['', '']);
  });

  it('should score stored and logged activities and say when the lead is ready for sales', () => {
    const { form } = createForm();
    form.showStored(makeStoredLead({ activities: [{ type: 'reply', at: '2026-02-01T10:00:00.000Z' }] }), true);

    form.logActivity('demo');
    const beforeHandoff = form.engagement.value;
    form.logActivity('email-open');

    expect(beforeHandoff).toMatchObject({ score: 40, readyForSales: true, toHandoff: 0 });
    expect(form.engagement.value.breakdown).toEqual([
      { type: 'demo', count: 1, points: 30 },
      { type: 'reply', count: 1, points: 10 },
      { type: 'email-open', count: 1, points: 1 },
    ]);
    // Only what was logged here travels with the save: the stored activities are on the lead already.
    expect(form.input.value.activities).toEqual([
      { type: 'demo', at: NOW.toISOString() },
      { type: 'email-open', at: NOW.toISOString() },
    ]);
  });

  it('should count the points still missing to the hand-off and take back an activity', () => {
    const { form } = createForm();

    form.logActivity('call');
    form.logActivity('download');
    form.removeActivity(1);

    expect(form.engagement.value).toMatchObject({ score: 15, readyForSales: false, toHandoff: 25 });
    expect(form.loggedActivities.value.map((activity) => activity.type)).toEqual(['call']);
  });

  it.each([
    ['contact-later', '', true, true, undefined],
    ['contact-later', '2026-09-01', true, false, { dueAt: reminderDueAt('2026-09-01'), note: 'After the audit' }],
    ['call', '2026-09-01', false, false, undefined],
  ] as const)('should handle the reminder at stage %s with date %j', (stage, day, shown, missing, reminder) => {
    const { form } = createForm(stage);

    form.editReminderDate(day);
    form.editReminderNote(' After the audit ');

    expect(form.reminderShown.value).toBe(shown);
    expect(form.reminderMissing.value).toBe(missing);
    expect(form.input.value.reminder).toEqual(reminder);
  });

  it('should show the stored details, stakeholders and reminder, and open the answered criteria', () => {
    const { form } = createForm('contact-later');
    const bant = { ...unknownBant(), budget: { status: 'yes' as const, amount: 20000, currency: 'USD' } };

    form.showStored(
      makeStoredLead({
        bant,
        stakeholders: [{ name: 'Taras Melnyk', role: 'CFO' }],
        reminder: { dueAt: reminderDueAt('2026-09-01')!, note: 'After the audit' },
      }),
      true,
    );

    expect(form.budgetAmount.value).toBe('20000');
    expect(form.detailsOpen.budget.value).toBe(true);
    expect(form.detailsOpen.need.value).toBe(false);
    expect(form.savedStakeholders.value).toEqual([{ name: 'Taras Melnyk', role: 'CFO' }]);
    expect([form.reminderDate.value, form.reminderNote.value]).toEqual(['2026-09-01', 'After the audit']);
  });

  it('should keep what the rep already answered when the stored lead arrives late', () => {
    const { form } = createForm('contact-later');
    form.editReminderDate('2026-10-01');

    form.showStored(makeStoredLead({ reminder: { dueAt: reminderDueAt('2026-09-01')! } }), false);

    expect(form.reminderDate.value).toBe('2026-10-01');
  });
});
