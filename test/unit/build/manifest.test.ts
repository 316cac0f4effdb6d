import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHROME_EXTENSION_ID,
  CHROME_PUBLIC_KEY,
  GECKO_ID,
  checkLoaderSize,
  chromeExtensionId,
  manifestFor,
  type Manifest,
} from '../../../scripts/build-extension.mjs';

const base = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const messages = JSON.parse(readFileSync('_locales/en/messages.json', 'utf8')) as Record<string, unknown>;
const chrome = manifestFor(base, 'chrome', '1.2.3');
const firefox = manifestFor(base, 'firefox', '1.2.3');

describe('per-browser manifests from the one base', () => {
  it('gives Chrome a service worker, the fixed key and the managed-storage schema', () => {
    expect(chrome.background).toEqual({ service_worker: 'background/index.js' });
    expect(chrome.key).toBe(CHROME_PUBLIC_KEY);
    expect(chrome.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
  });

  it('gives Firefox background scripts and a gecko id, and none of the Chrome-only keys', () => {
    expect(firefox.background).toEqual({ scripts: ['background/index.js'] });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
    for (const key of ['key', 'storage', 'minimum_chrome_version']) expect(firefox).not.toHaveProperty(key);
  });

  it('takes the version from package.json and leaves the base untouched', () => {
    expect(chrome.version).toBe('1.2.3');
    expect(firefox.version).toBe('1.2.3');
    expect(base.background).toEqual({ service_worker: 'background/index.js' });
  });

  it.each([
    ['chrome', chrome],
    ['firefox', firefox],
  ])('%s asks for exactly the permissions the README justifies', (_name, manifest) => {
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab', 'contextMenus', 'alarms']);
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('injects only the small loader on page load, in every frame', () => {
    expect(chrome.content_scripts).toEqual([
      {
        matches: ['<all_urls>'],
        js: ['content/loader.js'],
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
        run_at: 'document_idle',
      },
    ]);
  });

  it('pins the Chrome extension id that enterprise policy names', () => {
    // The id Chromium 156 showed for this key when loading dist/chrome.
    expect(chromeExtensionId(CHROME_PUBLIC_KEY)).toBe('fehoahodelkifelfjainiofamjmdijco');
    expect(CHROME_EXTENSION_ID).toBe('fehoahodelkifelfjainiofamjmdijco');
  });

  it('names only messages that _locales/en has', () => {
    const used = [...JSON.stringify(base).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(messages, key).toHaveProperty(key);
  });
});

describe('loader budget', () => {
  it('accepts a loader at the 40 KiB limit and refuses one byte more, saying what to do', () => {
    expect(() => checkLoaderSize(40 * 1024)).not.toThrow();
    expect(() => checkLoaderSize(40 * 1024 + 1)).toThrow(/content\/loader\.js is 40\.0 KiB minified, over the 40 KiB budget: move the heavy part/);
  });
});
