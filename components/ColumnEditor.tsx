import { FIELD_CHOICES } from '@/lib/export/csv-mapping';
import type { ColumnEditor as ColumnEditorState } from '@/lib/state/csv-column-editor';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface ColumnEditorProps {
  editor: ColumnEditorState;
  problems: readonly string[];
  onSave: () => void;
  onCancel: () => void;
}

const FIELD_OPTIONS = FIELD_CHOICES.map((choice) => ({ value: choice.source, label: choice.label }));

/** The columns of the user's own CSV preset: each one's header, the field it reads and its place. */
export function ColumnEditor({ editor, problems, onSave, onCancel }: ColumnEditorProps) {
  const mapping = editor.mapping.value;
  if (!mapping) return null;
  const last = mapping.columns.length - 1;
  return (
    <section class="column-editor" aria-label="Edit columns">
      <TextField label="Preset name" value={mapping.name} onInput={editor.rename} />
      <ol class="column-editor__columns">
        {mapping.columns.map((col, index) => (
          <li key={index} class="column-editor__column">
            <TextField label={`Header of column ${index + 1}`} value={col.header} onInput={(header) => editor.setHeader(index, header)} />
            <SelectField
              label={`Field of column ${index + 1}`}
              value={col.source}
              options={FIELD_OPTIONS}
              onChange={(source) => editor.setSource(index, source)}
            />
            <div class="column-editor__moves">
              <button type="button" class="btn btn--small" aria-label={`Move column ${index + 1} up`} disabled={index === 0} onClick={() => editor.move(index, -1)}>
                ↑
              </button>
              <button type="button" class="btn btn--small" aria-label={`Move column ${index + 1} down`} disabled={index === last} onClick={() => editor.move(index, 1)}>
                ↓
              </button>
              <button type="button" class="btn btn--small btn--ghost" aria-label={`Remove column ${index + 1}`} onClick={() => editor.remove(index)}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      {problems.length > 0 && (
        <ul class="problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div class="column-editor__actions">
        <button type="button" class="btn" onClick={editor.add}>
          Add column
        </button>
        <button type="button" class="btn btn--primary" onClick={onSave}>
          Save preset
        </button>
        <button type="button" class="btn btn--ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
