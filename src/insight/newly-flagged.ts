// Turns the stream of analyses into "findings flagged": a finding counts once, when it first
// appears in the reply being written, not again on every re-analysis while the agent types.
// Only rule ids and categories are kept in memory, never the flagged text itself.
import { isCategory, type Category, type Finding } from '../core/types';

export type FlaggedTracker = (replyKey: string, findings: readonly Pick<Finding, 'ruleId' | 'category'>[] | null) => Category[];

export function createFlaggedTracker(): FlaggedTracker {
  /** Per reply (tab and frame), how many findings of each rule it had at the last analysis. */
  const previous = new Map<string, Map<string, number>>();
  return (replyKey, findings) => {
    if (findings === null) {
      previous.delete(replyKey);
      return [];
    }
    const before = previous.get(replyKey) ?? new Map<string, number>();
    const now = new Map<string, number>();
    const flagged: Category[] = [];
    for (const finding of findings) {
      const seen = (now.get(finding.ruleId) ?? 0) + 1;
      now.set(finding.ruleId, seen);
      if (seen > (before.get(finding.ruleId) ?? 0) && isCategory(finding.category)) flagged.push(finding.category);
    }
    previous.set(replyKey, now);
    return flagged;
  };
}
