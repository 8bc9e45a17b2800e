import { useModel } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BackupPanel } from '@/components/BackupPanel';
import { Brand } from '@/components/Brand';
import { CrmPushPanel } from '@/components/CrmPushPanel';
import { DeleteLeadDialog } from '@/components/DeleteLeadDialog';
import { EmptyState } from '@/components/EmptyState';
import { ExportPanel } from '@/components/ExportPanel';
import { ImportPanel } from '@/components/ImportPanel';
import { LeadTable } from '@/components/LeadTable';
import { Notice } from '@/components/Notice';
import { StatusMessage } from '@/components/StatusMessage';
import { TextField } from '@/components/TextField';
import { BackupModel, type BackupDeps } from '@/lib/state/backup-model';
import { CrmPushModel } from '@/lib/state/crm-push-model';
import { DashboardModel, type DashboardDeps } from '@/lib/state/dashboard-model';
import { DeleteLeadModel } from '@/lib/state/delete-lead-model';
import { DuplicateReviewModel } from '@/lib/state/duplicate-review-model';
import { ExportModel } from '@/lib/state/export-model';
import { ImportModel, type ImportDeps } from '@/lib/state/import-model';

function countText(shown: number, total: number): string {
  if (total === 0) return '';
  const noun = total === 1 ? 'lead' : 'leads';
  return shown < total ? `Showing ${shown} of ${total} ${noun}` : `${total} ${noun}`;
}

function Backup({ deps }: { deps: BackupDeps }) {
  const model = useModel(() => new BackupModel(deps));
  useEffect(() => {
    void model.load();
  }, [model]);
  return <BackupPanel model={model} />;
}

function Import({ deps, onClose }: { deps: ImportDeps; onClose: () => void }) {
  const model = useModel(() => new ImportModel(deps));
  return <ImportPanel model={model} onClose={onClose} />;
}

/** The backup and CSV import panels are rendered when their dependencies are given. */
export function App({ deps, backupDeps, importDeps }: { deps: DashboardDeps; backupDeps?: BackupDeps; importDeps?: ImportDeps }) {
  const model = useModel(() => new DashboardModel(deps));
  const exporter = useModel(
    () => new ExportModel(deps, { query: model.query, matching: model.total, selectedIds: model.selectedIds }),
  );
  const deletion = useModel(() => new DeleteLeadModel(deps));
  const crm = useModel(
    () =>
      new CrmPushModel(
        { request: deps.request, onSyncChanged: deps.onCrmSyncChanged ?? (() => () => undefined) },
        { shownIds: model.rowIds, selectedIds: model.selectedIds, query: model.query, matching: model.total },
      ),
  );
  const review = useModel(() => new DuplicateReviewModel({ request: deps.request, shownIds: model.rowIds }));
  const reviewState = review.state.value;
  useEffect(() => {
    void model.load();
  }, [model]);
  const exportOpen = model.panel.value === 'export';
  const crmOpen = model.panel.value === 'crm';
  const importOpen = model.panel.value === 'import';
  useEffect(() => {
    if (crmOpen) void crm.open();
  }, [crmOpen, crm]);
  useEffect(() => {
    if (exportOpen) void exporter.open();
  }, [exportOpen, exporter]);

  const list = model.listState.value;
  const rows = model.rows.value;
  const total = model.total.value;

  return (
    <div class="dashboard">
      <header class="app-header app-header--wide">
        <Brand page="Leads" />
        <div class="toolbar" role="search">
          <TextField
            class="field--inline search-field"
            label="Search"
            type="search"
            value={model.query}
            placeholder="Name, company, title or email"
            onInput={model.search}
          />
          <button
            type="button"
            class="btn btn--primary"
            aria-expanded={exportOpen}
            disabled={model.isFirstRun.value}
            onClick={() => model.togglePanel('export')}
          >
            Export
          </button>
          <button
            type="button"
            class="btn"
            aria-expanded={crmOpen}
            disabled={model.isFirstRun.value}
            onClick={() => model.togglePanel('crm')}
          >
            Push to CRM
          </button>
          {importDeps && (
            <button type="button" class="btn" aria-expanded={importOpen} onClick={() => model.togglePanel('import')}>
              Import
            </button>
          )}
          <button type="button" class="btn btn--ghost" onClick={model.openOptions}>
            Settings
          </button>
        </div>
      </header>

      <main class="dashboard__main">
        <div class="dashboard__summary">
          <p class="dashboard__count">{countText(rows.length, total)}</p>
          <StatusMessage text={deletion.announcement.value} tone={deletion.state.value.phase === 'failed' ? 'error' : 'success'} />
          <StatusMessage text={review.announcement.value} tone={reviewState.phase === 'failed' ? 'error' : 'success'} />
        </div>

        {exportOpen && <ExportPanel model={exporter} onClose={model.closePanel} />}
        <DeleteLeadDialog
          state={deletion.state.value}
          suppress={deletion.suppress.value}
          onSuppressChange={deletion.setSuppress}
          onConfirm={deletion.confirm}
          onCancel={deletion.cancel}
        />
        {importOpen && importDeps && <Import deps={importDeps} onClose={model.closePanel} />}
        {crmOpen && <CrmPushPanel model={crm} onOpenSettings={model.openOptions} onClose={model.closePanel} />}

        {list.phase === 'loading' && <p class="loading">Loading leads…</p>}
        {list.phase === 'failed' && <Notice tone="warning" title={list.message} />}

        {model.isFirstRun.value ? (
          <EmptyState title="No leads yet">
            <ol class="steps">
              <li>Open a prospect’s page: a LinkedIn profile, a company’s contact page, a GitHub or X profile.</li>
              <li>
                Click the LeadScout icon in the toolbar, or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>L</kbd>.
              </li>
              <li>
                Check the details, answer the four BANT questions and press <strong>Save lead</strong>.
              </li>
            </ol>
            <p>The lead appears here at once. Leads stay in this browser until you export them.</p>
          </EmptyState>
        ) : list.phase === 'ready' && rows.length === 0 ? (
          <p class="no-results">No leads match “{model.query}”.</p>
        ) : (
          rows.length > 0 && (
            <LeadTable
              rows={rows}
              focusedId={model.focusedLeadId.value}
              selected={model.selectedSet.value}
              allSelected={model.allShownSelected.value}
              onSelect={model.select}
              onSelectAll={model.selectShown}
              onDelete={(row) => deletion.ask({ id: row.id, name: row.name })}
              sync={crm.syncLines.value}
              duplicates={review.marks.value}
              onMerge={(id, otherId) => void review.merge(id, otherId)}
              onKeepSeparate={(id, otherId) => void review.keepSeparate(id, otherId)}
            />
          )
        )}

        {model.hasMore.value && (
          <button type="button" class="btn load-more" disabled={model.loadingMore.value} onClick={model.loadMore}>
            Load more
          </button>
        )}
        {backupDeps && <Backup deps={backupDeps} />}
      </main>
    </div>
  );
}
