import { render } from 'preact';
import '@/assets/theme.css';
import { settingsItem } from '@/lib/settings/settings';
import { App } from './App';

render(<App deps={{ settings: settingsItem }} />, document.getElementById('app')!);
