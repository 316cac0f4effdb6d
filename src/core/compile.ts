// Compiles a policy once per policy object: each rule by its language, detector rules
// with their exceptions. The compiled policy also owns the per-sentence cache, so a cached
// result can never outlive the rules that produced it.
import type { DetectorId, EffectivePolicy, PolicyRule } from '../policy/types';
import { BoundedCache } from './bounded-cache';
import type { CompiledRule, LanguageModule } from './language';
import { LANGUAGES } from './languages';
import type { ModelHit } from './model/model';
import type { Lang, MoveHit, StoppedRule } from './types';

/** A detector rule; `exceptions` is its exceptions compiled as patterns, or null when it has none. */
export interface DetectorRule {
  rule: PolicyRule;
  detector: DetectorId;
  exceptions: CompiledRule | null;
}

export interface LanguageRules {
  module: LanguageModule;
  patternRules: CompiledRule[];
  detectorRules: DetectorRule[];
  /** Pattern rules the policy switched off: the model leaves their words alone. */
  silencers: CompiledRule[];
}

/** What one sentence yields, offsets relative to the sentence. */
export interface SentenceResult {
  hits: { rule: PolicyRule; start: number; end: number }[];
  /** Rule moves, then the model's moves the rules did not find. */
  moves: MoveHit[];
  /** The sentence model's category hits, before the policy decides which run. */
  model: ModelHit[];
}

export interface CompiledPolicy {
  languages: Partial<Record<Lang, LanguageRules>>;
  sentences: BoundedCache<SentenceResult>;
  /** Rules stopped for taking too long (rule-budget.ts): they stay stopped for this policy. */
  stopped: Map<PolicyRule, StoppedRule>;
}

/** Enough for several long replies being edited at once. */
const SENTENCE_CACHE_SIZE = 5000;

const compiledPolicies = new WeakMap<EffectivePolicy, CompiledPolicy>();

/** Drops the sentences a policy has analysed (benchmarks time a reply with nothing cached). */
export function forgetSentences(policy: EffectivePolicy): void {
  compiledPolicies.get(policy)?.sentences.clear();
}

/** Compiles a rule with its language; throws PatternError for a pattern the language cannot use. */
export function compileRule(rule: PolicyRule): CompiledRule {
  const module = LANGUAGES[rule.lang];
  if (!module) throw new Error(`Rule "${rule.id}": there is no analyser for language "${rule.lang}" in this version of Reframe.`);
  return module.compile(rule);
}

/** The compiled form of a policy; a policy object is treated as immutable once analysed. */
export function compilePolicy(policy: EffectivePolicy): CompiledPolicy {
  const known = compiledPolicies.get(policy);
  if (known) return known;
  const languages: Partial<Record<Lang, LanguageRules>> = {};
  for (const rule of policy.silenced ?? []) {
    const module = LANGUAGES[rule.lang];
    if (!module || rule.detector) continue;
    (languages[rule.lang] ??= { module, patternRules: [], detectorRules: [], silencers: [] }).silencers.push(module.compile(rule));
  }
  for (const rule of policy.rules) {
    const module = LANGUAGES[rule.lang];
    if (!module) continue;
    const rules = (languages[rule.lang] ??= { module, patternRules: [], detectorRules: [], silencers: [] });
    const { detector } = rule;
    if (detector) {
      const exceptions = rule.exceptions?.length ? module.compile({ ...rule, detector: undefined, patterns: rule.exceptions, exceptions: [] }) : null;
      rules.detectorRules.push({ rule, detector, exceptions });
    } else {
      rules.patternRules.push(module.compile(rule));
    }
  }
  const compiled: CompiledPolicy = { languages, sentences: new BoundedCache(SENTENCE_CACHE_SIZE), stopped: new Map() };
  compiledPolicies.set(policy, compiled);
  return compiled;
}
