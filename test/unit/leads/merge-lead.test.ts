import { describe, expect, it } from 'vitest';
import { laterStage, mergeLead, mergeStoredLeads } from '@/lib/leads/merge-lead';
import { STAGES, unknownBant, type LeadInput, type Stage } from '@/lib/leads/types';
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

  it('should take the stage the rep chose, also a step back', () => {
    const actual = merged({ stage: 'sql' }, { stage: 'call', edited: ['stage'] });

    expect(actual.stage).toBe('call');
  });

  it('should only move the stage forward when the rep did not choose it', () => {
    expect(merged({ stage: 'sql' }, { stage: 'contact-us' }).stage).toBe('sql');
    expect(merged({ stage: 'call' }, { stage: 'sql' }).stage).toBe('sql');
  });

  // Rows: stored stage; columns: incoming stage (STAGES order). Each cell: what an untouched save keeps.
  const L = 'contact-later';
  const W = 'closed-won';
  const X = 'closed-lost';
  const LATER_STAGE: Record<Stage, Stage[]> = {
    //             contact-us    mql    call    sql    negotiation    won  lost  later
    'contact-us': ['contact-us', 'mql', 'call', 'sql', 'negotiation', W, X, L],
    mql: ['mql', 'mql', 'call', 'sql', 'negotiation', W, X, L],
    call: ['call', 'call', 'call', 'sql', 'negotiation', W, X, L],
    sql: ['sql', 'sql', 'sql', 'sql', 'negotiation', W, X, L],
    negotiation: ['negotiation', 'negotiation', 'negotiation', 'negotiation', 'negotiation', W, X, L],
    'closed-won': [W, W, W, W, W, W, W, W],
    'closed-lost': [X, X, X, X, X, X, X, X],
    'contact-later': [L, L, L, L, L, W, X, L],
  };

  it.each(STAGES.flatMap((stored) => STAGES.map((incoming, column) => [stored, incoming, LATER_STAGE[stored][column]])))(
    'should keep the later stage: stored %s, incoming %s → %s',
    (stored, incoming, expected) => {
      expect(laterStage(stored as Stage, incoming as Stage)).toBe(expected);
    },
  );

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

    expect(actual.identityKeys).toEqual([
      'email:olena@finlytics.io',
      'linkedin:olena-kovalenko',
      'name:olena kovalenko@finlytics.io',
      'linkedin:olena-k',
    ]);
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

  describe('manual edits and captures (CRM.md §6.6)', () => {
    const capture = (person: Parameters<typeof makePerson>[0], company = {}) =>
      makeLeadInput({ person: makePerson(person), company: { name: 'Finlytics.io', ...company } });

    it('should never let a later capture overwrite a value the rep typed', () => {
      const stored = mergeLead(makeLead(), { ...capture({ title: 'Head of Data' }), edited: ['person.title'] }, NOW, TEST_SETTINGS);

      const actual = mergeLead(stored, capture({ title: 'Data Engineer' }), new Date('2026-04-01T00:00:00Z'), TEST_SETTINGS);

      expect(actual.person.title).toBe('Head of Data');
      expect(actual.manualFields).toEqual(['person.title']);
    });

    it('should let a later manual edit replace a manual value', () => {
      const stored = mergeLead(makeLead(), { ...capture({ title: 'Head of Data' }), edited: ['person.title'] }, NOW, TEST_SETTINGS);

      const actual = mergeLead(stored, { ...capture({ title: 'CDO' }), edited: ['person.title'] }, NOW, TEST_SETTINGS);

      expect(actual.person.title).toBe('CDO');
    });

    it('should take the newest capture for volatile fields the rep never touched', () => {
      const actual = merged({ person: makePerson({ title: 'CTO' }) }, { person: makePerson({ title: 'CEO' }) });

      expect(actual.person.title).toBe('CEO');
      expect(actual.manualFields).toBeUndefined();
    });

    it('should not remember a field the rep cleared as manual', () => {
      const actual = merged({}, { person: makePerson({ title: '' }), edited: ['person.title', 'stage'] });

      expect(actual.person.title).toBe('Chief Technology Officer');
      expect(actual.manualFields).toBeUndefined();
    });

    it('should treat another employer in a newer capture as a job change, dropping the old company’s details', () => {
      const actual = merged(
        { company: { name: 'Finlytics', domain: 'finlytics.io', industry: 'Fintech', size: '51-200' } },
        { company: { name: 'Brightforge', domain: 'brightforge.com.ua' } },
      );

      expect(actual.company).toEqual({ name: 'Brightforge', domain: 'brightforge.com.ua' });
    });

    it('should keep a company the rep set by hand when a capture shows another', () => {
      const stored = mergeLead(makeLead(), { ...makeLeadInput({ company: { name: 'Finlytics' } }), edited: ['company.name'] }, NOW, TEST_SETTINGS);

      const actual = mergeLead(stored, makeLeadInput({ company: { name: 'Old Employer Ltd', domain: 'old.com' } }), NOW, TEST_SETTINGS);

      expect(actual.company).toEqual({ name: 'Finlytics' });
    });

    it('should keep the rep’s primary e-mail first when a capture brings others, and cap e-mails and phones at 5', () => {
      const stored = mergeLead(
        makeLead(),
        { ...capture({ emails: ['olena@finlytics.io'], phones: ['+380441234567'] }), edited: ['person.emails'] },
        NOW,
        TEST_SETTINGS,
      );
      const many = Array.from({ length: 6 }, (_, n) => `o${n}@finlytics.io`);
      const phones = Array.from({ length: 6 }, (_, n) => `+38067123456${n}`);

      const actual = mergeLead(stored, capture({ emails: many, phones }), NOW, TEST_SETTINGS);

      expect(actual.person.emails).toEqual(['olena@finlytics.io', ...many.slice(0, 4)]);
      expect(actual.person.phones).toEqual(phones.slice(0, 5));
      // Identity keys are never dropped, also of addresses past the cap.
      expect(actual.identityKeys).toEqual(expect.arrayContaining(many.map((email) => `email:${email}`)));
    });
  });

  describe('mergeStoredLeads', () => {
    const older = makeLead(
      { person: makePerson({ title: 'CTO', emails: ['olena@finlytics.io'] }), stage: 'sql', notes: 'Met in Kyiv' },
      { id: 'older', at: '2026-01-05T09:00:00.000Z' },
    );
    const newer = makeLead(
      {
        person: makePerson({ fullName: 'Олена Коваленко', title: 'CEO', emails: ['o.kovalenko@gmail.com'] }),
        source: { url: 'https://finlytics.io/team', kind: 'company-site' },
        channel: { channel: 'Web research', direction: 'outbound' },
        stage: 'mql',
        notes: 'Asked for pricing',
      },
      { id: 'newer', at: '2026-02-05T09:00:00.000Z' },
    );

    it('should keep the survivor’s id and first capture, the newer record’s values and the later stage', () => {
      const actual = mergeStoredLeads(older, newer, NOW, TEST_SETTINGS);

      expect(actual).toMatchObject({
        id: 'older',
        createdAt: '2026-01-05T09:00:00.000Z',
        updatedAt: '2026-03-02T10:00:00.000Z',
        stage: 'sql',
        notes: 'Met in Kyiv\n\nAsked for pricing',
        person: { fullName: 'Олена Коваленко', title: 'CEO', emails: ['o.kovalenko@gmail.com', 'olena@finlytics.io'] },
      });
      expect(actual.history.map((touch) => touch.at)).toEqual(['2026-01-05T09:00:00.000Z', '2026-02-05T09:00:00.000Z']);
      expect(actual.channels.map((tag) => tag.channel)).toEqual(['LinkedIn', 'Web research']);
      expect(actual.identityKeys).toEqual(expect.arrayContaining([...older.identityKeys, ...newer.identityKeys]));
    });

    it('should keep the id of the survivor whichever was updated last, and forget being kept apart from each other', () => {
      const actual = mergeStoredLeads({ ...newer, keptApartFrom: ['older', 'third'] }, { ...older, keptApartFrom: ['newer'] }, NOW, TEST_SETTINGS);

      expect(actual.id).toBe('newer');
      expect(actual.keptApartFrom).toEqual(['third']);
    });
  });
});
