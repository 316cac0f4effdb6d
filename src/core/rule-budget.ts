// A time budget per analysis (issue 13). Policy validation refuses patterns that can blow up
// and caps what a policy costs; this is the backstop for whatever gets past that. Each rule's
// matching is timed, sentence by sentence. A rule over its own budget is stopped, and while
// the rules together are over the total budget the costliest one is stopped. A stopped rule
// stays stopped for that policy (the compiled policy keeps the list), so a runaway rule costs
// one analysis its budget, not every keystroke; it is reported in the Report (stoppedRules),
// and every other rule keeps coaching.
import type { PolicyRule } from '../policy/types';
import type { StoppedRule } from './types';

export interface RuleBudget {
  /** What one rule may spend matching, in this analysis. */
  perRuleMs: number;
  /** What all the policy's rules together may spend matching, in this analysis. */
  totalMs: number;
}

/** Floors for a short reply; a long one gets more in proportion (per 1,000 characters). */
const PER_RULE_MS = { floor: 300, perKilo: 6 };
const TOTAL_MS = { floor: 1_500, perKilo: 30 };

/**
 * The budget for a reply of `length` characters. The built-in rules use about 3 ms per 1,000
 * characters all together (BENCHMARKS.md), their costliest a tenth of that: the budget leaves
 * them ten times that and more, on a slow or busy machine too.
 */
export function budgetFor(length: number, override: Partial<RuleBudget> = {}): RuleBudget {
  const kilos = length / 1_000;
  return {
    perRuleMs: override.perRuleMs ?? Math.max(PER_RULE_MS.floor, PER_RULE_MS.perKilo * kilos),
    totalMs: override.totalMs ?? Math.max(TOTAL_MS.floor, TOTAL_MS.perKilo * kilos),
  };
}

type Clock = () => number;

const performanceClock = (globalThis as { performance?: { now(): number } }).performance;
export const defaultClock: Clock = performanceClock ? () => performanceClock.now() : () => Date.now();

/** Times the rules of one analysis; `stopped` is the compiled policy's list, kept across analyses. */
export class RuleWatch {
  private readonly spent = new Map<PolicyRule, number>();
  private total = 0;

  constructor(
    private readonly stopped: Map<PolicyRule, StoppedRule>,
    private readonly budget: RuleBudget,
    private readonly now: Clock = defaultClock,
  ) {}

  allows(rule: PolicyRule): boolean {
    return !this.stopped.has(rule);
  }

  /** Runs one rule's matching on one sentence, unless the rule is stopped (then: no hits). */
  run<T>(rule: PolicyRule, work: () => T[]): T[] {
    if (this.stopped.has(rule)) return [];
    const started = this.now();
    const result = work();
    const took = this.now() - started;
    const spent = (this.spent.get(rule) ?? 0) + took;
    this.spent.set(rule, spent);
    this.total += took;
    if (spent > this.budget.perRuleMs) this.stop(rule);
    while (this.total > this.budget.totalMs) {
      const costliest = [...this.spent].sort((a, b) => b[1] - a[1])[0];
      if (!costliest) break;
      this.stop(costliest[0]);
    }
    return result;
  }

  private stop(rule: PolicyRule): void {
    this.total -= this.spent.get(rule) ?? 0;
    this.spent.delete(rule);
    if (!this.stopped.has(rule)) this.stopped.set(rule, { ruleId: rule.id, category: rule.category, lang: rule.lang, reason: 'time' });
  }
}
