import type { IcpGrade, Temperature } from '@/lib/leads/types';
import type { EngagementView } from '@/lib/state/qualification-form';
import { GradeChip } from './GradeChip';
import { TemperatureBadge } from './TemperatureBadge';

interface ScoreSummaryProps {
  temperature: Temperature;
  grade: IcpGrade;
  /** ICP fit, 0..100. */
  score: number;
  engagement?: Pick<EngagementView, 'score' | 'readyForSales' | 'toHandoff'>;
}

/** How warm the lead is and how well it fits the ICP, at a glance; it follows every answer live. */
export function ScoreSummary({ temperature, grade, score, engagement }: ScoreSummaryProps) {
  return (
    <section class="score-summary" aria-label="Scoring">
      <div class={`score-tile score-tile--${temperature}`} aria-live="polite">
        <span class="score-tile__label">Temperature</span>
        <TemperatureBadge temperature={temperature} size="large" />
      </div>
      <div class={`score-tile score-tile--grade-${grade.toLowerCase()}`} aria-live="polite">
        <span class="score-tile__label">ICP fit</span>
        <GradeChip grade={grade} size="large" />
        <span class="score-tile__meta">{score} / 100</span>
      </div>
      {engagement && (
        <div class={`score-tile score-tile--engagement${engagement.readyForSales ? ' score-tile--ready' : ''}`} aria-live="polite">
          <span class="score-tile__label">Engagement</span>
          <span class="score-tile__value">{engagement.score}</span>
          <span class="score-tile__meta">
            {engagement.readyForSales ? 'Ready for sales' : `${engagement.toHandoff} to hand-off`}
          </span>
        </div>
      )}
    </section>
  );
}
