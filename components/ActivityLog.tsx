import { ACTIVITY_TYPES, type Activity, type ActivityType } from '@/lib/leads/types';
import { ACTIVITY_LABELS } from '@/lib/state/labels';

interface ActivityLogProps {
  /** Logged in this popup, newest last; removable until saved. */
  logged: readonly Activity[];
  onLog: (type: ActivityType) => void;
  onRemove: (index: number) => void;
}

/** One click per thing that happened with the prospect; each adds its points to the engagement score. */
export function ActivityLog({ logged, onLog, onRemove }: ActivityLogProps) {
  return (
    <section class="card" aria-labelledby="activity-heading">
      <h2 class="card__title" id="activity-heading">
        Log an activity
      </h2>
      <div class="quick-buttons" role="group" aria-labelledby="activity-heading">
        {ACTIVITY_TYPES.map((type) => (
          <button key={type} type="button" class="btn btn--small btn--chip" onClick={() => onLog(type)}>
            {ACTIVITY_LABELS[type]}
          </button>
        ))}
      </div>
      {logged.length > 0 && (
        <ul class="activities" aria-label="Logged activities">
          {logged.map((activity, index) => (
            <li key={`${activity.type}-${activity.at}-${index}`} class="activities__item">
              {ACTIVITY_LABELS[activity.type]}
              <button type="button" class="btn btn--link btn--small" onClick={() => onRemove(index)}>
                Undo {ACTIVITY_LABELS[activity.type]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
