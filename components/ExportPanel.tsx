import type { ExportModel } from '@/lib/state/export-model';
import { CheckboxField } from './CheckboxField';
import { ColumnEditor } from './ColumnEditor';
import { SelectField } from './SelectField';
import { StatusMessage } from './StatusMessage';

interface ExportPanelProps {
  model: ExportModel;
  onClose: () => void;
}

/** Which leads to export, in which format and columns; the progress while the file is written. */
export function ExportPanel({ model, onClose }: ExportPanelProps) {
  const state = model.runState.value;
  const isCsv = model.format.value === 'csv';
  const editing = model.editor.isOpen.value;
  return (
    <section class="export-panel" aria-labelledby="export-panel-title">
      <h2 id="export-panel-title" class="export-panel__title">
        Export leads
      </h2>
      <div class="export-panel__fields">
        <SelectField label="Leads" value={model.scopeKind.value} options={model.scopeOptions.value} onChange={model.chooseScope} />
        <SelectField label="Format" value={model.format.value} options={model.formatOptions.value} onChange={model.chooseFormat} />
        {isCsv && (
          <SelectField label="Columns" value={model.columnsChoice.value} options={model.columnOptions.value} onChange={model.chooseColumns} />
        )}
      </div>
      {isCsv && !editing && (
        <div class="export-panel__columns-actions">
          <button type="button" class="btn btn--small" onClick={model.editColumns}>
            {model.ownMapping.value ? 'Edit columns' : 'Copy and edit columns'}
          </button>
          {model.ownMapping.value && (
            <button type="button" class="btn btn--small btn--ghost" onClick={() => void model.deleteOwnMapping()}>
              Delete preset
            </button>
          )}
        </div>
      )}
      {isCsv && editing && (
        <ColumnEditor
          editor={model.editor}
          problems={model.editorProblems.value}
          onSave={() => void model.saveEditedColumns()}
          onCancel={model.cancelEditing}
        />
      )}
      {isCsv && (
        <CheckboxField
          label="Excel-compatible (UTF-8 with BOM)"
          checked={model.bom.value}
          onChange={model.setBom}
          hint="Turn off for strict RFC 4180 files read by scripts or automation tools. Cells a spreadsheet would run as a formula start with an apostrophe."
        />
      )}
      {state.phase === 'exporting' && (
        <progress class="export-panel__progress" aria-label="Export progress" max={state.total} value={state.written} />
      )}
      <StatusMessage text={model.announcement.value} tone={state.phase === 'failed' ? 'error' : state.phase === 'exported' ? 'success' : 'progress'} />
      <div class="export-panel__actions">
        <button type="button" class="btn btn--primary" disabled={!model.canExport.value || editing} onClick={() => void model.run()}>
          Download
        </button>
        <button type="button" class="btn btn--ghost" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
