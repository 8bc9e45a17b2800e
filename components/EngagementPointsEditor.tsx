import { ACTIVITY_TYPES, type ActivityType } from '@/lib/leads/types';
import type { EngagementPoints } from '@/lib/scoring/engagement';
import { ACTIVITY_LABELS } from '@/lib/state/labels';
import { NumberField } from './NumberField';

interface EngagementPointsEditorProps {
  points: EngagementPoints;
  handoffScore: number;
  onPointsChange: (type: ActivityType, points: number) => void;
  onHandoffChange: (score: number) => void;
}

/** Points per logged activity, and the score at which a lead goes to sales. */
export function EngagementPointsEditor({ points, handoffScore, onPointsChange, onHandoffChange }: EngagementPointsEditorProps) {
  return (
    <div class="engagement-editor">
      <fieldset class="engagement-editor__points">
        <legend class="field__label">Points per activity</legend>
        {ACTIVITY_TYPES.map((type) => (
          <NumberField key={type} label={ACTIVITY_LABELS[type]} value={points[type]} onChange={(value) => onPointsChange(type, value)} />
        ))}
      </fieldset>
      <NumberField class="field--narrow" label="Hand-off score" value={handoffScore} onChange={onHandoffChange} />
    </div>
  );
}
