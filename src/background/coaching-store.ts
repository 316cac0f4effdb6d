// The latest coaching per tab, with the frame it came from, for the popup. Mirrored into
// storage.session (memory only, never on disk) because a service worker may be stopped
// between the content script's update and the agent opening the popup.
import type { CoachingState } from '../shared/protocol';
import type { StorageArea } from '../settings/settings-store';

export interface TabCoaching {
  frameId: number;
  state: CoachingState;
}

export interface CoachingStore {
  get(tabId: number): Promise<TabCoaching | null>;
  /** A frame's update; null from the frame that owns the tab's coaching clears it. */
  update(tabId: number, frameId: number, state: CoachingState | null): Promise<void>;
  forget(tabId: number): Promise<void>;
}

const keyOf = (tabId: number) => `coaching:${tabId}`;

export function createCoachingStore(session: StorageArea | null): CoachingStore {
  const byTab = new Map<number, TabCoaching | null>();
  const save = async (tabId: number, value: TabCoaching | null) => {
    byTab.set(tabId, value);
    await session?.set({ [keyOf(tabId)]: value });
  };
  const get = async (tabId: number): Promise<TabCoaching | null> => {
    if (byTab.has(tabId)) return byTab.get(tabId) ?? null;
    const stored = session ? ((await session.get(keyOf(tabId)))[keyOf(tabId)] as TabCoaching | undefined) : undefined;
    byTab.set(tabId, stored ?? null);
    return stored ?? null;
  };
  return {
    get,
    async update(tabId, frameId, state) {
      if (state) return save(tabId, { frameId, state });
      // Another frame going idle must not wipe the coaching of the frame the agent is in.
      if ((await get(tabId))?.frameId === frameId) await save(tabId, null);
    },
    forget: (tabId) => save(tabId, null),
  };
}
