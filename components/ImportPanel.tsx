import type { ImportModel } from '@/lib/state/import-model';
import { FIELD_OPTIONS } from '@/lib/state/import-model';
import { SelectField } from './SelectField';
import { StatusMessage } from './StatusMessage';

interface ImportPanelProps {
  model: ImportModel;
  onClose: () => void;
}

/** A CSV file's columns mapped to lead fields, a preview of its first rows, and the import's progress. */
export function ImportPanel({ model, onClose }: ImportPanelProps) {
  const state = model.state.value;
  const mapping = model.mapping.value;
  const mappingShown = state.phase === 'mapping' || state.phase === 'importing' || state.phase === 'imported';
  const rejected = model.rejected.value;
  return (
    <section class="export-panel import-panel" aria-labelledby="import-panel-title">
      <h2 id="import-panel-title" class="export-panel__title">
        Import leads from CSV
      </h2>
      <div class="field">
        <label class="field__label" for="import-file">
          CSV file
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          class="field__control"
          aria-describedby="import-file-hint"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void model.chooseFile(file);
          }}
        />
        <p class="field__hint" id="import-file-hint">
          A CRM export, a purchased list or an event’s attendee list: comma, semicolon or tab separated, UTF-8.
        </p>
      </div>
      {mappingShown && (
        <>
          <SelectField label="Channel of these leads" value={model.channelId.value} options={model.channelOptions.value} onChange={model.chooseChannel} />
          <fieldset class="import-panel__mapping">
            <legend>Columns</legend>
            {model.headers.value.map((header, column) => (
              <SelectField
                key={column}
                label={header || `Column ${column + 1}`}
                value={mapping[column] ?? 'ignore'}
                options={FIELD_OPTIONS}
                onChange={(field) => void model.mapColumn(column, field)}
              />
            ))}
          </fieldset>
          <p class="import-panel__summary">{model.summary.value}</p>
          <table class="lead-table import-panel__preview">
            <caption>First rows as they will be imported</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Company</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {model.preview.value.map((row) => (
                <tr key={row.row} class={row.ok ? undefined : 'import-panel__row--bad'}>
                  <td>{row.row}</td>
                  <td>{row.name}</td>
                  <td>{row.email}</td>
                  <td>{row.company}</td>
                  <td>{row.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rejected.length > 0 && (
            <details class="import-panel__problems">
              <summary>Rows that will be skipped ({rejected.length})</summary>
              <ul>
                {rejected.slice(0, 200).map((row) => (
                  <li key={row.row}>
                    Row {row.row}: {row.problems.join(' ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {state.phase === 'importing' && (
        <progress class="export-panel__progress" aria-label="Import progress" max={state.step.total} value={state.step.done} />
      )}
      <StatusMessage
        text={model.announcement.value}
        tone={state.phase === 'failed' ? 'error' : state.phase === 'imported' ? 'success' : 'progress'}
      />
      <div class="export-panel__actions">
        <button type="button" class="btn btn--primary" disabled={!model.canImport.value} onClick={() => void model.start()}>
          Import
        </button>
        <button type="button" class="btn btn--ghost" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
