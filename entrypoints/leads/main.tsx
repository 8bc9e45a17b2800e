import { render } from 'preact';
import '@/assets/theme.css';
import '@/assets/dashboard-export.css';
import { createBrowserDashboardDeps } from '@/lib/state/dashboard-browser';
import { App } from './App';

render(<App deps={createBrowserDashboardDeps()} />, document.getElementById('app')!);
