// The slice of the WebExtension storage API that src/team and src/insight use, so they can be
// handed browser.storage.local / .managed by the background and a Map-backed fake by tests.

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** storage.managed: read-only, and may be missing or throw (no schema, no policy, Firefox without policies). */
export interface ManagedArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}
