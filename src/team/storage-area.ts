// The slices of the WebExtension storage API that src/team and src/insight use, so the
// background can hand them browser.storage.local / .managed and tests a Map-backed fake.
export type { StorageArea } from '../settings/settings-store';

/** storage.managed: read-only, and may be missing or throw (no schema, no policy, Firefox without policies). */
export interface ManagedArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}
