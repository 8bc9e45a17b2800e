import { describe, expect, it } from 'vitest';
import { buildLead } from '@/lib/leads/build-lead';
import { unknownBant, type BantStatus, type LeadBant } from '@/lib/leads/types';
import { LINKEDIN_URL, makeLeadInput, makePerson, TEST_SETTINGS } from '../../fixtures/leads';

const NOW = new Date('2026-03-02T10:00:00.000Z');

function bant(budget: BantStatus, authority: BantStatus, need: BantStatus, timing: BantStatus): LeadBant {
  return {
    budget: { status: budget },
    authority: { status: authority },
    need: { status: need },
    timing: { status: timing },
  };
}

describe('buildLead', () => {
  it('should stamp id, creation and update time, and record the capture as a source', () => {
    const actual = buildLead(makeLeadInput(), NOW, TEST_SETTINGS, 'lead-9');

    expect(actual).toMatchObject({
      id: 'lead-9',
      createdAt: '2026-03-02T10:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
      sources: [{ url: LINKEDIN_URL, kind: 'linkedin-person', capturedAt: '2026-03-02T10:00:00.000Z' }],
      channels: [{ channel: 'LinkedIn', direction: 'outbound' }],
      stage: 'contact-us',
      notes: '',
    });
  });

  it('should keep the save in the history as the first touch, with the page, channel and what it carried', () => {
    const actual = buildLead(
      makeLeadInput({ person: makePerson({ title: ' CTO ', emails: ['Olena@Finlytics.io'] }) }),
      NOW,
      TEST_SETTINGS,
    );

    expect(actual.history).toEqual([
      {
        at: '2026-03-02T10:00:00.000Z',
        url: LINKEDIN_URL,
        kind: 'linkedin-person',
        channel: { channel: 'LinkedIn', direction: 'outbound' },
        person: { fullName: 'Olena Kovalenko', title: 'CTO', emails: ['olena@finlytics.io'], phones: [] },
        company: { name: 'Finlytics.io' },
      },
    ]);
  });

  it('should give each new lead its own id', () => {
    const first = buildLead(makeLeadInput(), NOW, TEST_SETTINGS);
    const second = buildLead(makeLeadInput(), NOW, TEST_SETTINGS);

    expect(first.id).not.toBe(second.id);
  });

  it.each([
    ['nothing confirmed', bant('unknown', 'unknown', 'unknown', 'unknown'), TEST_SETTINGS.rules, 'cold'],
    ['need and authority confirmed', bant('unknown', 'yes', 'yes', 'partial'), TEST_SETTINGS.rules, 'warm'],
    ['two confirmed without authority', bant('yes', 'no', 'yes', 'unknown'), TEST_SETTINGS.rules, 'cold'],
    [
      'two confirmed without authority, rule relaxed',
      bant('yes', 'no', 'yes', 'unknown'),
      { minConfirmedForMql: 2, requireNeedAndAuthority: false },
      'warm',
    ],
    ['all four confirmed', bant('yes', 'yes', 'yes', 'yes'), TEST_SETTINGS.rules, 'hot'],
  ] as const)('should compute the temperature with %s', (_case, answers, rules, expected) => {
    const actual = buildLead(makeLeadInput({ bant: answers }), NOW, { ...TEST_SETTINGS, rules });

    expect(actual.temperature).toBe(expected);
  });

  it.each([
    ['a CTO at a 51–200 software company', 'CTO', { size: '51-200', industry: 'Software' } as const, { score: 100, grade: 'A' }],
    ['a developer with no company facts', 'Developer', {}, { score: 0, grade: 'D' }],
  ])('should grade %s against the ICP profile', (_case, title, company, expected) => {
    const actual = buildLead(makeLeadInput({ person: makePerson({ title }), company }), NOW, TEST_SETTINGS);

    expect(actual.icp).toEqual(expected);
  });

  it('should trim the input and drop blank fields, so that blanks are never stored as values', () => {
    const input = makeLeadInput({
      person: makePerson({
        fullName: '  Olena Kovalenko ',
        title: '   ',
        emails: [' Olena@Finlytics.io', ''],
        phones: ['  '],
      }),
      company: { name: ' Finlytics.io ', industry: '' },
      notes: '  Met at Kyiv Fintech Week \n',
    });

    const actual = buildLead(input, NOW, TEST_SETTINGS);

    expect(actual.person).toEqual({ fullName: 'Olena Kovalenko', emails: ['olena@finlytics.io'], phones: [] });
    expect(actual.company).toEqual({ name: 'Finlytics.io' });
    expect(actual.notes).toBe('Met at Kyiv Fintech Week');
  });

  it('should write phones in E.164, reading local numbers in the default country', () => {
    const input = makeLeadInput({ person: makePerson({ phones: ['044 123 4567', '+38 (044) 123-45-67', 'ext. 12'] }) });

    const actual = buildLead(input, NOW, TEST_SETTINGS);

    expect(actual.person.phones).toEqual(['+380441234567', 'ext. 12']);
    expect(actual.identityKeys).toContain('phone:+380441234567');
  });

  it('should derive identity keys and search text from the person', () => {
    const input = makeLeadInput({ person: makePerson({ linkedinUrl: LINKEDIN_URL, emails: ['olena@finlytics.io'] }) });

    const actual = buildLead(input, NOW, TEST_SETTINGS);

    expect(actual.identityKeys).toEqual([
      'email:olena@finlytics.io',
      'linkedin:olena-kovalenko',
      // Her work address tells her company's domain.
      'name:olena kovalenko@finlytics.io',
    ]);
    expect(actual.searchText).toBe('olena kovalenko\nfinlytics.io\nolena@finlytics.io');
  });

  it('should record no source and no channel when the rep gave none', () => {
    const input = makeLeadInput({ source: { url: ' ', kind: 'none' }, channel: undefined });

    const actual = buildLead(input, NOW, TEST_SETTINGS);

    expect(actual.sources).toEqual([]);
    expect(actual.channels).toEqual([]);
    expect(actual.history).toEqual([expect.objectContaining({ at: '2026-03-02T10:00:00.000Z', kind: 'none' })]);
    expect(actual.history[0]).not.toHaveProperty('url');
    expect(actual.history[0]).not.toHaveProperty('channel');
  });

  it('should keep a reminder only when it has a due date', () => {
    const reminder = { dueAt: '2026-04-01', note: 'Call back' };

    const withDate = buildLead(makeLeadInput({ reminder }), NOW, TEST_SETTINGS);
    const withoutDate = buildLead(makeLeadInput({ reminder: { dueAt: '' } }), NOW, TEST_SETTINGS);

    expect(withDate.reminder).toEqual(reminder);
    expect(withoutDate).not.toHaveProperty('reminder');
  });

  it.each([
    ['budget amount and currency', { budget: { status: 'yes', amount: 50000, currency: 'USD', note: ' FY26 ' } }, { budget: { status: 'yes', amount: 50000, currency: 'USD', note: 'FY26' } }],
    ['an amount that is no positive number dropped', { budget: { status: 'partial', amount: Number.NaN, currency: 'EUR' } }, { budget: { status: 'partial', currency: 'EUR' } }],
    ['authority role', { authority: { status: 'yes', role: 'champion' } }, { authority: { status: 'yes', role: 'champion' } }],
    ['timing as a date or a timeframe', { timing: { status: 'partial', date: '2026-09-30', timeframe: ' Q3 ' } }, { timing: { status: 'partial', date: '2026-09-30', timeframe: 'Q3' } }],
    ['blank details dropped', { need: { status: 'yes', note: '  ' } }, { need: { status: 'yes' } }],
  ] as const)('should keep the BANT details: %s', (_case, answers, expected) => {
    const actual = buildLead(makeLeadInput({ bant: { ...unknownBant(), ...answers } }), NOW, TEST_SETTINGS);

    expect(actual.bant).toEqual({ ...unknownBant(), ...expected });
  });

  it('should keep activities once each, oldest first, and score the engagement', () => {
    const input = makeLeadInput({
      activities: [
        { type: 'demo', at: '2026-02-03T10:00:00.000Z' },
        { type: 'reply', at: '2026-02-01T10:00:00.000Z', note: ' ' },
        { type: 'demo', at: '2026-02-03T10:00:00.000Z' },
      ],
    });

    const actual = buildLead(input, NOW, TEST_SETTINGS);

    expect(actual.activities).toEqual([
      { type: 'reply', at: '2026-02-01T10:00:00.000Z' },
      { type: 'demo', at: '2026-02-03T10:00:00.000Z' },
    ]);
    expect(actual.engagement).toEqual({ score: 40 });
  });

  it('should keep named stakeholders once each', () => {
    const input = makeLeadInput({
      stakeholders: [{ name: ' Taras Melnyk ', role: 'CFO' }, { name: ' ' }, { name: 'taras melnyk' }],
    });

    const actual = buildLead(input, NOW, TEST_SETTINGS);

    expect(actual.stakeholders).toEqual([{ name: 'Taras Melnyk', role: 'CFO' }]);
  });

  it('should store no activities, stakeholders or engagement when there are none', () => {
    const actual = buildLead(makeLeadInput({ activities: [], stakeholders: [] }), NOW, TEST_SETTINGS);

    expect(actual).not.toHaveProperty('activities');
    expect(actual).not.toHaveProperty('stakeholders');
    expect(actual).not.toHaveProperty('engagement');
  });

  it('should score the engagement with the points of the settings', () => {
    const input = makeLeadInput({ activities: [{ type: 'demo', at: '2026-02-03T10:00:00.000Z' }] });
    const settings = { ...TEST_SETTINGS, engagementPoints: { ...TEST_SETTINGS.engagementPoints, demo: 50 } };

    const actual = buildLead(input, NOW, settings);

    expect(actual.engagement).toEqual({ score: 50 });
  });
});
