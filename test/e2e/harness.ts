import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { Lead } from '@/lib/leads/types';
import { findChromium } from './chromium';
import { PopupPage } from './pages/popup';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, process.env.LEADSCOUT_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURE_PAGES_DIR = path.join(ROOT, 'test/fixtures/pages');

export function fixturePage(name: string): string {
  return readFileSync(path.join(FIXTURE_PAGES_DIR, name), 'utf8');
}

/** A Chromium with the built extension loaded, its pages served at their real URLs. */
export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Serve `body` at `url` (http/https). Any other web request gets a 404, never the network (127.0.0.1 excepted). */
  serve(url: string, body: string | Buffer, contentType?: string): void;
  /** Open `url` in a new tab and return the page and its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Click the toolbar icon on a tab, as a user would: this grants `activeTab` on it. */
  clickToolbarIcon(url: string): Promise<void>;
  /** `popup.html?tabId=N` in a tab of its own, exactly as the toolbar popup works on tab N. */
  openPopup(tabId: number): Promise<Page>;
  /** What a rep does: open `url` in a tab, click the toolbar icon on it, and work in the popup for that tab. */
  popupFor(url: string): Promise<{ popup: PopupPage; page: Page; tabId: number }>;
  openExtensionPage(file: 'leads.html' | 'options.html'): Promise<Page>;
  /** Every lead in the extension's IndexedDB, read without triggering an upgrade. */
  storedLeads(): Promise<Lead[]>;
  /**
   * Stop the extension's service worker, as Chrome does when it is idle or killed (DevTools protocol
   * `ServiceWorker.stopWorker`); the next message or alarm starts it again. From then on the harness
   * reaches the extension through one of its pages: Playwright does not follow the restarted worker,
   * and evaluating in the stopped one closes the whole context.
   */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Put the browser profile (and so the extension's IndexedDB) on a disk of its own of this many MB, which
   * a test can fill (`profileDisk`). Chromium then runs in a private user and mount namespace where the
   * profile directory is a tmpfs of that size: the namespace, and the disk, go away with the browser.
   */
  profileDiskMb?: number;
}

/** The small disk the profile is on, seen from outside the browser's mount namespace. */
export interface ProfileDisk {
  /** Fill the disk with a file of no use to the browser until only `freeBytes` are left: other programs filled it. */
  fill(freeBytes: number): void;
  /** Delete that file: the user freed disk space. */
  free(): void;
}

export async function launchExtension(options: LaunchOptions & { profileDiskMb: number }): Promise<ExtensionSession & { profileDisk: ProfileDisk }>;
export async function launchExtension(options?: LaunchOptions): Promise<ExtensionSession>;
export async function launchExtension({ profileDiskMb }: LaunchOptions = {}): Promise<ExtensionSession & { profileDisk?: ProfileDisk }> {
  const chromiumPath = findChromium();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'leadscout-e2e-'));
  let smallDisk: ReturnType<typeof onSmallDisk> | undefined;
  try {
    smallDisk = profileDiskMb === undefined ? undefined : onSmallDisk(chromiumPath, userDataDir, profileDiskMb);
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: smallDisk?.executablePath ?? chromiumPath,
    headless: !process.env.DISPLAY || process.env.CI === 'true',
    viewport: { width: 1280, height: 800 },
    args: [
      // Playwright passes --disable-extensions; this keeps ours loaded (TOOLCHAIN.md pitfall 1).
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      // Lets the DevTools protocol click the toolbar icon (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  const pages = new Map<string, { body: string | Buffer; contentType: string }>();
  await context.route(
    (url) => url.protocol === 'https:' || url.protocol === 'http:',
    (route) => {
      const url = new URL(route.request().url());
      // Loopback is where tests run their own servers (CRM contract servers): those requests go through.
      if (url.hostname === '127.0.0.1') return route.continue();
      url.hash = '';
      const served = pages.get(url.href);
      return served === undefined
        ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served in tests' })
        : route.fulfill({ status: 200, ...served });
    },
  );

  let cdp: CDPSession | undefined;
  const browserCdp = async () => {
    const browser = context.browser();
    if (!browser) throw new Error('The persistent context has no browser to open a DevTools session on.');
    cdp ??= await browser.newBrowserCDPSession();
    return cdp;
  };

  /** Once the worker was stopped, an extension page stands in for it (see `stopServiceWorker`). */
  let extensionPage: Page | undefined;
  const inExtension = async <R>(fn: () => R | Promise<R>): Promise<R> => {
    if (!extensionPage) return serviceWorker.evaluate(fn);
    return extensionPage.evaluate(fn);
  };
  const tabIds = () => inExtension(async () => (await chrome.tabs.query({})).map((t) => t.id!));

  /** The worker's versions as the DevTools protocol reports them, on a blank page of its own. */
  let workerVersions: Promise<{ cdp: CDPSession; latest: Map<string, string> }> | undefined;
  const watchWorkerVersions = async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const latest = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) latest.set(version.versionId, version.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');
    return { cdp, latest };
  };

  const session: ExtensionSession & { profileDisk?: ProfileDisk } = {
    ...(smallDisk && { profileDisk: smallDisk.disk }),
    context,
    extensionId,
    serviceWorker,
    serve(url, body, contentType = 'text/html; charset=utf-8') {
      pages.set(new URL(url).href, { body, contentType });
    },
    async openTab(url) {
      const before = new Set(await tabIds());
      const page = await context.newPage();
      await page.goto(url);
      // Without the `tabs` permission tabs show no URL: the new tab is the one id not seen before.
      const fresh = (await tabIds()).filter((id) => !before.has(id));
      if (fresh.length !== 1) throw new Error(`Expected one new tab for ${url}, found ${fresh.length}`);
      return { page, tabId: fresh[0] };
    },
    async clickToolbarIcon(url) {
      const session = await browserCdp();
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.findLast((t) => t.url === url);
      if (!tab) throw new Error(`No tab shows ${url}`);
      await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
    },
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return page;
    },
    async popupFor(url) {
      const { page, tabId } = await session.openTab(url);
      await session.clickToolbarIcon(url);
      return { popup: new PopupPage(await session.openPopup(tabId)), page, tabId };
    },
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
    async stopServiceWorker() {
      extensionPage ??= await session.openExtensionPage('options.html');
      workerVersions ??= watchWorkerVersions();
      const { cdp, latest } = await workerVersions;
      const knownBy = Date.now() + 10_000;
      while (latest.size === 0) {
        if (Date.now() > knownBy) throw new Error('The DevTools protocol reported no service worker of the extension.');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const running = () => [...latest].filter(([, status]) => status !== 'stopped').map(([versionId]) => versionId);
      const stoppedBy = Date.now() + 10_000;
      // A worker that is still starting ignores the request: ask again until every version reports stopped.
      while (running().length > 0) {
        if (Date.now() > stoppedBy) throw new Error(`The service worker did not stop: ${JSON.stringify([...latest])}`);
        await Promise.all(running().map((versionId) => cdp.send('ServiceWorker.stopWorker', { versionId }).catch(() => undefined)));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    storedLeads() {
      return inExtension(
        () =>
          new Promise<Lead[]>((resolve, reject) => {
            // No version: reading must never trigger an upgrade (TOOLCHAIN.md pitfall 12).
            const open = indexedDB.open('leadscout');
            open.addEventListener('error', () => reject(open.error));
            open.addEventListener('success', () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('leads')) {
                db.close();
                resolve([]);
                return;
              }
              const all = db.transaction('leads').objectStore('leads').getAll();
              all.addEventListener('success', () => {
                db.close();
                resolve(all.result as Lead[]);
              });
              all.addEventListener('error', () => reject(all.error));
            });
          }),
      );
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (smallDisk) rmSync(smallDisk.wrapperDir, { recursive: true, force: true });
    },
  };
  return session;
}

