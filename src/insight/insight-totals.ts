// What the options page's chart shows: per category, the totals over the kept days.
import { CATEGORIES, type Category } from '../core/types';
import type { InsightEvent } from '../shared/protocol';
import { INSIGHT_EVENTS, type InsightLog } from './insight-log';

export type CategoryTotals = { category: Category } & Record<InsightEvent, number>;

/** One entry per category, in the contract's order, zeros included so the chart keeps its shape. */
export function insightTotals(log: InsightLog): CategoryTotals[] {
  return CATEGORIES.map((category) => {
    const totals = { category, flagged: 0, applied: 0, dismissed: 0 };
    for (const counts of Object.values(log)) {
      for (const event of INSIGHT_EVENTS) totals[event] += counts[event]?.[category] ?? 0;
    }
    return totals;
  });
}
