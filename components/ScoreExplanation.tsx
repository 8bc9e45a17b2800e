import type { Stage } from '@/lib/leads/types';
import type { IcpResult } from '@/lib/scoring';
import { ACTIVITY_LABELS, STAGE_LABELS } from '@/lib/state/labels';
import type { EngagementView } from '@/lib/state/qualification-form';

interface ScoreExplanationProps {
  /** Why the lead has its temperature, most important first. */
  temperatureReasons: readonly string[];
  fit: Pick<IcpResult, 'matched' | 'missing' | 'excludedBy' | 'moveUp'>;
  suggestedStage: Stage;
  /** The stage select already shows the suggestion: nothing to apply. */
  suggestionApplied: boolean;
  onUseSuggestedStage: () => void;
  /** Points per activity type, and how far the lead is from being handed to sales. */
  engagement?: Pick<EngagementView, 'breakdown' | 'handoffScore' | 'readyForSales'>;
}

/** Why the lead scores as it does: the gaps are the point. Ends with the stage the score suggests. */
export function ScoreExplanation({
  temperatureReasons,
  fit,
  suggestedStage,
  suggestionApplied,
  onUseSuggestedStage,
  engagement,
}: ScoreExplanationProps) {
  return (
    <section class="score-explanation" aria-labelledby="score-explanation-title">
      <h2 class="card__title" id="score-explanation-title">
        Why this score
      </h2>

      <ul class="reasons" aria-label="Temperature reasons">
        {temperatureReasons.map((reason) => (
          <li key={reason} class="reasons__item">
            {reason}
          </li>
        ))}
      </ul>

      <ul class="reasons" aria-label="ICP fit reasons">
        {fit.excludedBy && <li class="reasons__item reasons__item--excluded">Excluded: {fit.excludedBy}</li>}
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
      {fit.moveUp && (
        <p class="reasons__next">
          Grade {fit.moveUp.nextGrade} needs {fit.moveUp.scoreNeeded} more points
          {fit.moveUp.bestMissing &&
            ` — ${fit.moveUp.bestMissing.label} would add ${fit.moveUp.bestMissing.scoreGain}`}
        </p>
      )}

      {engagement && (
        <ul class="reasons" aria-label="Engagement reasons">
          {engagement.breakdown.map(({ type, count, points }) => (
            <li key={type} class="reasons__item reasons__item--matched">
              {ACTIVITY_LABELS[type]}
              {count > 1 && ` × ${count}`}
              <span class="reasons__value"> · {points} points</span>
            </li>
          ))}
          <li class={`reasons__item ${engagement.readyForSales ? 'reasons__item--matched' : 'reasons__item--missing'}`}>
            Hand-off to sales at {engagement.handoffScore} points
          </li>
        </ul>
      )}

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
