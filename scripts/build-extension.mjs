// Builds the browser extension: dist/chrome and dist/firefox from the one base manifest.json,
// each with its per-browser patch (Dark Reader style), the bundles, locales and icons.
// Pure parts (manifestFor, checkLoaderSize) are exported for the unit tests.
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';

export const BROWSERS = /** @type {const} */ (['chrome', 'firefox']);

/**
 * Public half of the signing key: pins the Chrome extension id of unpacked and
 * policy-installed builds, so enterprise policy can name the extension by id.
 */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA3TLg2h3Fcj0jW0anKFqL2Amtjv4ZyVqWu3Jqw1hPW8DMJE6sBRJhO6py' +
  'l/MCSEI5c8LsDK9yZsmMA9ovzYclZfKzO8GGi1sNmVAECnEXsvf+C9K9xRdFgloP4R7cYmIerqZtAY9W3NyqaZ2D7P6e2+wqY1PL' +
  'Ms7ZNymQIA3B9jbw6uZgcAiGylbip4univct45kPg1ZRqfnfPrFHr/d1lYCrbZhp9Ytm6Q6srWRr9Ye2qa2Th04sKZgX3EALfKKu' +
  'VBQpDp6R4TUEl7VYOdrtiwRpW4rwNc2VUg7fNPG29/FdqIg9GXBWDP0PYm+b+Ojqsigxb3F9lxNCjcicLgw+JQIDAQAB';
export const GECKO_ID = 'reframe@reframe.dev';
/** Firefox 128 is the first with match_origin_as_fallback; 140 is the ESR that also knows data_collection_permissions. */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
/** Chrome 105 is the first with the CSS Custom Highlight API the content script draws with. */
export const CHROME_MIN_VERSION = '105';
/** The manifest-injected content script runs on every page, so it must stay small. */
export const LOADER_LIMIT_BYTES = 40 * 1024;
export const MANAGED_SCHEMA_FILE = 'managed-schema.json';

/** The id Chrome derives from a public key: sha256 of the DER bytes, first 32 hex digits mapped to a-p. */
export function chromeExtensionId(publicKeyBase64) {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** The id policies name the extension by (chrome://extensions shows the same). */
export const CHROME_EXTENSION_ID = chromeExtensionId(CHROME_PUBLIC_KEY);

/** The base manifest patched for one browser. Never mutates `base`. */
export function manifestFor(base, browser, version) {
  const manifest = structuredClone(base);
  manifest.version = version;
  const worker = base.background.service_worker;
  if (browser === 'chrome') {
    manifest.key = CHROME_PUBLIC_KEY;
    manifest.minimum_chrome_version = CHROME_MIN_VERSION;
    manifest.storage = { managed_schema: MANAGED_SCHEMA_FILE };
    return manifest;
  }
  // Firefox runs MV3 backgrounds as event pages, not service workers.
  manifest.background = { scripts: [worker] };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Reframe collects and transmits nothing.
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android learnt data_collection_permissions in 142.
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}

/** Throws when the page-load content script outgrows its budget, naming both sizes. */
export function checkLoaderSize(bytes, limit = LOADER_LIMIT_BYTES) {
  if (bytes > limit) {
    throw new Error(
      `content/loader.js is ${(bytes / 1024).toFixed(1)} KiB minified, over the ${limit / 1024} KiB budget: ` +
        'move the heavy part into the on-demand coach bundle (src/content/coach.ts).',
    );
  }
}

const ENTRIES = {
  'background/index': 'src/background/index.ts',
  'content/loader': 'src/content/loader.ts',
  'content/coach': 'src/content/coach.ts',
  'popup/popup': 'src/popup/main.tsx',
  'options/options': 'src/options/main.tsx',
};

/** The extension's pages: each is <page>/<page>.html written from the one shell. */
const PAGES = ['popup', 'options'];
const PAGE_SHELL = 'src/platform/extension-page.html';

const STATIC_FILES = [
  ['src/popup/popup.css', 'popup/popup.css'],
  ['src/options/options.css', 'options/options.css'],
  ['src/team/managed-schema.json', MANAGED_SCHEMA_FILE, 'chrome'],
];

async function buildOne(root, browser, outDir, version) {
  const out = path.join(outDir, browser);
  await rm(out, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: out,
    bundle: true,
    minify: true,
    format: 'iife',
    target: browser === 'chrome' ? `chrome${CHROME_MIN_VERSION}` : `firefox${FIREFOX_MIN_VERSION.split('.')[0]}`,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __BROWSER__: JSON.stringify(browser) },
    logLevel: 'warning',
  });
  for (const [from, to, only] of STATIC_FILES) {
    if (!only || only === browser) await cp(path.join(root, from), path.join(out, to));
  }
  const shell = await readFile(path.join(root, PAGE_SHELL), 'utf8');
  for (const page of PAGES) await writeFile(path.join(out, page, `${page}.html`), shell.replaceAll('__PAGE__', page));
  await cp(path.join(root, '_locales'), path.join(out, '_locales'), { recursive: true });
  await mkdir(path.join(out, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    await cp(path.join(root, `icons/icon-${size}.png`), path.join(out, `icons/icon-${size}.png`));
  }
  const base = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(base, browser, version), null, 2) + '\n');
  checkLoaderSize((await stat(path.join(out, 'content/loader.js'))).size);
}

/** Writes dist/chrome and dist/firefox; fails when the loader is over budget. */
export async function buildExtension({ root = process.cwd(), outDir = 'dist' } = {}) {
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  for (const browser of BROWSERS) await buildOne(root, browser, path.resolve(root, outDir), version);
}
