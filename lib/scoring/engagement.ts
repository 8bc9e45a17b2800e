import type { Activity, ActivityType } from '@/lib/leads/types';

/** Points per logged activity. Editable in the options page. */
export type EngagementPoints = Record<ActivityType, number>;

/** A demo is worth far more than a blog visit (PRODUCT.md). */
export const DEFAULT_ENGAGEMENT_POINTS: EngagementPoints = {
  demo: 30,
  trial: 25,
  meeting: 20,
  consultation: 20,
  call: 15,
  reply: 10,
  'pricing-visit': 8,
  download: 5,
  'link-click': 3,
  'email-open': 1,
};

/** A lead is handed to sales only at or above this engagement score. @default 40 */
export const DEFAULT_HANDOFF_SCORE = 40;

export interface EngagementResult {
  score: number;
  /** Whether the score reaches the hand-off threshold. */
  readyForSales: boolean;
  /** Points earned per activity type, largest first. */
  breakdown: { type: ActivityType; count: number; points: number }[];
}

export function engagementScore(
  activities: readonly Activity[],
  points: EngagementPoints = DEFAULT_ENGAGEMENT_POINTS,
  handoffScore: number = DEFAULT_HANDOFF_SCORE,
): EngagementResult {
  const byType = new Map<ActivityType, { count: number; points: number }>();
  for (const { type } of activities) {
    const entry = byType.get(type) ?? { count: 0, points: 0 };
    entry.count += 1;
    entry.points += points[type] ?? 0;
    byType.set(type, entry);
  }
  const breakdown = [...byType].map(([type, entry]) => ({ type, ...entry })).sort((a, b) => b.points - a.points);
  const score = breakdown.reduce((sum, entry) => sum + entry.points, 0);
  return { score, readyForSales: score >= handoffScore, breakdown };
}
