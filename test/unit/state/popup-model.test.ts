import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '@/lib/extract/types';
import type { BantCriterion, Lead } from '@/lib/leads/types';
import type { CaptureResult } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, settingsItem } from '@/lib/settings/settings';
import {
  EMPTY_SELECTION_MESSAGE,
  POPUP_READY_MARK,
  PopupModel,
  SAVE_ATTEMPTS,
  SAVE_INTERRUPTED_MESSAGE,
  SUPPRESSED_HINT,
  SUPPRESSED_TITLE,
  type PopupDeps,
} from '@/lib/state/popup-model';
import { deferred, fakeRequest, type FakeHandlers } from '../../fixtures/fake-background';
import { makeDraft, makeStoredLead } from '../../fixtures/leads';

const TAB = { id: 7, url: 'https://www.linkedin.com/in/jane-doe/' };

function captured(draft = makeDraft()): CaptureResult {
  return { ok: true, draft, list: [], title: 'Jane Doe | LinkedIn' };
}

function createModel(handlers: FakeHandlers = {}, overrides: Partial<PopupDeps> = {}) {
  const request = fakeRequest({
    captureTab: () => captured(),
    findLead: () => null,
    findDuplicates: () => [],
    isSuppressed: () => false,
    saveLead: ({ lead }) => ({ ok: true, outcome: 'created', lead: makeStoredLead({ person: lead.person }) }),
    ...handlers,
  });
  const deps: PopupDeps = {
    request,
    settings: settingsItem,
    findTargetTab: async () => TAB,
    openDashboard: vi.fn(),
    ...overrides,
  };
  return { model: new PopupModel(deps), request, deps };
}

function answerAll(model: PopupModel, criteria: BantCriterion[]) {
  for (const criterion of criteria) model.setBantStatus(criterion, 'yes');
}

