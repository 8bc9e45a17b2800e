import { useModel } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { Brand } from '@/components/Brand';
import { EmptyState } from '@/components/EmptyState';
import { LeadTable } from '@/components/LeadTable';
import { Notice } from '@/components/Notice';
import { StatusMessage } from '@/components/StatusMessage';
import { TextField } from '@/components/TextField';
import { DashboardModel, type DashboardDeps } from '@/lib/state/dashboard-model';

function countText(shown: number, total: number): string {
  if (total === 0) return '';
  const noun = total === 1 ? 'lead' : 'leads';
  return shown < total ? `Showing ${shown} of ${total} ${noun}` : `${total} ${noun}`;
}

export function App({ deps }: { deps: DashboardDeps }) {
  const model = useModel(() => new DashboardModel(deps));
  useEffect(() => {
    void model.load();
  }, [model]);

  const list = model.listState.value;
  const rows = model.rows.value;
  const total = model.total.value;
  const exporting = model.exportState.value.phase === 'exporting';

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
          <button type="button" class="btn btn--primary" disabled={total === 0 || exporting} onClick={model.exportCsv}>
            Export
          </button>
          <button type="button" class="btn btn--ghost" onClick={model.openOptions}>
            Settings
          </button>
        </div>
      </header>

      <main class="dashboard__main">
        <div class="dashboard__summary">
          <p class="dashboard__count">{countText(rows.length, total)}</p>
          <StatusMessage text={model.exportAnnouncement.value} tone={model.exportState.value.phase === 'failed' ? 'error' : 'neutral'} />
        </div>

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
          rows.length > 0 && <LeadTable rows={rows} focusedId={model.focusedLeadId.value} />
        )}

        {model.hasMore.value && (
          <button type="button" class="btn load-more" disabled={model.loadingMore.value} onClick={model.loadMore}>
            Load more
          </button>
        )}
      </main>
    </div>
  );
}
