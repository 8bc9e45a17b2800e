import { describe, expect, it } from 'vitest';
import { mergeLead } from '@/lib/leads/merge-lead';
import { unknownBant, type LeadInput } from '@/lib/leads/types';
import { LINKEDIN_URL, makeLead, makeLeadInput, makePerson, TEST_SETTINGS } from '../../fixtures/leads';

const NOW = new Date('2026-03-02T10:00:00.000Z');

function merged(stored: Partial<LeadInput>, saved: Partial<LeadInput>) {
  return mergeLead(makeLead(stored), makeLeadInput(saved), NOW, TEST_SETTINGS);
}

describe('mergeLead', () => {
  it('should keep the id and creation time and stamp the update time', () => {
    const actual = merged({}, {});

    expect(actual).toMatchObject({
      id: 'lead-1',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-03-02T10:00:00.000Z',
    });
  });

  it.each([
    ['the rep’s filled title wins', { title: 'CTO' }, { title: 'Chief Technology Officer' }, { title: 'Chief Technology Officer' }],
    ['a blank title never overwrites', { title: 'CTO' }, { title: '  ' }, { title: 'CTO' }],
    ['a missing title never overwrites', { title: 'CTO' }, { title: undefined }, { title: 'CTO' }],
    ['a field known only before is kept', { location: 'Kyiv' }, {}, { location: 'Kyiv' }],
    ['a field new in the save is added', {}, { githubUrl: 'https://github.com/okovalenko' }, { githubUrl: 'https://github.com/okovalenko' }],
  ])('should merge person fields: %s', (_case, before, after, expected) => {
    const actual = merged({ person: makePerson(before) }, { person: makePerson(after) });

    expect(actual.person).toMatchObject(expected);
  });

  it.each([
    ['the rep’s filled value wins', { industry: 'Fintech' }, { industry: 'Software' }, { industry: 'Software' }],
    ['a blank never overwrites', { industry: 'Fintech' }, { industry: '' }, { industry: 'Fintech' }],
    ['values on either side are kept', { size: '51-200' as const }, { domain: 'finlytics.io' }, { size: '51-200', domain: 'finlytics.io' }],
  ])('should merge company fields: %s', (_case, before, after, expected) => {
    const actual = merged({ company: before }, { company: after });

    expect(actual.company).toMatchObject(expected);
  });

  it('should union emails and phones, the rep’s first, each once', () => {
    const actual = merged(
      { person: makePerson({ emails: ['olena@finlytics.io'], phones: ['+380441234567'] }) },
      {
        person: makePerson({
          emails: ['o.kovalenko@gmail.com', 'OLENA@finlytics.io'],
          phones: ['044 123 4567', '+380671234567'],
        }),
      },
    );

    expect(actual.person.emails).toEqual(['o.kovalenko@gmail.com', 'olena@finlytics.io']);
    expect(actual.person.phones).toEqual(['+380441234567', '+380671234567']);
  });

  it('should add this capture to the sources, also when the page was captured before', () => {
    const actual = merged({}, {});

    expect(actual.sources).toEqual([
      { url: LINKEDIN_URL, kind: 'linkedin-person', capturedAt: '2026-01-05T09:00:00.000Z' },
      { url: LINKEDIN_URL, kind: 'linkedin-person', capturedAt: '2026-03-02T10:00:00.000Z' },
    ]);
  });

  it('should append this save to the history, oldest first, keeping every earlier touch', () => {
    const actual = merged({}, { source: { url: 'https://finlytics.io/team', kind: 'company-site' }, channel: undefined });

    expect(actual.history.map(({ at, url, kind, channel }) => ({ at, url, kind, channel }))).toEqual([
      { at: '2026-01-05T09:00:00.000Z', url: LINKEDIN_URL, kind: 'linkedin-person', channel: { channel: 'LinkedIn', direction: 'outbound' } },
      { at: '2026-03-02T10:00:00.000Z', url: 'https://finlytics.io/team', kind: 'company-site', channel: undefined },
    ]);
    expect(actual.history[1]).toMatchObject({ person: { fullName: 'Olena Kovalenko' }, company: { name: 'Finlytics.io' } });
  });

  it.each([
    ['the same channel once', { channel: 'LinkedIn', direction: 'outbound' } as const, [{ channel: 'LinkedIn', direction: 'outbound' }]],
    [
      'a new channel added',
      { channel: 'Event', direction: 'outbound', campaign: 'Kyiv Fintech Week' } as const,
      [
        { channel: 'LinkedIn', direction: 'outbound' },
        { channel: 'Event', direction: 'outbound', campaign: 'Kyiv Fintech Week' },
      ],
    ],
    ['the stored channels when the save has none', undefined, [{ channel: 'LinkedIn', direction: 'outbound' }]],
  ])('should union channels: %s', (_case, channel, expected) => {
    const actual = merged({}, { channel });

    expect(actual.channels).toEqual(expected);
  });

  it.each([
    ['the rep’s answer wins', { status: 'partial' as const }, { status: 'yes' as const }, { status: 'yes' }],
    ['an unknown answer never overwrites', { status: 'yes' as const, note: 'Q3 budget' }, { status: 'unknown' as const }, { status: 'yes', note: 'Q3 budget' }],
    ['a new note wins', { status: 'yes' as const, note: 'Q3 budget' }, { status: 'yes' as const, note: 'Q4 budget' }, { status: 'yes', note: 'Q4 budget' }],
    ['a blank note never overwrites', { status: 'yes' as const, note: 'Q3 budget' }, { status: 'no' as const, note: ' ' }, { status: 'no', note: 'Q3 budget' }],
  ])('should merge BANT answers: %s', (_case, before, after, expected) => {
    const actual = merged(
      { bant: { ...unknownBant(), budget: before } },
      { bant: { ...unknownBant(), budget: after } },
    );

    expect(actual.bant.budget).toEqual(expected);
  });

  it('should recompute the temperature from the merged answers', () => {
    const actual = merged(
      { bant: { ...unknownBant(), need: { status: 'yes' } } },
      { bant: { ...unknownBant(), authority: { status: 'yes' } } },
    );

    expect(actual.temperature).toBe('warm');
  });

  it('should recompute the ICP grade from the merged person and company', () => {
    const actual = merged(
      { company: { size: '51-200', industry: 'Software' } },
      { person: makePerson({ title: 'CTO' }) },
    );

    expect(actual.icp).toEqual({ score: 100, grade: 'A' });
  });

  it('should take the stage the rep set, also a step back', () => {
    const actual = merged({ stage: 'sql' }, { stage: 'call' });

    expect(actual.stage).toBe('call');
  });

  it.each([
    ['notes added to empty ones', '', 'Met at Kyiv Fintech Week', 'Met at Kyiv Fintech Week'],
    ['stored notes when the save has none', 'Met at Kyiv Fintech Week', ' ', 'Met at Kyiv Fintech Week'],
    ['the rep’s edit of the stored notes', 'Met at Kyiv Fintech Week', 'Met at Kyiv Fintech Week. Call in May.', 'Met at Kyiv Fintech Week. Call in May.'],
    ['stored notes and new ones, both', 'Met at Kyiv Fintech Week', 'Asked for a demo', 'Met at Kyiv Fintech Week\n\nAsked for a demo'],
  ])('should keep notes: %s', (_case, before, after, expected) => {
    const actual = merged({ notes: before }, { notes: after });

    expect(actual.notes).toBe(expected);
  });

  it('should keep the stored reminder unless the rep set a new one', () => {
    const kept = merged({ reminder: { dueAt: '2026-04-01' } }, {});
    const replaced = merged(
      { reminder: { dueAt: '2026-04-01' } },
      { reminder: { dueAt: '2026-05-01', note: 'After the budget cycle' } },
    );

    expect(kept.reminder).toEqual({ dueAt: '2026-04-01' });
    expect(replaced.reminder).toEqual({ dueAt: '2026-05-01', note: 'After the budget cycle' });
  });

  it('should keep every identity key the person ever had and add the new ones', () => {
    const actual = merged(
      { person: makePerson({ linkedinUrl: LINKEDIN_URL, emails: ['olena@finlytics.io'] }) },
      { person: makePerson({ linkedinUrl: 'https://www.linkedin.com/in/olena-k/', emails: [] }) },
    );

    expect(actual.identityKeys).toEqual(['email:olena@finlytics.io', 'linkedin:olena-kovalenko', 'linkedin:olena-k']);
  });

  it('should recompute the search text', () => {
    const actual = merged({}, { company: { name: 'Finlytics Group' } });

    expect(actual.searchText).toBe('olena kovalenko\nchief technology officer\nfinlytics group');
  });

  it.each([
    ['the rep’s amount wins, the stored currency stays', { status: 'yes', amount: 20000, currency: 'EUR' }, { status: 'yes', amount: 50000 }, { status: 'yes', amount: 50000, currency: 'EUR' }],
    ['an unknown answer keeps the stored details', { status: 'partial', amount: 20000, note: 'FY26' }, { status: 'unknown' }, { status: 'partial', amount: 20000, note: 'FY26' }],
  ] as const)('should merge budget details: %s', (_case, before, after, expected) => {
    const actual = merged({ bant: { ...unknownBant(), budget: before } }, { bant: { ...unknownBant(), budget: after } });

    expect(actual.bant.budget).toEqual(expected);
  });

  it('should merge timing details and the authority role field by field', () => {
    const actual = merged(
      { bant: { ...unknownBant(), timing: { status: 'partial', timeframe: 'Q3' }, authority: { status: 'yes', role: 'influencer' } } },
      { bant: { ...unknownBant(), timing: { status: 'yes', date: '2026-09-30' }, authority: { status: 'yes', role: 'decision-maker' } } },
    );

    expect(actual.bant.timing).toEqual({ status: 'yes', timeframe: 'Q3', date: '2026-09-30' });
    expect(actual.bant.authority).toEqual({ status: 'yes', role: 'decision-maker' });
  });

  it('should union activities by type and time and recompute the engagement', () => {
    const demo = { type: 'demo', at: '2026-02-03T10:00:00.000Z' } as const;
    const call = { type: 'call', at: '2026-01-20T10:00:00.000Z' } as const;

    const actual = merged({ activities: [demo] }, { activities: [demo, call] });

    expect(actual.activities).toEqual([call, demo]);
    expect(actual.engagement).toEqual({ score: 45 });
  });

  it('should union stakeholders by name, the rep’s role winning', () => {
    const actual = merged(
      { stakeholders: [{ name: 'Taras Melnyk', role: 'CFO' }, { name: 'Iryna Bondar', role: 'Head of IT' }] },
      { stakeholders: [{ name: 'taras melnyk', role: 'CEO' }, { name: 'Oksana Shevchenko' }] },
    );

    expect(actual.stakeholders).toEqual([
      { name: 'taras melnyk', role: 'CEO' },
      { name: 'Iryna Bondar', role: 'Head of IT' },
      { name: 'Oksana Shevchenko' },
    ]);
  });

  it.each([
    ['the same due date saved again keeps its fired mark', '2026-04-01T09:00:00.000Z', { dueAt: '2026-04-01T09:00:00.000Z', note: 'Call', firedAt: '2026-04-01T09:00:05.000Z' }],
    ['a new due date is a new reminder', '2026-05-01T09:00:00.000Z', { dueAt: '2026-05-01T09:00:00.000Z', note: 'Call' }],
  ])('should merge a fired reminder: %s', (_case, dueAt, expected) => {
    const stored = { ...makeLead(), reminder: { dueAt: '2026-04-01T09:00:00.000Z', firedAt: '2026-04-01T09:00:05.000Z' } };

    const actual = mergeLead(stored, makeLeadInput({ reminder: { dueAt, note: 'Call' } }), NOW, TEST_SETTINGS);

    expect(actual.reminder).toEqual(expected);
  });
});
