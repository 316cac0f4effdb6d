// Issue 13: a time budget per analysis. A rule that runs away is stopped, reported once in the
// Report (stoppedRules), stays stopped for that policy, and every other rule keeps coaching.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { budgetFor, RuleWatch } from '../../../src/core/rule-budget';
import type { PolicyRule } from '../../../src/policy/types';
import { policyOf, rule } from './policies';

/** Sentences of 300 words with no noun: ".* #Noun" looks to the end of each from every word. */
function nounlessReply(sentences: number): string {
  return Array.from({ length: sentences }, (_, i) => `${'a '.repeat(295)}very ${i} slow. Please read the manual.`).join('\n');
}

describe('a rule that takes too long', () => {
  const slow = { id: 'slow-wildcard', category: 'minimizing' as const, patterns: ['.* #Noun'] };
  const plain = { id: 'read-the-manual', category: 'blame' as const, patterns: ['read the manual'] };

  it('is stopped and reported once, while the other rules keep coaching', () => {
    const policy = policyOf(slow, plain);
    const text = nounlessReply(60);
    const report = analyze(text, policy, { budget: { perRuleMs: 40, totalMs: 10_000 } });
    expect(report.stoppedRules).toEqual([{ ruleId: 'slow-wildcard', category: 'minimizing', lang: 'en', reason: 'time' }]);
    expect(report.findings.filter((finding) => finding.ruleId === 'slow-wildcard')).toEqual([]);
    expect(report.findings.filter((finding) => finding.ruleId === 'read-the-manual')).toHaveLength(60);
  });

  it('stays stopped for that policy: the next analysis does not run it again', () => {
    const policy = policyOf(slow, plain);
    analyze(nounlessReply(60), policy, { budget: { perRuleMs: 40, totalMs: 10_000 } });
    const text = nounlessReply(61);
    const started = performance.now();
    const again = analyze(text, policy, { budget: { perRuleMs: 40, totalMs: 10_000 } });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(again.stoppedRules?.map((stopped) => stopped.ruleId)).toEqual(['slow-wildcard']);
    expect(again.findings.some((finding) => finding.ruleId === 'read-the-manual')).toBe(true);
  });

  it('is not reported when every rule is within its budget', () => {
    const report = analyze('Please read the manual.', policyOf(slow, plain));
    expect(report.stoppedRules).toBeUndefined();
  });
});

describe('the budget', () => {
  it('grows with the reply, from a floor', () => {
    expect(budgetFor(100)).toEqual(budgetFor(1_000));
    expect(budgetFor(5_000_000).perRuleMs).toBeGreaterThanOrEqual(budgetFor(10_000).perRuleMs * 100);
    expect(budgetFor(5_000_000).totalMs).toBeGreaterThan(budgetFor(5_000_000).perRuleMs);
  });

  it('stops the costliest rules until the rest fit the total, on a clock it is given', () => {
    let clock = 0;
    const rules = ['a', 'b', 'c'].map((id) => rule({ id })) as PolicyRule[];
    const stopped = new Map();
    const watch = new RuleWatch(stopped, { perRuleMs: 1_000, totalMs: 100 }, () => clock);
    const cost: Record<string, number> = { a: 10, b: 30, c: 5 };
    for (let sentence = 0; sentence < 10; sentence++) {
      for (const each of rules) {
        watch.run(each, () => {
          clock += cost[each.id]!;
          return [];
        });
      }
    }
    // b (30 a sentence) goes first; a and c (15 a sentence together) then fit for a while.
    expect([...stopped.values()].map((each) => each.ruleId)).toEqual(['b', 'a']);
    expect(watch.allows(rules[2]!)).toBe(true);
  });

  it('stops one rule over its own budget without touching the others', () => {
    let clock = 0;
    const [fast, slow] = [rule({ id: 'fast' }), rule({ id: 'slow' })] as PolicyRule[];
    const stopped = new Map();
    const watch = new RuleWatch(stopped, { perRuleMs: 50, totalMs: 10_000 }, () => clock);
    let slowRuns = 0;
    for (let sentence = 0; sentence < 100; sentence++) {
      watch.run(fast!, () => ((clock += 0.1), []));
      watch.run(slow!, () => ((clock += 20), slowRuns++, []));
    }
    expect(slowRuns).toBe(3);
    expect([...stopped.keys()]).toEqual([slow]);
    expect(watch.allows(fast!)).toBe(true);
  });
});
