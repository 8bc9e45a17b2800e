import type { Stage } from '@/lib/leads/types';
import type { IcpResult } from '@/lib/scoring';
import { STAGE_LABELS } from '@/lib/state/labels';

interface ScoreExplanationProps {
  /** Why the lead has its temperature, most important first. */
  temperatureReasons: readonly string[];
  fit: Pick<IcpResult, 'matched' | 'missing' | 'excludedBy'>;
  suggestedStage: Stage;
  /** The stage select already shows the suggestion: nothing to apply. */
  suggestionApplied: boolean;
  onUseSuggestedStage: () => void;
}

/** Why the lead scores as it does: the gaps are the point. Ends with the stage the score suggests. */
export function ScoreExplanation({
  temperatureReasons,
  fit,
  suggestedStage,
  suggestionApplied,
  onUseSuggestedStage,
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
