// Team insight without surveillance: counts only, never text. Per local day and category:
// how many findings were flagged, how many suggestions were applied, how many cards were
// dismissed. Kept in storage.local, pruned after RETENTION_DAYS; nothing is ever sent.
import { CATEGORIES, type Category } from '../core/types';
import type { InsightEvent } from '../shared/protocol';
import { oneAtATime } from '../team/one-at-a-time';
import type { StorageArea } from '../team/storage-area';

export const INSIGHT_KEY = 'insight';
export const RETENTION_DAYS = 90;
export const INSIGHT_EVENTS: readonly InsightEvent[] = ['flagged', 'applied', 'dismissed'];

export type DayCounts = Record<InsightEvent, Partial<Record<Category, number>>>;

/** Day ("2026-11-22", the agent's local date) to counts. */
export type InsightLog = Record<string, DayCounts>;

export function dayKey(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The log without days older than the retention period. */
export function pruneInsight(log: InsightLog, now: number): InsightLog {
  const oldest = dayKey(now - (RETENTION_DAYS - 1) * 86_400_000);
  return Object.fromEntries(Object.entries(log).filter(([day]) => day >= oldest));
}

export async function loadInsight(local: StorageArea, now: number): Promise<InsightLog> {
  const stored = (await local.get(INSIGHT_KEY))[INSIGHT_KEY];
  return pruneInsight(isLog(stored) ? stored : {}, now);
}

const serialized = oneAtATime();

/** Counts one event; a category outside the contract is ignored rather than stored. */
export function recordInsight(local: StorageArea, event: InsightEvent, category: Category, now: number): Promise<void> {
  return serialized(async () => {
    if (!INSIGHT_EVENTS.includes(event) || !CATEGORIES.includes(category)) return;
    const log = await loadInsight(local, now);
    const day = (log[dayKey(now)] ??= { flagged: {}, applied: {}, dismissed: {} });
    day[event][category] = (day[event][category] ?? 0) + 1;
    await local.set({ [INSIGHT_KEY]: log });
  });
}

/** Forgets every count (the agent's "Clear" button). */
export function clearInsight(local: StorageArea): Promise<void> {
  return serialized(() => local.set({ [INSIGHT_KEY]: {} }));
}

function isLog(value: unknown): value is InsightLog {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
