// Builds the real extension into a temporary folder: both browsers get their files, the
// loader stays within its budget, and web-ext lint finds no error in the Firefox build.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOADER_LIMIT_BYTES, buildExtension } from '../../../scripts/build-extension.mjs';

const out = mkdtempSync(path.join(tmpdir(), 'reframe-build-'));

beforeAll(async () => {
  await buildExtension({ outDir: out });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the extension build', () => {
  it.each(['chrome', 'firefox'])('writes everything the %s manifest names', (browser) => {
    const dir = path.join(out, browser);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const named = [
      ...(manifest.background.scripts ?? [manifest.background.service_worker]),
      ...manifest.content_scripts.flatMap((script: { js: string[] }) => script.js),
      manifest.action.default_popup,
      manifest.options_ui.page,
      ...Object.values(manifest.icons as Record<string, string>),
      'content/coach.js',
      'popup/popup.js',
      'options/options.js',
      '_locales/en/messages.json',
      ...(manifest.storage ? [manifest.storage.managed_schema] : []),
    ];
    for (const file of named) expect(existsSync(path.join(dir, file)), file).toBe(true);
  });

  it('keeps the page-load loader within its budget, minified', () => {
    const bytes = statSync(path.join(out, 'chrome/content/loader.js')).size;
    expect(bytes).toBeLessThanOrEqual(LOADER_LIMIT_BYTES);
    expect(readFileSync(path.join(out, 'chrome/content/loader.js'), 'utf8').split('\n').length).toBeLessThan(5);
  });

  it.each(['options/options.js', 'popup/popup.js', 'content/loader.js', 'content/coach.js'])('leaves the analyser out of %s: only the background carries it', (file) => {
    const code = readFileSync(path.join(out, 'chrome', file), 'utf8');
    // compromise's tagger and match parser: present in the background, nowhere else.
    expect(code).not.toMatch(/postTagger|parseMatch/);
    expect(readFileSync(path.join(out, 'chrome/background/index.js'), 'utf8')).toMatch(/postTagger/);
  });

  it('passes web-ext lint on the Firefox build without errors', async () => {
    const webExt = path.resolve('node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(webExt, ['lint', '--source-dir', path.join(out, 'firefox'), '--output', 'json'], {
      maxBuffer: 10_000_000,
    }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(stdout) as { errors: { code: string; message: string }[] };
    expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
  }, 60_000);
});