describe('PopupModel', () => {
  beforeEach(() => {
    performance.clearMarks(POPUP_READY_MARK);
  });

  it('should fill the fields from the captured draft and preselect the channel of the page', async () => {
    const { model, request } = createModel();

    await model.open();

    expect(request).toHaveBeenCalledWith('captureTab', { tabId: 7 });
    expect(model.fields.fullName.value).toBe('Jane Doe');
    expect(model.fields.title.value).toBe('VP of Sales');
    expect(model.fields.company.value).toBe('Acme');
    expect(model.fields.email.value).toBe('jane@acme.com');
    expect(model.fields.phone.value).toBe('+380441234567');
    expect(model.channelId.value).toBe('linkedin');
    expect(model.capture.value).toEqual({ phase: 'captured' });
  });

  it('should mark the popup ready once, however often it is opened', async () => {
    const { model, request } = createModel();

    await Promise.all([model.open(), model.open()]);
    await model.open();

    expect(performance.getEntriesByName(POPUP_READY_MARK)).toHaveLength(1);
    expect(request.mock.calls.filter(([name]) => name === 'captureTab')).toHaveLength(1);
  });

  it('should keep what the rep typed while the capture was running', async () => {
    const capture = deferred<CaptureResult>();
    const { model } = createModel({ captureTab: () => capture.promise });

    const opening = model.open();
    model.editField('fullName', 'Jane Q. Doe');
    capture.resolve(captured());
    await opening;

    expect(model.fields.fullName.value).toBe('Jane Q. Doe');
    expect(model.fields.company.value).toBe('Acme');
  });

  it('should show the capture message and keep the fields empty when the page cannot be captured', async () => {
    const { model } = createModel({
      captureTab: () => ({ ok: false, reason: 'restricted', message: 'Browser pages cannot be captured.' }),
    });

    await model.open();

    expect(model.notice.value).toMatchObject({ tone: 'warning', title: 'Browser pages cannot be captured.' });
    expect(model.fields.fullName.value).toBe('');
  });

  it('should report a background that does not answer as a capture failure', async () => {
    const { model } = createModel({
      captureTab: () => {
        throw new Error('Receiving end does not exist.');
      },
    });

    await model.open();

    expect(model.notice.value?.title).toBe('Could not read this page: Receiving end does not exist.');
  });

  it('should say that no prospect was found on a page of kind none', async () => {
    const { model, request } = createModel({
      captureTab: () => captured(makeDraft({ person: { fullName: undefined, emails: [], phones: [] }, source: { kind: 'none' } })),
    });

    await model.open();

    expect(model.notice.value).toMatchObject({ tone: 'info', title: 'No prospect found on this page' });
    expect(model.fields.fullName.value).toBe('');
    expect(request).not.toHaveBeenCalledWith('findLead', expect.anything());
  });

  it('should summarise the stored lead the capture would merge into', async () => {
    const stored = makeStoredLead({
      stage: 'call',
      temperature: 'hot',
      channels: [
        { channel: 'Cold email', direction: 'outbound' },
        { channel: 'LinkedIn', direction: 'outbound' },
      ],
    });
    const { model } = createModel({ findLead: () => stored });

    await model.open();

    expect(model.existingSummary.value).toMatchObject({ stage: 'Call', temperature: 'hot', channel: 'LinkedIn' });
    expect(model.existingSummary.value?.lastCaptured).toMatch(/2025/);
  });

  it('should start from the stored qualification of a lead captured before', async () => {
    const stored = makeStoredLead({
      stage: 'negotiation',
      bant: {
        budget: { status: 'yes' },
        authority: { status: 'yes' },
        need: { status: 'yes', note: 'Replacing their CRM' },
        timing: { status: 'partial' },
      },
    });
    const { model } = createModel({ findLead: () => stored });

    await model.open();

    expect(model.stage.value).toBe('negotiation');
    expect(model.bant.value).toEqual(stored.bant);
    expect(model.temperature.value).toBe('warm');
  });

  it('should start from the stored details, stakeholders, activities and reminder', async () => {
    const stored = makeStoredLead({
      stage: 'contact-later',
      bant: { ...makeStoredLead().bant, budget: { status: 'yes', amount: 20000, currency: 'EUR' } },
      stakeholders: [{ name: 'Taras Melnyk', role: 'CFO' }],
      activities: [{ type: 'demo', at: '2026-02-03T10:00:00.000Z' }],
      reminder: { dueAt: new Date(2026, 8, 1, 9).toISOString(), note: 'After their audit' },
    });
    const { model } = createModel({ findLead: () => stored });

    await model.open();
    const form = model.qualificationForm;

    expect(form.budgetAmount.value).toBe('20000');
    expect(form.detailsOpen.budget.value).toBe(true);
    expect(form.savedStakeholders.value).toEqual([{ name: 'Taras Melnyk', role: 'CFO' }]);
    expect(form.engagement.value.score).toBe(30);
    expect([form.reminderDate.value, form.reminderNote.value]).toEqual(['2026-09-01', 'After their audit']);
    expect(model.leadInput.value).toMatchObject({
      bant: { budget: { status: 'yes', amount: 20000, currency: 'EUR' } },
      reminder: { dueAt: stored.reminder?.dueAt, note: 'After their audit' },
    });
    expect(model.leadInput.value).not.toHaveProperty('activities');
  });

  it('should not save Contact in the future without a reminder date, and say why', async () => {
    const { model, request } = createModel();
    await model.open();

    model.selectStage('contact-later');
    await model.save();

    expect(request).not.toHaveBeenCalledWith('saveLead', expect.anything());
    expect(model.saveAnnouncement.value).toEqual({
      tone: 'error',
      text: 'Add a reminder date: “Contact in the future” needs one.',
    });
  });

  it('should keep the answers the rep gave before the stored lead was found', async () => {
    const lookup = deferred<Lead | null>();
    const { model } = createModel({ findLead: () => lookup.promise });
    const opening = model.open();
    await vi.waitFor(() => expect(model.capture.value.phase).toBe('captured'));

    model.setBantStatus('need', 'yes');
    lookup.resolve(makeStoredLead({ stage: 'negotiation' }));
    await opening;

    expect(model.stage.value).toBe('contact-us');
    expect(model.bant.value.need.status).toBe('yes');
    expect(model.existingSummary.value?.stage).toBe('Negotiation');
  });

  it('should compute the temperature from the answers with the stored rules', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      rules: { minConfirmedForMql: 1, requireNeedAndAuthority: false },
    });
    const { model } = createModel();
    await model.open();

    answerAll(model, ['budget']);

    expect(model.temperature.value).toBe('warm');
    expect(model.stageSuggestion.value).toBe('mql');
  });

  it('should turn hot with all four criteria confirmed and apply the suggested stage on request', async () => {
    const { model } = createModel();
    await model.open();

    answerAll(model, ['budget', 'authority', 'need', 'timing']);
    model.applySuggestedStage();

    expect(model.temperature.value).toBe('hot');
    expect(model.stage.value).toBe('sql');
  });

  it('should re-grade as the rep edits the job title', async () => {
    const { model } = createModel();
    await model.open();
    const before = model.fit.value.grade;

    model.editField('title', 'Student');

    expect(before).toBe('A');
    expect(model.fit.value).toMatchObject({ grade: 'D', excludedBy: 'Student or intern' });
  });

  it('should send the edited prospect with the qualification as the lead to save', async () => {
    const { model, request } = createModel();
    await model.open();
    model.editField('fullName', 'Janet Doe');
    model.editField('email', 'janet@acme.com');
    model.editField('notes', '  Met at SaaStr  ');
    model.setBantStatus('need', 'yes');
    model.selectStage('call');

    await model.save();

    const [, data] = request.mock.calls.find(([name]) => name === 'saveLead')!;
    expect(data).toEqual({
      lead: {
        // What the rep changed from the page, and the stage the rep chose: manual, so later captures keep them.
        edited: ['person.fullName', 'person.emails', 'stage'],
        person: {
          fullName: 'Janet Doe',
          title: 'VP of Sales',
          emails: ['janet@acme.com', 'j.doe@gmail.com'],
          phones: ['+380441234567'],
          linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
        },
        company: { name: 'Acme', domain: 'acme.com', industry: 'Computer Software', size: '51-200' },
        source: { url: 'https://www.linkedin.com/in/jane-doe/', kind: 'linkedin-person' },
        channel: { channel: 'LinkedIn', direction: 'outbound' },
        bant: {
          budget: { status: 'unknown' },
          authority: { status: 'unknown' },
          need: { status: 'yes' },
          timing: { status: 'unknown' },
        },
        stage: 'call',
        notes: 'Met at SaaStr',
      },
    });
  });

  it('should announce a merge into the existing lead', async () => {
    const { model } = createModel({
      saveLead: () => ({ ok: true, outcome: 'merged', lead: makeStoredLead() }),
    });
    await model.open();

    await model.save();

    expect(model.saveAnnouncement.value).toEqual({ tone: 'success', text: 'Merged into the existing lead' });
    expect(model.existingSummary.value).not.toBeNull();
  });

  it('should announce the message of a refused save', async () => {
    const { model } = createModel({
      saveLead: () => ({ ok: false, reason: 'storage-full', message: 'Browser storage is full — nothing already stored was lost.' }),
    });
    await model.open();

    await model.save();

    expect(model.saveAnnouncement.value).toEqual({ tone: 'error', text: 'Browser storage is full — nothing already stored was lost.' });
    expect(model.notice.value).toBeNull();
  });

  it('should say that a person deleted on request is not captured again, as soon as the popup opens', async () => {
    const { model, request } = createModel({ isSuppressed: () => true });

    await model.open();
    await vi.waitFor(() => expect(model.notice.value).not.toBeNull());

    expect(request).toHaveBeenCalledWith('isSuppressed', { person: makeDraft().person, company: makeDraft().company });
    expect(model.notice.value).toEqual({ tone: 'warning', title: SUPPRESSED_TITLE, hint: SUPPRESSED_HINT });
  });

  it('should show the deleted-on-request notice when the background refuses the save', async () => {
    const { model } = createModel({
      saveLead: () => ({ ok: false, reason: 'suppressed', message: 'This person was deleted on request and is not captured again.' }),
    });
    await model.open();

    await model.save();

    expect(model.notice.value?.title).toBe(SUPPRESSED_TITLE);
    expect(model.saveAnnouncement.value?.text).toMatch(/deleted on request/);
  });

  it('should send the save again when the background stopped before answering', async () => {
    let calls = 0;
    const { model, request } = createModel({
      saveLead: ({ lead }) => {
        calls++;
        if (calls === 1) throw new Error('The message port closed before a response was received.');
        return { ok: true, outcome: 'created', lead: makeStoredLead({ person: lead.person }) };
      },
    });
    await model.open();

    await model.save();

    const saves = request.mock.calls.filter(([name]) => name === 'saveLead');
    expect(saves).toHaveLength(2);
    expect(saves[1]).toEqual(saves[0]);
    expect(model.saveState.value).toEqual({ phase: 'saved', outcome: 'created' });
  });

  it('should keep the form and say so when the background never answers', async () => {
    const { model, request } = createModel({
      saveLead: () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await model.open();
    model.editField('notes', 'Call back after the audit');

    await model.save();

    expect(request.mock.calls.filter(([name]) => name === 'saveLead')).toHaveLength(SAVE_ATTEMPTS);
    expect(model.saveState.value).toEqual({ phase: 'failed', message: SAVE_INTERRUPTED_MESSAGE });
    expect(model.fields.fullName.value).toBe('Jane Doe');
    expect(model.fields.notes.value).toBe('Call back after the audit');
  });

  it('should not send a lead with no name, email, phone or profile', async () => {
    const { model, request } = createModel({
      captureTab: () => ({ ok: false, reason: 'restricted', message: 'Browser pages cannot be captured.' }),
    });
    await model.open();

    await model.save();

    expect(request).not.toHaveBeenCalledWith('saveLead', expect.anything());
    expect(model.saveAnnouncement.value?.tone).toBe('error');
  });

  it('should save a lead typed by hand with the address of the tab', async () => {
    const { model, request } = createModel(
      { captureTab: () => ({ ok: false, reason: 'no-access', message: 'LeadScout cannot read this page.' }) },
      { findTargetTab: async () => ({ id: 3, url: 'https://github.com/jane' }) },
    );
    await model.open();
    model.editField('fullName', 'Jane Doe');

    await model.save();

    const [, data] = request.mock.calls.find(([name]) => name === 'saveLead')!;
    expect(data).toMatchObject({
      lead: {
        person: { fullName: 'Jane Doe', emails: [], phones: [] },
        source: { url: 'https://github.com/jane', kind: 'none' },
        channel: { channel: 'GitHub' },
      },
    });
  });

  it('should preselect the channel the page’s referrer tells, and say why', async () => {
    const { model } = createModel({
      captureTab: () => ({ ...captured(makeDraft({ source: { url: 'https://acme.com/team', kind: 'company-site' } })), referrer: 'https://t.co/x1' }),
    });

    await model.open();

    expect(model.channelId.value).toBe('x');
    expect(model.channelHint.value).toBe('Detected from the page you came from');
  });

  it('should tag the lead with the utm rule’s channel, the campaign from the link and the rep’s promo code', async () => {
    const url = 'https://acme.com/team?utm_source=newsletter&utm_campaign=spring-2026';
    const { model, request } = createModel({ captureTab: () => captured(makeDraft({ source: { url, kind: 'company-site' } })) });
    await model.open();
    expect(model.fields.campaign.value).toBe('spring-2026');
    expect(model.channelHint.value).toBe('Detected from the link’s utm_source');

    model.editField('code', ' SPRING26 ');
    await model.save();

    const [, data] = request.mock.calls.find(([name]) => name === 'saveLead')!;
    expect(data).toMatchObject({
      lead: { channel: { channel: 'Newsletter', direction: 'inbound', campaign: 'spring-2026', code: 'SPRING26' } },
    });
  });

  it('should keep the channel the rep picks, with no detection hint', async () => {
    const { model, request } = createModel();
    await model.open();

    model.selectChannel('event');
    await model.save();

    expect(model.channelHint.value).toBe('');
    const [, data] = request.mock.calls.find(([name]) => name === 'saveLead')!;
    expect(data).toMatchObject({ lead: { channel: { channel: 'Event', direction: 'outbound' } } });
  });

  it('should open the dashboard through its dependency', () => {
    const { model, deps } = createModel();

    model.openDashboard();

    expect(deps.openDashboard).toHaveBeenCalledOnce();
  });
});

