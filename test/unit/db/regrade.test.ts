import { describe, expect, it, vi } from 'vitest';
import { createGradePreview } from '@/lib/db/grade-preview';
import { openLeadsDb } from '@/lib/db/open';
import { createRegrader, settingsSignature, type RegradeJob, type RegradeProgress, type RegradeSettings } from '@/lib/db/regrade';
import type { Lead } from '@/lib/leads/types';
import { DEFAULT_ICP_PROFILE, type IcpProfile } from '@/lib/scoring/icp';
import { DEFAULT_CHANNELS } from '@/lib/settings/channels';
import { makeLead, makePerson, TEST_SETTINGS as LEAD_SETTINGS } from '../../fixtures/leads';

/** Anyone whose title says "developer" is an A; everyone else a D. */
const DEVELOPERS: IcpProfile = {
  id: 'developers',
  name: 'Developers',
  criteria: [{ id: 'dev', label: 'Developer', field: 'title', match: ['developer'], points: 100 }],
  exclusions: [],
  cutoffs: { A: 75, B: 50, C: 25 },
};
const TEST_SETTINGS: RegradeSettings = { ...LEAD_SETTINGS, channels: DEFAULT_CHANNELS };
const GRADE_DEVELOPERS: RegradeSettings = { ...TEST_SETTINGS, icpProfiles: [DEVELOPERS], defaultIcpProfileId: 'developers' };

/** `count` leads, every third a developer, the others CTOs (an A or C by the built-in profile). */
async function seed(count: number): Promise<Lead[]> {
  const leads = Array.from({ length: count }, (_, index) =>
    makeLead(
      { person: makePerson({ fullName: `Lead ${index}`, title: index % 3 === 0 ? 'Developer' : 'CTO' }) },
      { id: `lead-${String(index).padStart(4, '0')}` },
    ),
  );
  const db = await openLeadsDb();
  const tx = db.transaction('leads', 'readwrite');
  await Promise.all([...leads.map((lead) => tx.store.put(lead)), tx.done]);
  return leads;
}

async function storedGrades(): Promise<string> {
  const leads = await (await openLeadsDb()).getAll('leads');
  return leads.map((lead) => lead.icp.grade).join('');
}

function memoryJobs(initial: RegradeJob | null = null) {
  let job = initial;
  return {
    getValue: async () => job,
    setValue: vi.fn(async (next: RegradeJob) => {
      job = next;
    }),
  };
}

function regrader(settings: RegradeSettings, jobs = memoryJobs(), chunkSize = 4) {
  const progress: RegradeProgress[] = [];
  const finished: string[][] = [];
  const instance = createRegrader({
    db: openLeadsDb(),
    getSettings: async () => settings,
    jobs,
    onProgress: (step) => progress.push(step),
    onFinished: (ids) => finished.push(ids),
    pause: async () => {},
    chunkSize,
  });
  return { instance, progress, finished, jobs };
}

describe('createRegrader', () => {
  it('should re-grade every stored lead in chunks, reporting progress and the changed leads', async () => {
    const leads = await seed(10);
    expect(await storedGrades()).toBe('DCCDCCDCCD');
    const { instance, progress, finished } = regrader(GRADE_DEVELOPERS);

    await instance.start();

    expect(await storedGrades()).toBe('ADDADDADDA');
    expect(progress).toEqual([
      { done: 0, total: 10 },
      { done: 4, total: 10 },
      { done: 8, total: 10 },
      { done: 10, total: 10 },
    ]);
    // Every lead changed: each developer went from D to A, each CTO from C to D.
    expect(finished).toEqual([leads.map((lead) => lead.id)]);
  });

  it('should re-score the engagement of stored leads when the activity points change', async () => {
    const lead = makeLead({ activities: [{ type: 'demo', at: '2026-01-05T09:00:00.000Z' }] });
    const db = await openLeadsDb();
    await db.put('leads', lead);
    const demoWorthMore = { ...TEST_SETTINGS, engagementPoints: { ...TEST_SETTINGS.engagementPoints, demo: 50 } };

    await regrader(demoWorthMore).instance.start();

    expect(lead.engagement).toEqual({ score: 30 });
    expect((await db.get('leads', lead.id))?.engagement).toEqual({ score: 50 });
  });

  it('should do nothing when the leads are already graded against these settings', async () => {
    await seed(3);
    const jobs = memoryJobs({ signature: settingsSignature(GRADE_DEVELOPERS), done: 3, total: 3, finished: true });
    const { instance, progress } = regrader(GRADE_DEVELOPERS, jobs);

    await instance.start();

    expect(progress).toEqual([]);
    expect(await storedGrades()).toBe('DCC');
  });

  it('should resume after the last lead a stopped worker re-graded', async () => {
    await seed(6);
    const jobs = memoryJobs({ signature: settingsSignature(GRADE_DEVELOPERS), afterId: 'lead-0002', done: 3, total: 6, finished: false });
    const { instance, progress } = regrader(GRADE_DEVELOPERS, jobs);

    await instance.start();

    // The first three were left as the stopped worker found them: only the rest is walked again.
    expect(await storedGrades()).toBe('DCCADD');
    expect(progress.at(-1)).toEqual({ done: 6, total: 6 });
    expect(await jobs.getValue()).toMatchObject({ finished: true, afterId: 'lead-0005' });
  });

  it('should start over against the newest settings when they change mid-walk', async () => {
    await seed(12);
    let settings = GRADE_DEVELOPERS;
    const jobs = memoryJobs();
    const instance = createRegrader({
      db: openLeadsDb(),
      getSettings: async () => settings,
      jobs,
      onProgress: ({ done }) => {
        if (done !== 4 || settings !== GRADE_DEVELOPERS) return;
        settings = TEST_SETTINGS;
        void instance.start();
      },
      onFinished: () => {},
      pause: async () => {},
      chunkSize: 4,
    });

    await instance.start();

    expect(await storedGrades()).toBe('DCCDCCDCCDCC');
    expect(await jobs.getValue()).toMatchObject({ signature: settingsSignature(TEST_SETTINGS), finished: true, done: 12 });
  });
});

