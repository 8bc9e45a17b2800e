import { describe, expect, it } from 'vitest';
import { DEFAULT_ICP_PROFILE, type IcpProfile } from '@/lib/scoring/icp';
import {
  duplicateIcpProfile,
  findIcpProfile,
  formatKeywords,
  icpProfileProblems,
  parseKeywords,
} from '@/lib/scoring/icp-profiles';

function sequentialIds() {
  let next = 0;
  return () => `id-${++next}`;
}

const CFOS: IcpProfile = { ...DEFAULT_ICP_PROFILE, id: 'cfos', name: 'Fintech CFOs' };

describe('findIcpProfile', () => {
  it.each([
    [[DEFAULT_ICP_PROFILE, CFOS], 'cfos', 'cfos'],
    [[DEFAULT_ICP_PROFILE, CFOS], 'default', 'default'],
    [[CFOS, DEFAULT_ICP_PROFILE], 'deleted', 'cfos'],
    [[], 'cfos', 'default'],
  ])('should pick from %# the profile %s, else the first, else the built-in one', (profiles, id, expected) => {
    expect(findIcpProfile(profiles, id).id).toBe(expected);
  });
});

describe('icpProfileProblems', () => {
  it.each([
    [{}, []],
    [{ name: ' ' }, ['Every ICP profile needs a name.']],
    [{ cutoffs: { A: 50, B: 50, C: 25 } }, ['Fintech CFOs: Grade A needs more points than Grade B, and B more than C.']],
    [{ cutoffs: { A: 75, B: 20, C: 25 } }, ['Fintech CFOs: Grade A needs more points than Grade B, and B more than C.']],
    [{ cutoffs: { A: 101, B: 50, C: 25 } }, ['Fintech CFOs: grade cutoffs are whole numbers from 0 to 100.']],
    [{ cutoffs: { A: 75, B: 50.5, C: 25 } }, ['Fintech CFOs: grade cutoffs are whole numbers from 0 to 100.']],
    [
      { criteria: DEFAULT_ICP_PROFILE.criteria.map((criterion) => ({ ...criterion, points: 0 })) },
      ['Fintech CFOs: at least one criterion must be worth points.'],
    ],
    [
      { criteria: [{ ...DEFAULT_ICP_PROFILE.criteria[0]!, points: -5 }, DEFAULT_ICP_PROFILE.criteria[1]!] },
      ['Fintech CFOs: points are whole numbers, 0 or more.'],
    ],
  ] as [Partial<IcpProfile>, string[]][])('should find in %j the problems %j', (change, problems) => {
    expect(icpProfileProblems({ ...CFOS, ...change })).toEqual(problems);
  });
});

describe('duplicateIcpProfile', () => {
  it('should copy a profile under a new id and name, editable apart from the original', () => {
    const copy = duplicateIcpProfile(CFOS, sequentialIds());
    copy.criteria[0]!.match.push('treasurer');
    copy.cutoffs.A = 90;

    expect(copy).toMatchObject({ id: 'id-1', name: 'Fintech CFOs (copy)' });
    expect(CFOS.criteria[0]!.match).not.toContain('treasurer');
    expect(CFOS.cutoffs.A).toBe(75);
  });
});

describe('parseKeywords', () => {
  it.each([
    ['cto, ceo', ['cto', 'ceo']],
    ['  head   of , , CTO,cto ', ['head of', 'CTO']],
    ['технічний директор, технический директор', ['технічний директор', 'технический директор']],
    ['', []],
  ])('should read %j as %j', (text, keywords) => {
    expect(parseKeywords(text)).toEqual(keywords);
  });

  it('should write keywords back the way they are read', () => {
    const keywords = ['cto', 'head of', 'директор'];

    expect(parseKeywords(formatKeywords(keywords))).toEqual(keywords);
  });
});
