import type { CrmSyncLine } from '@/lib/state/crm-push-model';
import type { LeadRow } from '@/lib/state/dashboard-model';
import type { DuplicateMark } from '@/lib/state/duplicate-review-model';
import { ChannelTouches } from './ChannelTouches';
import { CrmSyncCell } from './CrmSyncCell';
import { GradeChip } from './GradeChip';
import { TemperatureBadge } from './TemperatureBadge';

interface LeadTableProps {
  rows: readonly LeadRow[];
  /** The row to highlight and bring into view: the lead a reminder opened the page on. */
  focusedId?: string;
  /** Ticked rows (what "Selected leads" exports). */
  selected: ReadonlySet<string>;
  allSelected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onSelectAll: (selected: boolean) => void;
  /** A `Delete` button per row when given (the rep deletes a person on request). */
  onDelete?: (row: LeadRow) => void;
  /** Each lead's state in the CRMs it was pushed to; the column shows only when given. */
  sync?: ReadonlyMap<string, readonly CrmSyncLine[]>;
  /** Rows that may be the same person as other leads, each with `Merge` and `Keep separate`, when given. */
  duplicates?: ReadonlyMap<string, readonly DuplicateMark[]>;
  onMerge?: (id: string, otherId: string) => void;
  onKeepSeparate?: (id: string, otherId: string) => void;
}

function scrollIntoView(row: HTMLTableRowElement | null): void {
  row?.scrollIntoView({ block: 'center' });
}

/** Every value is rendered as text: it came from a web page and is untrusted. */
export function LeadTable({
  rows,
  focusedId,
  selected,
  allSelected,
  onSelect,
  onSelectAll,
  onDelete,
  duplicates,
  onMerge,
  onKeepSeparate,
  sync,
}: LeadTableProps) {
  return (
    <div class="table-wrap">
      <table class="lead-table">
        <caption class="visually-hidden">Leads, most recently updated first</caption>
        <thead>
          <tr>
            <th scope="col" class="lead-table__select">
              <input
                type="checkbox"
                aria-label="Select all shown leads"
                checked={allSelected}
                onChange={(event) => onSelectAll(event.currentTarget.checked)}
              />
            </th>
            <th scope="col">Name</th>
            <th scope="col">Title</th>
            <th scope="col">Company</th>
            <th scope="col">Email</th>
            <th scope="col">Temperature</th>
            <th scope="col">Grade</th>
            <th scope="col">Stage</th>
            <th scope="col">Channel</th>
            <th scope="col">Updated</th>
            {sync && <th scope="col">CRM sync</th>}
            {duplicates && <th scope="col">Duplicates</th>}
            {onDelete && (
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              class={row.id === focusedId ? 'lead-table__row--focused' : undefined}
              aria-current={row.id === focusedId ? 'true' : undefined}
              ref={row.id === focusedId ? scrollIntoView : undefined}
            >
              <td class="lead-table__select">
                <input
                  type="checkbox"
                  aria-label={`Select ${row.name}`}
                  checked={selected.has(row.id)}
                  onChange={(event) => onSelect(row.id, event.currentTarget.checked)}
                />
              </td>
              <th scope="row" class="lead-table__name">
                {row.profileUrl ? (
                  <a href={row.profileUrl} target="_blank" rel="noopener noreferrer">
                    {row.name}
                  </a>
                ) : (
                  row.name
                )}
              </th>
              <td>{row.title}</td>
              <td>{row.company}</td>
              <td class="lead-table__email">{row.email}</td>
              <td>
                <TemperatureBadge temperature={row.temperature} />
              </td>
              <td>
                <GradeChip grade={row.grade} />
              </td>
              <td>{row.stage}</td>
              <td>
                <ChannelTouches channel={row.channel} touches={row.touches} />
              </td>
              <td>
                <time dateTime={row.updatedAt}>{row.updated}</time>
              </td>
              {sync && (
                <td>
                  <CrmSyncCell lines={sync.get(row.id)} />
                </td>
              )}
              {duplicates && (
                <td>
                  <DuplicateCell
                    marks={duplicates.get(row.id)}
                    onMerge={(otherId) => onMerge?.(row.id, otherId)}
                    onKeepSeparate={(otherId) => onKeepSeparate?.(row.id, otherId)}
                  />
                </td>
              )}
              {onDelete && (
                <td>
                  <button type="button" class="btn btn--ghost btn--small" onClick={() => onDelete(row)}>
                    Delete
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface DuplicateCellProps {
  marks: readonly DuplicateMark[] | undefined;
  onMerge: (otherId: string) => void;
  onKeepSeparate: (otherId: string) => void;
}

/** Each possible duplicate is a group named after the lead it may be, so its buttons say which one they act on. */
function DuplicateCell({ marks, onMerge, onKeepSeparate }: DuplicateCellProps) {
  if (!marks?.length) return null;
  return (
    <ul class="lead-table__duplicates">
      {marks.map((mark) => (
        <li key={mark.otherId} class="lead-table__duplicate" role="group" aria-label={`Possible duplicate of ${mark.otherName}`}>
          <p>
            <strong>Possible duplicate</strong> of {mark.otherName}
          </p>
          <div class="duplicates__actions">
            <button type="button" class="btn btn--small" onClick={() => onMerge(mark.otherId)}>
              Merge
            </button>
            <button type="button" class="btn btn--ghost btn--small" onClick={() => onKeepSeparate(mark.otherId)}>
              Keep separate
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