describe('PopupModel with a selection captured from the context menu', () => {
  const selection = makeDraft({
    person: { fullName: 'Olena Kovalenko', title: 'Head of Sales', emails: ['olena@finlytics.ua'], phones: [], linkedinUrl: undefined },
    company: { name: 'Finlytics' },
    source: { url: 'https://mail.example/inbox/42', kind: 'generic', extractors: ['text'] },
  });

  it('should fill the fields from the selection instead of capturing the page', async () => {
    const { model, request } = createModel({ takeSelectionDraft: () => selection });

    await model.open();

    expect(request).toHaveBeenCalledWith('takeSelectionDraft', { tabId: 7 });
    expect(request).not.toHaveBeenCalledWith('captureTab', expect.anything());
    expect(model.fields.fullName.value).toBe('Olena Kovalenko');
    expect(model.fields.company.value).toBe('Finlytics');
    expect(model.leadInput.value.source).toEqual({ url: 'https://mail.example/inbox/42', kind: 'generic' });
  });

  it('should say what to do when the selection held nothing to read, not that the page has no prospect', async () => {
    const { model, request } = createModel({ takeSelectionDraft: () => emptyDraft('', 'none') });

    await model.open();

    expect(request).not.toHaveBeenCalledWith('captureTab', expect.anything());
    expect(model.notice.value?.title).toBe(EMPTY_SELECTION_MESSAGE);
  });

  it.each([
    ['there is none', () => null],
    ['the background cannot say', () => Promise.reject(new Error('Could not establish connection'))],
  ])('should capture the page when %s', async (_case, takeSelectionDraft) => {
    const { model, request } = createModel({ takeSelectionDraft });

    await model.open();

    expect(request).toHaveBeenCalledWith('captureTab', { tabId: 7 });
    expect(model.fields.fullName.value).toBe('Jane Doe');
  });
});

