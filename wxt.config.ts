import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  // Engineers working side by side build into their own folder (LEADSCOUT_OUT_DIR=.output-me).
  outDir: process.env.LEADSCOUT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'LeadScout',
    description: 'Capture, qualify and grade B2B prospects while you browse — locally and privately.',
    // activeTab + scripting: the capture script is injected only into the tab the user clicked on,
    // so the extension asks for no host permission at install. contextMenus: "Capture selection as
    // lead", which receives the selected text from the browser and needs no host access either.
    // alarms + notifications: the "Contact in the future" reminders.
    // declarativeContent (Chrome only; no install warning): the browser marks the toolbar icon on
    // known leads' profile pages by rules the extension registers, with no script in any page.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['declarativeContent']),
    ],
    action: { default_title: 'Capture lead' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L', mac: 'Alt+Shift+L' },
        description: 'Capture the prospect on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leadscout@leadscout.app',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
