// Types for scripts/build-extension.mjs (plain JS so build.mjs can run it without a compiler).
export type Browser = 'chrome' | 'firefox';
export type Manifest = Record<string, unknown> & { background: { service_worker: string } };

export const BROWSERS: readonly Browser[];
export const CHROME_PUBLIC_KEY: string;
export const CHROME_EXTENSION_ID: string;
export const GECKO_ID: string;
export const FIREFOX_MIN_VERSION: string;
export const FIREFOX_ANDROID_MIN_VERSION: string;
export const CHROME_MIN_VERSION: string;
export const LOADER_LIMIT_BYTES: number;
export const MANAGED_SCHEMA_FILE: string;

export function chromeExtensionId(publicKeyBase64: string): string;
export function manifestFor(base: Manifest, browser: Browser, version: string): Record<string, unknown>;
export function checkLoaderSize(bytes: number, limit?: number): void;
export function buildExtension(options?: { root?: string; outDir?: string }): Promise<void>;
