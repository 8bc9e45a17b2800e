import { render } from 'preact';
import '@/assets/theme.css';
import { createBrowserCrmDeps } from '@/lib/state/crm-browser';
import { createBrowserOptionsDeps } from '@/lib/state/options-browser';
import { App } from './App';

render(<App deps={createBrowserOptionsDeps()} crm={createBrowserCrmDeps()} />, document.getElementById('app')!);
