import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ICP_PROFILE,
  findKeyword,
  gradeFromScore,
  gradeProspect,
  type GradeInput,
  type IcpField,
  type IcpProfile,
} from '@/lib/scoring/icp';

function prospect(title?: string, size?: string, industry?: string) {
  return { person: { title }, company: { size, industry } } as Parameters<typeof gradeProspect>[0];
}

describe('gradeProspect', () => {
  it.each([
    ['CTO', '51-200', 'Computer Software', 100, 'A'],
    ['Технічний директор', '201-500', undefined, 75, 'A'],
    ['Технический директор', undefined, 'Программное обеспечение', 70, 'B'],
    ['Software Engineer', '51-200', 'Software', 55, 'B'],
    ['Director of Sales', '10001+', undefined, 45, 'C'],
    ['Developer', '1-10', 'Retail', 0, 'D'],
    [undefined, undefined, undefined, 0, 'D'],
  ])('should grade %s / %s / %s as %i (%s)', (title, size, industry, score, grade) => {
    const actual = gradeProspect(prospect(title, size, industry));

    expect(actual.score).toBe(score);
    expect(actual.grade).toBe(grade);
  });

  it('should not match a keyword inside another word ("cto" in "director")', () => {
    const actual = gradeProspect(prospect('Art Director'));

    expect(actual.matched.map((r) => r.value)).toEqual(['director']);
  });

  it('should cap an excluded prospect at D and say why', () => {
    const actual = gradeProspect(prospect('CTO intern', '51-200', 'Software'));

    expect(actual.score).toBe(100);
    expect(actual.grade).toBe('D');
    expect(actual.excludedBy).toBe('Student or intern');
  });

  it('should list the criteria that are missing', () => {
    const actual = gradeProspect(prospect('CEO'));

    expect(actual.missing.map((r) => r.label)).toEqual(['Company of 51–1000 people', 'Software or IT industry']);
  });
});

describe('gradeFromScore', () => {
  it.each([
    [100, 'A'], [75, 'A'], [74, 'B'], [50, 'B'], [49, 'C'], [25, 'C'], [24, 'D'], [0, 'D'],
  ] as const)('should map %i to %s', (score, grade) => {
    expect(gradeFromScore(score, DEFAULT_ICP_PROFILE.cutoffs)).toBe(grade);
  });
});

describe('findKeyword', () => {
  it.each([
    ['CTO at Finlytics', ['cto'], 'cto'],
    ['cto', ['CTO'], 'CTO'],
    ['Art Director', ['cto'], undefined],
    ['CTOs and founders', ['cto'], undefined],
    ['Head  of Sales', ['head of'], 'head of'],
    ['Технічний директор', ['технічний директор'], 'технічний директор'],
    ['Технический директор', ['технический директор'], 'технический директор'],
    ['Заступник технічного директора', ['технічний директор'], 'технічний директор'],
    ['працює директором з продажу', ['директор'], 'директор'],
    ['Посада: директора', ['директор'], 'директор'],
    ['Рада директорів', ['директор'], 'директор'],
    ['Руководителем отдела', ['руководитель'], 'руководитель'],
    ['Директорат', ['директор'], undefined],
    ['Інженерка', ['інженер'], undefined],
    ['ПО-разработка', ['по'], 'по'],
    ['Програмного забезпечення', ['програмне'], 'програмне'],
    ['', ['cto'], undefined],
    ['CTO', ['  ', ''], undefined],
  ] as const)('should find in %j the keyword of %j: %j', (text, keywords, expected) => {
    expect(findKeyword(text, keywords)).toBe(expected);
  });
});

function withCriterion(field: IcpField, match: string[]): IcpProfile {
  return {
    id: 'one',
    name: 'One criterion',
    criteria: [
      { id: 'target', label: 'Target', field, match, points: 60 },
      { id: 'never', label: 'Never matches', field: 'keywords', match: ['zzz-never'], points: 40 },
    ],
    exclusions: [],
    cutoffs: { A: 80, B: 60, C: 30 },
  };
}

const JANE: GradeInput = {
  person: { title: 'VP Engineering', headline: 'Building payments at Acme', location: 'Kyiv, Ukraine' },
  company: { name: 'Acme Pay', industry: 'Financial Services', size: '201-500', location: 'Lviv', description: 'Kubernetes and Go shop' },
};

