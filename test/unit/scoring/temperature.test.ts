import { describe, expect, it } from 'vitest';
import type { BantStatus } from '@/lib/leads/types';
import { DEFAULT_RULES, explainTemperature, suggestedStage, temperature, type Bant, type QualificationRules } from '@/lib/scoring';

const STATUSES: BantStatus[] = ['unknown', 'no', 'partial', 'yes'];

/** Every one of the 4^4 = 256 BANT combinations. */
function allBants(): Bant[] {
  const result: Bant[] = [];
  for (const budget of STATUSES)
    for (const authority of STATUSES)
      for (const need of STATUSES)
        for (const timing of STATUSES) result.push({ budget, authority, need, timing });
  return result;
}

/** The rule of CONTRACT.md §4, written out independently of the implementation. */
function expectedTemperature(bant: Bant, rules: QualificationRules) {
  const yes = (Object.values(bant) as BantStatus[]).filter((s) => s === 'yes').length;
  if (yes === 4) return 'hot';
  const needAndAuthority = bant.need === 'yes' && bant.authority === 'yes';
  if (yes >= rules.minConfirmedForMql && (!rules.requireNeedAndAuthority || needAndAuthority)) return 'warm';
  return 'cold';
}

const RULE_SETS: QualificationRules[] = [
  DEFAULT_RULES,
  { minConfirmedForMql: 2, requireNeedAndAuthority: false },
  { minConfirmedForMql: 3, requireNeedAndAuthority: true },
  { minConfirmedForMql: 3, requireNeedAndAuthority: false },
  { minConfirmedForMql: 1, requireNeedAndAuthority: false },
];

describe('temperature', () => {
  it.each(RULE_SETS)('should follow the rule for all 256 combinations under %o', (rules) => {
    for (const bant of allBants()) {
      expect(temperature(bant, rules), JSON.stringify(bant)).toBe(expectedTemperature(bant, rules));
    }
  });

  it.each([
    [{ budget: 'yes', authority: 'yes', need: 'yes', timing: 'yes' }, 'hot'],
    [{ budget: 'unknown', authority: 'yes', need: 'yes', timing: 'unknown' }, 'warm'],
    [{ budget: 'yes', authority: 'unknown', need: 'yes', timing: 'yes' }, 'cold'],
    [{ budget: 'partial', authority: 'partial', need: 'partial', timing: 'partial' }, 'cold'],
    [{ budget: 'unknown', authority: 'unknown', need: 'unknown', timing: 'unknown' }, 'cold'],
  ] as [Bant, string][])('should call %o %s by default', (bant, expected) => {
    expect(temperature(bant)).toBe(expected);
  });

  it('should say what is missing for warm', () => {
    const actual = explainTemperature({ budget: 'yes', authority: 'no', need: 'yes', timing: 'unknown' });

    expect(actual.temperature).toBe('cold');
    expect(actual.reasons).toContain('Warm needs Need and Authority confirmed');
  });
});

describe('suggestedStage', () => {
  it.each([
    ['cold', 'contact-us'],
    ['warm', 'mql'],
    ['hot', 'sql'],
  ] as const)('should suggest %s → %s', (temp, stage) => {
    expect(suggestedStage(temp)).toBe(stage);
  });
});
