// What a schema cannot say about a policy: ids that clash or point nowhere, patterns the
// language cannot compile, placeholders that do not exist, and caps on the total work.
import { PatternError } from '../core/language';
import type { PatternCost } from '../core/pattern-cost';
import { MODEL_RULE_IDS } from '../core/model/rules';
import type { Lang } from '../core/types';
import { didYouMean } from './closest';
import { costErrors, type CostedRule } from './pattern-costs';
import { errorAt, type PolicyError } from './policy-error';
import type { Policy, PolicyRule } from './types';

/** What the checks need to know about this build of Reframe. */
export interface CheckContext {
  /**
   * Each available language's check of one pattern: what it costs to run, or PatternError
   * when the language cannot use it.
   */
  patternCost: Partial<Record<Lang, (pattern: string) => PatternCost>>;
  /** Ids of the built-in default rules, which "extends": "reframe:default" brings in. */
  defaultRuleIds: readonly string[];
}

/** Patterns and exceptions in one policy, all rules together: compiling more gets slow. */
export const MAX_TOTAL_PATTERNS = 2000;

const PLACEHOLDERS = ['match', 'reflection', 'clause'];

/** Problems in a policy whose shape is already right (see schemaErrors). */
export function semanticErrors(policy: Policy, context: CheckContext): PolicyError[] {
  const rules = policy.rules ?? [];
  const tooMany = totalPatterns(policy, rules);
  // Compiling is the costly part: not for a policy already too big to use.
  const checked = tooMany.length > 0 ? [] : rules.map((rule, index) => checkPatterns(policy, rule, index, context));
  return [
    ...duplicateIds(policy, rules),
    ...rules.flatMap((rule, index) => [
      ...patternsOrDetector(policy, rule, index),
      ...unknownPlaceholders(policy, rule, index),
      ...(checked[index]?.errors ?? []),
    ]),
    ...tooMany,
    // Costs only once every pattern compiles: a broken pattern has no cost to speak of.
    ...(checked.length > 0 && checked.every((each) => each.errors.length === 0) ? costErrors(policy, checked.map((each) => each.costed)) : []),
    ...unknownReferences(policy, rules, context),
  ];
}

function duplicateIds(policy: Policy, rules: PolicyRule[]): PolicyError[] {
  const firstIndex = new Map<string, number>();
  const errors: PolicyError[] = [];
  rules.forEach((rule, index) => {
    const first = firstIndex.get(rule.id);
    if (first === undefined) firstIndex.set(rule.id, index);
    else errors.push(errorAt(policy, ['rules', index, 'id'], `the id "${rule.id}" is already used by rules[${first}]; give each rule its own id.`));
  });
  return errors;
}

function patternsOrDetector(policy: Policy, rule: PolicyRule, index: number): PolicyError[] {
  if (rule.patterns && rule.detector) {
    return [errorAt(policy, ['rules', index, 'detector'], 'is set together with "patterns"; a rule uses one or the other. Remove one of them.')];
  }
  if (!rule.patterns && !rule.detector) {
    return [errorAt(policy, ['rules', index, 'patterns'], 'is missing; add the phrases to flag, e.g. ["you should have"], or a "detector" (shouting-caps, repeated-punctuation).')];
  }
  return [];
}

function unknownPlaceholders(policy: Policy, rule: PolicyRule, index: number): PolicyError[] {
  return rule.suggestions.flatMap((suggestion, at) => {
    const text = typeof suggestion === 'string' ? suggestion : suggestion.text;
    const field = typeof suggestion === 'string' ? ['rules', index, 'suggestions', at] : ['rules', index, 'suggestions', at, 'text'];
    const unknown = [...text.matchAll(/\{(\w+)\}/g)]
      .filter(([, name]) => !PLACEHOLDERS.includes(name!))
      .map(([placeholder, name]) =>
        errorAt(policy, field, `${placeholder} is not a placeholder.${didYouMean(name!, PLACEHOLDERS)} Use {match} (the flagged text), {clause} (the clause around it) or {reflection} (a reflection of the customer's message).`),
      );
    // Braces that do not make one placeholder ({{match}}, { match }, {match, match}) would
    // reach the customer as written.
    const broken = [...text.matchAll(/\{+\s*\w*\s*\}+|\{+\s*\w*|\w*\s*\}+/g)]
      .map(([written]) => written)
      .filter((written) => !/^\{\w+\}$/.test(written))
      .map((written) =>
        errorAt(policy, field, `"${written}" is not a placeholder: write one pair of braces around the name, with no spaces: {match}, {clause} or {reflection}.`),
      );
    return [...unknown, ...broken];
  });
}

/**
 * Each pattern and exception of a rule checked on its own, so that every bad one is named
 * (not only the first), with the cost of the good ones.
 */
function checkPatterns(policy: Policy, rule: PolicyRule, index: number, context: CheckContext): { errors: PolicyError[]; costed: CostedRule } {
  const costed: CostedRule = { rule, index, patterns: [] };
  const cost = context.patternCost[rule.lang];
  if (!cost) {
    const available = Object.keys(context.patternCost).join(', ');
    return { errors: [errorAt(policy, ['rules', index, 'lang'], `"${rule.lang}" has no analyser in this version of Reframe; use one of: ${available}.`)], costed };
  }
  const errors: PolicyError[] = [];
  const fields = [
    ...(rule.patterns ?? []).map((pattern, at) => [pattern, 'patterns', at] as const),
    ...(rule.exceptions ?? []).map((pattern, at) => [pattern, 'exceptions', at] as const),
  ];
  for (const [pattern, field, at] of fields) {
    try {
      costed.patterns.push({ field, at, cost: cost(pattern) });
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      errors.push(errorAt(policy, ['rules', index, field, at], error.message));
    }
  }
  return { errors, costed };
}

function totalPatterns(policy: Policy, rules: PolicyRule[]): PolicyError[] {
  const total = rules.reduce((sum, rule) => sum + (rule.patterns?.length ?? 0) + (rule.exceptions?.length ?? 0), 0);
  if (total <= MAX_TOTAL_PATTERNS) return [];
  return [errorAt(policy, ['rules'], `hold ${total} patterns and exceptions in all; at most ${MAX_TOTAL_PATTERNS} are allowed (this keeps analysis fast). Merge similar rules.`)];
}

/** disable, lock and severity may only name rules that exist once the policy is applied (the model's findings come with the defaults). */
function unknownReferences(policy: Policy, rules: PolicyRule[], context: CheckContext): PolicyError[] {
  const buildsOnDefaults = policy.extends !== null;
  const known = [...rules.map((rule) => rule.id), ...(buildsOnDefaults ? [...context.defaultRuleIds, ...MODEL_RULE_IDS] : [])];
  const where = buildsOnDefaults ? 'this policy or the built-in defaults' : 'this policy (it starts from nothing: "extends" is null)';
  const check = (id: string, segments: (string | number)[]): PolicyError[] =>
    known.includes(id) ? [] : [errorAt(policy, segments, `"${id}" is not a rule in ${where}.${didYouMean(id, known)} Fix the id or remove it.`)];
  return [
    ...(policy.disable ?? []).flatMap((id, at) => check(id, ['disable', at])),
    ...(policy.lock ?? []).flatMap((id, at) => check(id, ['lock', at])),
    ...Object.keys(policy.severity ?? {}).flatMap((id) => check(id, ['severity', id])),
  ];
}
