import type { ProspectChoice } from '@/lib/state/prospect-choices';

interface ProspectPickerProps {
  choices: readonly ProspectChoice[];
  /** The choice the form shows, if the rep picked one. */
  picked?: number;
  onPick(index: number): void;
}

/** The people a list or team page shows: one button each, and the one picked fills the form. */
export function ProspectPicker({ choices, picked, onPick }: ProspectPickerProps) {
  const heading = choices.length === 1 ? '1 person on this page' : `${choices.length} people on this page`;
  return (
    <section class="card picker" aria-labelledby="picker-heading">
      <h2 class="card__title" id="picker-heading">
        {heading}
      </h2>
      <ul class="picker__list">
        {choices.map((choice, index) => (
          <li key={index}>
            <button type="button" class="picker__choice" aria-pressed={picked === index} onClick={() => onPick(index)}>
              <span class="picker__name">{choice.name}</span>
              {choice.detail && <span class="picker__detail">{choice.detail}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
