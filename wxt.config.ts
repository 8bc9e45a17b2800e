import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Hosts a CRM connection may ask for (CRM.md §5.4). */
const CRM_HOSTS = ['https://api.hubapi.com/*', 'https://*.pipedrive.com/*', 'https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

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
    // CRM push: no host at install. Connecting a CRM asks for that one host, from the rep's click
    // (lib/crm/connections.ts permissionPattern); https://*/* only lets a self-hosted Twenty or a webhook's
    // exact host be asked for, and loopback http lets a receiver on this computer (and the tests) be one.
    ...(browser === 'firefox'
      ? { optional_permissions: [...CRM_HOSTS] }
      : { optional_host_permissions: [...CRM_HOSTS] }),
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