describe('PopupModel on a list or team page', () => {
  const people = [
    makeDraft({ person: { fullName: 'Olena Kovalenko', title: 'Head of Sales', emails: ['olena@finlytics.ua'], phones: [] }, company: { name: 'Finlytics' } }),
    makeDraft({ person: { fullName: 'Taras Melnyk', title: undefined, emails: [], phones: [] }, company: { name: 'Kvitka' } }),
  ];
  const listPage = (draft = makeDraft({ source: { kind: 'none' } })): CaptureResult => ({ ok: true, draft, list: people, title: 'Team' });

  it('should offer the people the page lists', async () => {
    const { model } = createModel({ captureTab: () => listPage() });

    await model.open();

    expect(model.choices.value).toEqual([
      { name: 'Olena Kovalenko', detail: 'Head of Sales' },
      { name: 'Taras Melnyk', detail: 'Kvitka' },
    ]);
    expect(model.pickedIndex.value).toBeUndefined();
  });

  it('should fill the form with the person picked, replacing what it showed, and look them up', async () => {
    const { model, request } = createModel({ captureTab: () => listPage(makeDraft()) });
    await model.open();

    await model.pickProspect(1);

    expect(model.pickedIndex.value).toBe(1);
    expect([model.fields.fullName.value, model.fields.title.value, model.fields.company.value, model.fields.email.value]).toEqual(['Taras Melnyk', '', 'Kvitka', '']);
    expect(model.capture.value).toEqual({ phase: 'captured' });
    expect(model.leadInput.value.person.fullName).toBe('Taras Melnyk');
    expect(request).toHaveBeenCalledWith('findLead', { person: people[1].person, company: people[1].company });
    expect(request).toHaveBeenCalledWith('findDuplicates', { person: people[1].person, company: people[1].company });
  });

  it('should offer no one on a page that lists no one', async () => {
    const { model } = createModel();

    await model.open();
    await model.pickProspect(0);

    expect(model.choices.value).toEqual([]);
    expect(model.fields.fullName.value).toBe('Jane Doe');
  });
});

