import type { Stakeholder } from '@/lib/leads/types';
import { TextField } from './TextField';

interface StakeholderListProps {
  /** On the stored lead already. */
  saved: readonly Stakeholder[];
  /** Added in this popup, removable until saved. */
  added: readonly Stakeholder[];
  name: string;
  role: string;
  onNameInput: (text: string) => void;
  onRoleInput: (text: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

function describe({ name, role }: Stakeholder): string {
  return role ? `${name} · ${role}` : name;
}

/** The other people who influence the decision: a deal is rarely one person's. */
export function StakeholderList({ saved, added, name, role, onNameInput, onRoleInput, onAdd, onRemove }: StakeholderListProps) {
  const hasAny = saved.length + added.length > 0;
  return (
    <section class="card" aria-labelledby="stakeholders-heading">
      <h2 class="card__title" id="stakeholders-heading">
        Stakeholders
      </h2>
      {hasAny && (
        <ul class="stakeholders" aria-label="Stakeholders">
          {saved.map((stakeholder) => (
            <li key={`saved-${stakeholder.name}`} class="stakeholders__item">
              {describe(stakeholder)}
            </li>
          ))}
          {added.map((stakeholder, index) => (
            <li key={`added-${stakeholder.name}-${index}`} class="stakeholders__item">
              {describe(stakeholder)}
              <button type="button" class="btn btn--link btn--small" onClick={() => onRemove(index)}>
                Remove {stakeholder.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="grid-2">
        <TextField label="Stakeholder name" value={name} onInput={onNameInput} />
        <TextField label="Stakeholder role" placeholder="CFO, Head of IT…" value={role} onInput={onRoleInput} />
      </div>
      <button type="button" class="btn btn--small" disabled={!name.trim()} onClick={onAdd}>
        Add stakeholder
      </button>
    </section>
  );
}
