import { render } from 'preact';
import '@/assets/theme.css';
import '@/assets/dashboard-export.css';
import { createBrowserBackupDeps } from '@/lib/state/backup-browser';
import { createBrowserDashboardDeps } from '@/lib/state/dashboard-browser';
import { createBrowserImportDeps } from '@/lib/state/import-browser';
import { App } from './App';

const deps = createBrowserDashboardDeps();
render(
  <App deps={deps} backupDeps={createBrowserBackupDeps(deps.download)} importDeps={createBrowserImportDeps()} />,
  document.getElementById('app')!,
);
