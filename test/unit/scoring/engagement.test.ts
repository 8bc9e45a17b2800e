import { describe, expect, it } from 'vitest';
import type { Activity, ActivityType } from '@/lib/leads/types';
import { DEFAULT_ENGAGEMENT_POINTS, engagementScore } from '@/lib/scoring/engagement';

function activities(...types: ActivityType[]): Activity[] {
  return types.map((type) => ({ type, at: '2026-11-20T10:00:00.000Z' }));
}

describe('engagementScore', () => {
  it.each([
    [[], 0, false],
    [['email-open'], 1, false],
    [['demo'], 30, false],
    [['demo', 'call'], 45, true],
    [['reply', 'reply', 'pricing-visit'], 28, false],
  ] as [ActivityType[], number, boolean][])('should score %o as %i (ready for sales: %s)', (types, score, ready) => {
    const actual = engagementScore(activities(...types));

    expect(actual.score).toBe(score);
    expect(actual.readyForSales).toBe(ready);
  });

  it('should value a demo far above a blog visit or an email open', () => {
    expect(DEFAULT_ENGAGEMENT_POINTS.demo).toBeGreaterThanOrEqual(10 * DEFAULT_ENGAGEMENT_POINTS['email-open']);
  });

  it('should list the points per activity type, largest first', () => {
    const actual = engagementScore(activities('reply', 'demo', 'reply'));

    expect(actual.breakdown).toEqual([
      { type: 'demo', count: 1, points: 30 },
      { type: 'reply', count: 2, points: 20 },
    ]);
  });

  it('should honour edited points and threshold', () => {
    const actual = engagementScore(activities('download'), { ...DEFAULT_ENGAGEMENT_POINTS, download: 50 }, 50);

    expect(actual).toMatchObject({ score: 50, readyForSales: true });
  });
});
