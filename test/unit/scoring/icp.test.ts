import { describe, expect, it } from 'vitest';
import { DEFAULT_ICP_PROFILE, gradeFromScore, gradeProspect } from '@/lib/scoring/icp';

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