describe('PopupModel and the stored leads', () => {
  const OTHER_SPELLING = { id: 'lead-7', name: 'Джейн Доу', company: 'Acme', stage: 'call' as const, lastCapturedAt: '2026-02-03T10:00:00.000Z' };
  const THIRD = { ...OTHER_SPELLING, id: 'lead-8', name: 'J. Doe' };

  beforeEach(() => {
    performance.clearMarks(POPUP_READY_MARK);
  });

  it('should send nothing as edited when the rep saves what the page gave', async () => {
    const { model } = createModel();
    await model.open();

    expect(model.leadInput.value.edited).toBeUndefined();
  });

  it('should report a title and company the rep rewrote, but not a field typed back to what the page had', async () => {
    const { model } = createModel();
    await model.open();
    model.editField('title', 'Chief Revenue Officer');
    model.editField('company', 'Acme Corp');
    model.editField('phone', '+380441234567 ');

    expect(model.leadInput.value.edited).toEqual(['person.title', 'company.name']);
  });

  it('should look up possible duplicates when it opens and show them with stage and capture date', async () => {
    const { model, request } = createModel({ findDuplicates: () => [OTHER_SPELLING] });

    await model.open();

    expect(request).toHaveBeenCalledWith('findDuplicates', { person: makeDraft().person, company: makeDraft().company });
    expect(model.possibleDuplicates.value).toEqual([
      { id: 'lead-7', name: 'Джейн Доу', company: 'Acme', stage: 'Call', lastCaptured: expect.stringMatching(/2026/), merging: false },
    ]);
  });

  it('should save into the lead the rep chose to merge with, and record the ones kept separate', async () => {
    const { model, request } = createModel({ findDuplicates: () => [OTHER_SPELLING, THIRD] });
    await model.open();

    model.mergeWithDuplicate('lead-8');
    model.mergeWithDuplicate('lead-7');
    model.keepSeparate('lead-8');
    await model.save();

    const [, data] = request.mock.calls.find(([name]) => name === 'saveLead')!;
    expect(data).toMatchObject({ mergeInto: 'lead-7', keepSeparateFrom: ['lead-8'] });
    expect(model.possibleDuplicates.value).toEqual([]);
  });

  it('should hide a possible duplicate the rep keeps separate, and send no choice when the rep made none', async () => {
    const { model, request } = createModel({ findDuplicates: () => [OTHER_SPELLING] });
    await model.open();
    model.keepSeparate('lead-7');

    expect(model.possibleDuplicates.value).toEqual([]);

    const undecided = createModel({ findDuplicates: () => [OTHER_SPELLING] });
    await undecided.model.open();
    await undecided.model.save();
    const [, data] = undecided.request.mock.calls.find(([name]) => name === 'saveLead')!;
    expect(data).not.toHaveProperty('mergeInto');
    expect(data).not.toHaveProperty('keepSeparateFrom');
    expect(request).toHaveBeenCalledWith('findDuplicates', expect.anything());
  });

  it('should capture as usual when the duplicate lookup fails', async () => {
    const { model } = createModel({
      findDuplicates: () => {
        throw new Error('worker stopped');
      },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    await model.open();

    expect(model.possibleDuplicates.value).toEqual([]);
    expect(model.fields.fullName.value).toBe('Jane Doe');
  });

  it('should show the stored lead’s last capture, its last channel and how many captures it has', async () => {
    const stored = makeStoredLead({
      stage: 'sql',
      history: [
        { at: '2025-03-01T09:00:00.000Z', kind: 'linkedin-person', channel: { channel: 'LinkedIn', direction: 'outbound' } },
        { at: '2025-04-01T09:00:00.000Z', kind: 'company-site', channel: { channel: 'Web research', direction: 'outbound' } },
        { at: '2025-05-02T09:00:00.000Z', kind: 'none' },
      ],
      channels: [
        { channel: 'Web research', direction: 'outbound' },
        { channel: 'LinkedIn', direction: 'outbound' },
      ],
    });
    const { model } = createModel({ findLead: () => stored });

    await model.open();

    expect(model.existingSummary.value).toEqual({
      stage: 'SQL',
      temperature: 'warm',
      lastCaptured: expect.stringMatching(/2025/),
      channel: 'Web research',
      captures: 3,
    });
  });
});
