// Launches Debian's Chromium and Firefox ESR headless with the built extension loaded, each with
// a fresh profile, all outbound traffic sent to the recording sink.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { OutboundSink } from './outbound-sink';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.REFRAME_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.REFRAME_FIREFOX ?? '/usr/bin/firefox-esr',
};
const EXTENSIONS: Record<BrowserName, string> = {
  chromium: resolve('dist/chrome'),
  firefox: resolve('dist/firefox'),
};

/** Flags this kind of machine needs (no sandbox in containers, no GPU, no background traffic). */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchedBrowser {
  name: BrowserName;
  browser: Browser;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Load the built extension (default true); fixture self-checks run without it. */
  withExtension?: boolean;
  sink?: OutboundSink;
}

export async function launch(name: BrowserName, { withExtension = true, sink }: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extension = EXTENSIONS[name];
  if (withExtension && !existsSync(join(extension, 'manifest.json'))) {
    throw new Error(`${extension}/manifest.json is missing: run "npm run build" first`);
  }
  const profile = mkdtempSync(join(tmpdir(), `reframe-e2e-${name}-`));
  const browser =
    name === 'chromium'
      ? await puppeteer.launch({
          executablePath: EXECUTABLES.chromium,
          headless: true,
          pipe: true,
          userDataDir: profile,
          enableExtensions: withExtension ? [extension] : false,
          args: [...CHROMIUM_FLAGS, ...(sink ? [`--proxy-server=http://127.0.0.1:${sink.port}`] : [])],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: EXECUTABLES.firefox,
          headless: true,
          userDataDir: profile,
          extraPrefsFirefox: sink
            ? {
                'network.proxy.type': 1,
                'network.proxy.http': '127.0.0.1',
                'network.proxy.http_port': sink.port,
                'network.proxy.ssl': '127.0.0.1',
                'network.proxy.ssl_port': sink.port,
                'network.proxy.share_proxy_settings': true,
              }
            : {},
        });
  if (withExtension && name === 'firefox') await browser.installExtension(extension);
  // Chromium loads the extension after the browser answers; on a busy machine an extension page
  // opened before its service worker runs is refused (ERR_BLOCKED_BY_CLIENT). Wait for it.
  if (withExtension && name === 'chromium') {
    await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'), { timeout: 30_000 });
  }
  return {
    name,
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface BrowserPage {
  readonly launched: LaunchedBrowser;
  readonly page: Page;
}

/**
 * A browser with one 1280x900 page for the describe block it is called in: launched before its
 * tests, closed after them. `options` is read at launch (a sink made in an outer beforeAll).
 */
export function withBrowserPage(name: BrowserName, options: () => LaunchOptions = () => ({})): BrowserPage {
  const opened: { launched?: LaunchedBrowser; page?: Page } = {};
  beforeAll(async () => {
    opened.launched = await launch(name, options());
    opened.page = await opened.launched.browser.newPage();
    await opened.page.setViewport({ width: 1280, height: 900 });
  });
  afterAll(() => opened.launched?.close());
  return {
    get launched() {
      return opened.launched!;
    },
    get page() {
      return opened.page!;
    },
  };
}
