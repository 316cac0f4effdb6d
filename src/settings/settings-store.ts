// Where the agent's settings live: preferences in storage.sync (they follow the agent to
// another browser), the snooze in storage.local (this device). The team policy has its own
// store (src/team).
import { readPreferences, type Preferences } from './preferences';

/** The slice of a WebExtension storage area the settings need (a Map-backed fake in tests). */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface Settings {
  preferences: Preferences;
  /** Epoch milliseconds until which coaching is paused everywhere, or null. */
  snoozedUntil: number | null;
}

export const SETTINGS_KEYS = { preferences: 'preferences', snoozedUntil: 'snoozedUntil' } as const;

export interface SettingsStore {
  read(): Promise<Settings>;
  /** Read-modify-write of the preferences; resolves with what was saved. */
  updatePreferences(change: (current: Preferences) => Preferences): Promise<Preferences>;
  setSnooze(until: number | null): Promise<void>;
}

export function createSettingsStore(areas: { sync: StorageArea; local: StorageArea }): SettingsStore {
  const readSnooze = async () => {
    const until = (await areas.local.get(SETTINGS_KEYS.snoozedUntil))[SETTINGS_KEYS.snoozedUntil];
    return typeof until === 'number' && Number.isFinite(until) ? until : null;
  };
  const readSynced = async () => readPreferences((await areas.sync.get(SETTINGS_KEYS.preferences))[SETTINGS_KEYS.preferences]);
  return {
    async read() {
      const [preferences, snoozedUntil] = await Promise.all([readSynced(), readSnooze()]);
      return { preferences, snoozedUntil };
    },
    async updatePreferences(change) {
      const next = change(await readSynced());
      await areas.sync.set({ [SETTINGS_KEYS.preferences]: next });
      return next;
    },
    async setSnooze(until) {
      await areas.local.set({ [SETTINGS_KEYS.snoozedUntil]: until });
    },
  };
}
