// The CSV an agent shares with their lead: one row per day and category that has any count.
// Only dates, category ids and numbers: there is no text in the log to leak.
import { CATEGORIES } from '../core/types';
import { INSIGHT_EVENTS, type InsightLog } from './insight-log';

export function insightCsv(log: InsightLog): string {
  const rows = [['date', 'category', ...INSIGHT_EVENTS].join(',')];
  for (const day of Object.keys(log).sort()) {
    const counts = log[day]!;
    for (const category of CATEGORIES) {
      const values = INSIGHT_EVENTS.map((event) => counts[event]?.[category] ?? 0);
      if (values.some((value) => value > 0)) rows.push([day, category, ...values].join(','));
    }
  }
  return rows.join('\r\n') + '\r\n';
}
