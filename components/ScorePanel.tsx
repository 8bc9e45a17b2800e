import type { Stage, Temperature } from '@/lib/leads/types';
import type { IcpResult } from '@/lib/scoring';
import { STAGE_LABELS } from '@/lib/state/labels';
import { GradeChip } from './GradeChip';
import { TemperatureBadge } from './TemperatureBadge';

interface ScorePanelProps {
  temperature: Temperature;
  /** Why the lead has this temperature, most important first. */
  temperatureReasons: readonly string[];
  fit: IcpResult;
  suggestedStage: Stage;
  /** The stage select already shows the suggestion: nothing to apply. */
  suggestionApplied: boolean;
  onUseSuggestedStage: () => void;
}

/** How warm the lead is (BANT) and how well it fits the ICP, always with the reasons. */
export function ScorePanel({
  temperature,
  temperatureReasons,
  fit,
  suggestedStage,
  suggestionApplied,
  onUseSuggestedStage,
}: ScorePanelProps) {
  return (
    <section class="score-panel" aria-label="Scoring">
      <div class="score-panel__tiles">
        <div class={`score-tile score-tile--${temperature}`} aria-live="polite">
          <span class="score-tile__label">Temperature</span>
          <TemperatureBadge temperature={temperature} size="large" />
        </div>
        <div class={`score-tile score-tile--grade-${fit.grade.toLowerCase()}`} aria-live="polite">
          <span class="score-tile__label">ICP fit</span>
          <GradeChip grade={fit.grade} size="large" />
          <span class="score-tile__meta">{fit.score} / 100</span>
        </div>
      </div>

      <ul class="reasons" aria-label="Temperature reasons">
        {temperatureReasons.map((reason) => (
          <li key={reason} class="reasons__item">
            {reason}
          </li>
        ))}
      </ul>

      <ul class="reasons" aria-label="ICP fit reasons">
        {fit.excludedBy && (
          <li class="reasons__item reasons__item--excluded">Excluded: {fit.excludedBy}</li>
        )}
        {fit.matched.map((reason) => (
          <li key={reason.label} class="reasons__item reasons__item--matched">
            <span class="visually-hidden">Matches: </span>
            {reason.label}
            {reason.value && <span class="reasons__value"> · {reason.value}</span>}
          </li>
        ))}
        {fit.missing.map((reason) => (
          <li key={reason.label} class="reasons__item reasons__item--missing">
            <span class="visually-hidden">Missing: </span>
            {reason.label}
          </li>
        ))}
      </ul>

      <div class="suggestion">
        <span class="suggestion__text">
          Suggested stage: <strong>{STAGE_LABELS[suggestedStage]}</strong>
        </span>
        <button type="button" class="btn btn--small" disabled={suggestionApplied} onClick={onUseSuggestedStage}>
          Use suggested stage
        </button>
      </div>
    </section>
  );
}
