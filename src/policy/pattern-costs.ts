// Caps on what a policy's patterns cost to run (issue 13): per pattern, per rule and per
// policy, so that no policy a team lead writes can make coaching slow for every agent. The
// costs come from each language (src/core/pattern-cost.ts); here they are capped and, when a
// cap is passed, the message names the rule, the pattern and the part that costs the most.
import type { PatternCost } from '../core/pattern-cost';
import { errorAt, type PolicyError } from './policy-error';
import type { Policy, PolicyRule } from './types';

/** The costliest built-in pattern costs 62; "you .* fault" costs 44, ".* #Noun" 86 (refused). */
export const MAX_PATTERN_COST = 80;
/** The costliest built-in rule (bare-refusal) costs 242 (all its patterns and exceptions). */
export const MAX_RULE_COST = 250;
/**
 * All of a policy's own rules together. The built-in rules, in both languages, cost about 5,000;
 * a team lead who starts from a copy of them keeps about 3,000 for rules of their own.
 */
export const MAX_POLICY_COST = 8000;

export interface CostedRule {
  rule: PolicyRule;
  index: number;
  patterns: { field: 'patterns' | 'exceptions'; at: number; cost: PatternCost }[];
}

const ADVICE = 'Name the words the phrase needs instead of "." and "*", or split the pattern into several simpler ones.';

export function costErrors(policy: Policy, rules: readonly CostedRule[]): PolicyError[] {
  const errors: PolicyError[] = [];
  for (const { rule, index, patterns } of rules) {
    for (const { field, at, cost } of patterns) {
      if (cost.cost <= MAX_PATTERN_COST) continue;
      errors.push(
        errorAt(policy, ['rules', index, field, at], `The pattern "${cost.pattern}" costs ${cost.cost} to run; one pattern may cost at most ${MAX_PATTERN_COST}. ${costlyParts(cost)} ${ADVICE}`),
      );
    }
    const total = ruleCost(patterns);
    if (total <= MAX_RULE_COST) continue;
    const costliest = costliestPattern(patterns)!;
    errors.push(
      errorAt(
        policy,
        ['rules', index, rule.patterns ? 'patterns' : 'exceptions'],
        `cost ${total} to run, patterns and exceptions together; one rule may cost at most ${MAX_RULE_COST}. The costliest is "${costliest.pattern}" (${costliest.cost}): ${costlyParts(costliest)} Split the rule in two, or drop variants that add little.`,
      ),
    );
  }
  const total = rules.reduce((sum, each) => sum + ruleCost(each.patterns), 0);
  if (total > MAX_POLICY_COST) {
    const ranked = [...rules].sort((a, b) => ruleCost(b.patterns) - ruleCost(a.patterns)).slice(0, 3);
    const named = ranked.map((each) => `"${each.rule.id}" (${ruleCost(each.patterns)})`).join(', ');
    const top = ranked[0] && costliestPattern(ranked[0].patterns);
    const detail = top ? ` Its costliest pattern is "${top.pattern}" (${top.cost}): ${costlyParts(top)}` : '';
    errors.push(
      errorAt(
        policy,
        ['rules'],
        `cost ${total} to run, all rules together; a policy may cost at most ${MAX_POLICY_COST} (this keeps coaching fast for every agent). The costliest rules are ${named}.${detail} Merge similar rules and prefer plain phrases.`,
      ),
    );
  }
  return errors;
}

function ruleCost(patterns: CostedRule['patterns']): number {
  return patterns.reduce((sum, each) => sum + each.cost.cost, 0);
}

function costliestPattern(patterns: CostedRule['patterns']): PatternCost | undefined {
  return [...patterns].sort((a, b) => b.cost.cost - a.cost.cost)[0]?.cost;
}

/** The parts that cost the most, in words: `".*" (any number of words) costs 12, 3 times; ...`. */
export function costlyParts(cost: PatternCost): string {
  const byText = new Map<string, { cost: number; what: string; times: number }>();
  for (const part of cost.parts) {
    const known = byText.get(part.text);
    if (known) known.times++;
    else byText.set(part.text, { cost: part.cost, what: part.what, times: 1 });
  }
  const ranked = [...byText].filter(([, part]) => part.cost > 1).sort((a, b) => b[1].cost * b[1].times - a[1].cost * a[1].times).slice(0, 3);
  const parts = ranked.map(([text, part]) => `"${text}" (${part.what}) costs ${part.cost}${part.times > 1 ? `, ${part.times} times` : ''}`);
  const said = parts.length > 0 ? `The costly parts: ${parts.join('; ')}.` : `It has ${cost.parts.length} parts.`;
  return cost.everySentence ? `${said} It names no word a sentence must contain, so it is tried on every sentence (its cost counts double).` : said;
}
