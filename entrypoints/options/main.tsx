import { render } from 'preact';
import '@/assets/theme.css';
import { createBrowserOptionsDeps } from '@/lib/state/options-browser';
import { App } from './App';

render(<App deps={createBrowserOptionsDeps()} />, document.getElementById('app')!);