describe('createRegrader following a channel rename', () => {
  const RENAMED: RegradeSettings = {
    ...TEST_SETTINGS,
    channels: DEFAULT_CHANNELS.map((channel) => (channel.id === 'linkedin' ? { ...channel, name: 'LinkedIn DMs' } : channel)),
  };
  const walkedWith = (settings: RegradeSettings): RegradeJob => ({
    signature: settingsSignature(settings),
    done: 0,
    total: 0,
    finished: true,
    channelNames: Object.fromEntries(settings.channels.map(({ id, name }) => [id, [name]])),
  });
  const channelsOf = async () => (await (await openLeadsDb()).getAll('leads')).map((lead) => lead.channels.map((tag) => tag.channel).join('+'));

  it('should retag every stored lead of the renamed channel, touches included, and no other', async () => {
    const leads = await seed(6);
    const db = await openLeadsDb();
    await db.put('leads', makeLead({ channel: { channel: 'Event', direction: 'outbound' } }, { id: 'lead-event' }));
    const { instance, finished, jobs } = regrader(RENAMED, memoryJobs(walkedWith(TEST_SETTINGS)));

    await instance.start();

    expect(await channelsOf()).toEqual([...Array(6).fill('LinkedIn DMs'), 'Event']);
    const [first] = await db.getAll('leads');
    expect(first?.history.map((touch) => touch.channel?.channel)).toEqual(['LinkedIn DMs']);
    expect(finished).toEqual([leads.map((lead) => lead.id)]);
    // The walk is done: only the current names are left to carry.
    expect((await jobs.getValue())?.channelNames?.linkedin).toEqual(['LinkedIn DMs']);
  });

  it('should retag both old names to the newest when renamed again before a stopped walk finished', async () => {
    await seed(6);
    const stopped: RegradeJob = {
      signature: settingsSignature(RENAMED),
      afterId: 'lead-0002',
      done: 3,
      total: 6,
      finished: false,
      channelNames: { ...walkedWith(TEST_SETTINGS).channelNames, linkedin: ['LinkedIn DMs', 'LinkedIn'] },
    };
    const db = await openLeadsDb();
    for (const lead of await db.getAll('leads', IDBKeyRange.upperBound('lead-0002'))) {
      await db.put('leads', { ...lead, channels: [{ channel: 'LinkedIn DMs', direction: 'outbound' }] });
    }
    const renamedAgain: RegradeSettings = {
      ...TEST_SETTINGS,
      channels: DEFAULT_CHANNELS.map((channel) => (channel.id === 'linkedin' ? { ...channel, name: 'Social selling' } : channel)),
    };

    await regrader(renamedAgain, memoryJobs(stopped)).instance.start();

    expect(await channelsOf()).toEqual(Array(6).fill('Social selling'));
  });

  it('should go on retagging after the last lead a stopped worker retagged', async () => {
    await seed(6);
    const jobs = memoryJobs({
      signature: settingsSignature(RENAMED),
      afterId: 'lead-0002',
      done: 3,
      total: 6,
      finished: false,
      channelNames: { linkedin: ['LinkedIn DMs', 'LinkedIn'] },
    });

    await regrader(RENAMED, jobs).instance.start();

    expect(await channelsOf()).toEqual([...Array(3).fill('LinkedIn'), ...Array(3).fill('LinkedIn DMs')]);
    expect(await jobs.getValue()).toMatchObject({ finished: true, done: 6 });
  });
});

describe('createGradePreview', () => {
  it.each([
    [DEFAULT_ICP_PROFILE, { A: 0, B: 0, C: 6, D: 3 }],
    [DEVELOPERS, { A: 3, B: 0, C: 0, D: 6 }],
    [{ ...DEVELOPERS, exclusions: [{ id: 'all', label: 'Everyone', field: 'title', match: ['developer'] }] } as IcpProfile, { A: 0, B: 0, C: 0, D: 9 }],
  ])('should count the stored leads per grade under profile %#', async (profile, counts) => {
    await seed(9);

    expect(await createGradePreview(openLeadsDb()).distribution(profile)).toEqual(counts);
  });

  it('should read the leads again only after it is told they changed', async () => {
    await seed(3);
    const preview = createGradePreview(openLeadsDb());
    await preview.distribution(DEVELOPERS);
    await seed(6);

    const before = await preview.distribution(DEVELOPERS);
    preview.invalidate();
    const after = await preview.distribution(DEVELOPERS);

    expect(before).toEqual({ A: 1, B: 0, C: 0, D: 2 });
    expect(after).toEqual({ A: 2, B: 0, C: 0, D: 4 });
  });
});
