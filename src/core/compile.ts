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
  /** A language's rules, compiled on the first sentence in that language (an English reply never compiles the Hebrew rules). */
  rulesFor(lang: Lang): LanguageRules | undefined;
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
  const languages = new Map<Lang, LanguageRules | undefined>();
  const rulesFor = (lang: Lang): LanguageRules | undefined => {
    if (!languages.has(lang)) languages.set(lang, compileLanguage(policy, lang));
    return languages.get(lang);
  };
  const compiled: CompiledPolicy = { rulesFor, sentences: new BoundedCache(SENTENCE_CACHE_SIZE), stopped: new Map() };
  compiledPolicies.set(policy, compiled);
  return compiled;
}

/** One language's rules of a policy, and the rules it switched off (the model leaves their words alone). */
function compileLanguage(policy: EffectivePolicy, lang: Lang): LanguageRules | undefined {
  const module = LANGUAGES[lang];
  if (!module) return undefined;
  const rules: LanguageRules = { module, patternRules: [], detectorRules: [], silencers: [] };
  for (const rule of policy.silenced ?? []) {
    if (rule.lang === lang && !rule.detector) rules.silencers.push(module.compile(rule));
  }
  for (const rule of policy.rules) {
    if (rule.lang !== lang) continue;
    const { detector } = rule;
    if (detector) {
      const exceptions = rule.exceptions?.length ? module.compile({ ...rule, detector: undefined, patterns: rule.exceptions, exceptions: [] }) : null;
      rules.detectorRules.push({ rule, detector, exceptions });
    } else {
      rules.patternRules.push(module.compile(rule));
    }
  }
  return rules;
}
