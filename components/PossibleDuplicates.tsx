import type { PossibleDuplicateView } from '@/lib/state/popup-model';

interface PossibleDuplicatesProps {
  duplicates: readonly PossibleDuplicateView[];
  onMerge: (id: string) => void;
  onKeepSeparate: (id: string) => void;
}

/** Stored leads this capture may be: the rep decides, nothing is merged without a click. */
export function PossibleDuplicates({ duplicates, onMerge, onKeepSeparate }: PossibleDuplicatesProps) {
  return (
    <section class="banner banner--warning" aria-label="Possible duplicate">
      <p class="banner__title">Possible duplicate</p>
      <ul class="duplicates">
        {duplicates.map((duplicate) => (
          <li key={duplicate.id} class="duplicates__item">
            <dl class="banner__facts">
              <div class="banner__fact">
                <dt>Name</dt>
                <dd>{duplicate.name}</dd>
              </div>
              {duplicate.company && (
                <div class="banner__fact">
                  <dt>Company</dt>
                  <dd>{duplicate.company}</dd>
                </div>
              )}
              <div class="banner__fact">
                <dt>Stage</dt>
                <dd>{duplicate.stage}</dd>
              </div>
              <div class="banner__fact">
                <dt>Captured</dt>
                <dd>{duplicate.lastCaptured}</dd>
              </div>
            </dl>
            {duplicate.merging && <p class="banner__hint">Saving merges this capture into that lead.</p>}
            <div class="duplicates__actions">
              <button
                type="button"
                class="btn btn--small"
                aria-pressed={duplicate.merging}
                onClick={() => onMerge(duplicate.id)}
              >
                Merge
              </button>
              <button type="button" class="btn btn--ghost btn--small" onClick={() => onKeepSeparate(duplicate.id)}>
                Keep separate
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
