import { render } from 'preact';
import '@/assets/theme.css';
import { createBrowserPopupDeps } from '@/lib/state/popup-browser';
import { App } from './App';

render(<App deps={createBrowserPopupDeps()} />, document.getElementById('app')!);