const quoted = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * A Chromium that sees `userDataDir` as a tmpfs of `sizeMb`: a generated wrapper runs it in a private
 * user and mount namespace (`unshare`), so no root is needed and nothing stays mounted when it exits.
 * Playwright's pipe to the browser (fds 3 and 4) survives the `exec`s. The harness reaches the disk
 * through `/proc/<browser pid>/root`, which resolves paths in the browser's mount namespace.
 */
function onSmallDisk(chromiumPath: string, userDataDir: string, sizeMb: number) {
  const wrapperDir = mkdtempSync(path.join(tmpdir(), 'leadscout-small-disk-'));
  const mountOnFirstArgument = `mount -t tmpfs -o size=${sizeMb}m tmpfs "$1"`;
  try {
    // The same mount on a throwaway folder first, so a machine that refuses says so plainly.
    execFileSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', mountOnFirstArgument, 'sh', wrapperDir], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    rmSync(wrapperDir, { recursive: true, force: true });
    const said = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    throw new Error(
      `launchExtension({ profileDiskMb }) puts the browser profile on a tmpfs in a private user and mount namespace, ` +
        `and this machine does not allow that (\`unshare --user --map-root-user --mount\` + \`mount -t tmpfs\`: ${said}). ` +
        'It needs util-linux (`unshare`, `mount`) and either root or unprivileged user namespaces ' +
        '(sysctl kernel.unprivileged_userns_clone=1; on Ubuntu also kernel.apparmor_restrict_unprivileged_userns=0).',
      { cause: error },
    );
  }
  const pidFile = path.join(wrapperDir, 'browser.pid');
  const executablePath = path.join(wrapperDir, 'chromium-on-small-disk');
  writeFileSync(
    executablePath,
    [
      '#!/bin/sh',
      // The wrapper's pid stays the browser's: every step below `exec`s.
      `echo $$ > ${quoted(pidFile)}`,
      `exec unshare --user --map-root-user --mount sh -c '${mountOnFirstArgument} && shift && exec "$@"' sh ${quoted(userDataDir)} ${quoted(chromiumPath)} "$@"`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  const inBrowserNamespace = (file: string) => `/proc/${readFileSync(pidFile, 'utf8').trim()}/root${file}`;
  const filler = path.join(userDataDir, 'disk-filler');
  const disk: ProfileDisk = {
    fill(freeBytes) {
      const { bavail, bsize } = statfsSync(inBrowserNamespace(userDataDir));
      const fillBytes = bavail * bsize - freeBytes;
      if (fillBytes <= 0) throw new Error(`The profile disk has only ${bavail * bsize} bytes free, fewer than the ${freeBytes} to leave.`);
      writeFileSync(inBrowserNamespace(filler), Buffer.alloc(fillBytes));
    },
    free() {
      rmSync(inBrowserNamespace(filler));
    },
  };
  return { executablePath, wrapperDir, disk };
}