describe('gradeProspect by field', () => {
  it.each([
    ['title', ['vp'], true],
    ['title', ['cfo'], false],
    ['department', ['engineering'], true],
    ['department', ['marketing'], false],
    ['industry', ['financial services'], true],
    ['industry', ['software'], false],
    ['size', ['201-500'], true],
    ['size', ['51-200', '501-1000'], false],
    ['location', ['ukraine'], true],
    ['location', ['lviv'], true],
    ['location', ['poland'], false],
    ['keywords', ['kubernetes'], true],
    ['keywords', ['acme pay'], true],
    ['keywords', ['payments'], true],
    ['keywords', ['java'], false],
  ] as const)('should read %s for %j: matched %s', (field, match, matches) => {
    const actual = gradeProspect(JANE, withCriterion(field, [...match]));

    expect(actual.matched.map((reason) => reason.label)).toEqual(matches ? ['Target'] : []);
    expect(actual.score).toBe(matches ? 60 : 0);
    expect(actual.grade).toBe(matches ? 'B' : 'D');
  });

  it.each([
    ['title', ['intern'], false],
    ['title', ['vp'], true],
    ['industry', ['financial services'], true],
    ['size', ['201-500'], true],
    ['location', ['russia'], false],
    ['keywords', ['kubernetes'], true],
  ] as const)('should cap the grade at D when an exclusion on %s %j matches (%s)', (field, match, excluded) => {
    const profile: IcpProfile = {
      ...withCriterion('title', ['vp']),
      exclusions: [{ id: 'x', label: 'Excluded', field, match: [...match] }],
      cutoffs: { A: 50, B: 40, C: 30 },
    };

    const actual = gradeProspect(JANE, profile);

    expect(actual.score).toBe(60);
    expect(actual.grade).toBe(excluded ? 'D' : 'A');
    expect(actual.excludedBy).toBe(excluded ? 'Excluded' : undefined);
  });
});

describe('gradeProspect cutoffs and what would move the lead up', () => {
  it.each([
    [{ A: 60, B: 40, C: 20 }, 'A'],
    [{ A: 61, B: 60, C: 20 }, 'B'],
    [{ A: 90, B: 61, C: 60 }, 'C'],
    [{ A: 90, B: 80, C: 61 }, 'D'],
    [{ A: 100, B: 99, C: 0 }, 'C'],
  ] as const)('should grade a score of 60 with cutoffs %j as %s', (cutoffs, grade) => {
    expect(gradeProspect(JANE, { ...withCriterion('title', ['vp']), cutoffs }).grade).toBe(grade);
  });

  it.each([
    ['CTO', '1-10', undefined, { nextGrade: 'B', scoreNeeded: 5, bestMissing: { label: 'Company of 51–1000 people', scoreGain: 30 } }],
    ['CEO', undefined, 'Software', { nextGrade: 'A', scoreNeeded: 5, bestMissing: { label: 'Company of 51–1000 people', scoreGain: 30 } }],
    ['Developer', undefined, 'Software', { nextGrade: 'B', scoreNeeded: 25, bestMissing: { label: 'Decision-maker title', scoreGain: 45 } }],
    ['Developer', undefined, undefined, { nextGrade: 'C', scoreNeeded: 25, bestMissing: { label: 'Decision-maker title', scoreGain: 45 } }],
  ])('should tell what moves %s / %s / %s up', (title, size, industry, expected) => {
    const actual = gradeProspect(prospect(title, size, industry));

    expect(actual.moveUp).toEqual(expected);
  });

  it('should suggest nothing at grade A or when an exclusion caps the grade', () => {
    expect(gradeProspect(prospect('CTO', '51-200', 'Software')).moveUp).toBeUndefined();
    expect(gradeProspect(prospect('CTO intern', '1-10')).moveUp).toBeUndefined();
  });

  it('should score 0 and grade D when no criterion is worth points', () => {
    const profile: IcpProfile = { ...withCriterion('title', ['vp']), criteria: [] };

    expect(gradeProspect(JANE, profile)).toMatchObject({ score: 0, grade: 'D' });
  });
});
