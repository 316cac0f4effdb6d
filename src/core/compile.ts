// Compiles a policy once per policy object: each rule by its language, detector rules
// with their exceptions. The compiled policy also owns the per-sentence cache, so a cached
// result can never outlive the rules that produced it.
import type { DetectorId, EffectivePolicy, PolicyRule } from '../policy/types';
import { BoundedCache } from './bounded-cache';
import type { CompiledRule, LanguageModule, RuleHit, SentenceReader } from './language';
import { LANGUAGES } from './languages';
import type { Lang, Move, MoveHit } from './types';

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
}

/** What one sentence yields, offsets relative to the sentence. Its moves are read when asked. */
export interface SentenceResult {
  hits: RuleHit[];
  /** The sentence's hit of `move`, or null; looked for on the first asking, then kept. */
  move(move: Move): MoveHit | null;
  /** Lets go of the sentence's reading (its parse) once the reply is analysed; a move asked later reads the sentence again. */
  release(): void;
}

export interface CompiledPolicy {
  languages: Partial<Record<Lang, LanguageRules>>;
  sentences: BoundedCache<SentenceResult>;
}

/** Enough for several long replies being edited at once. */
const SENTENCE_CACHE_SIZE = 5000;

const compiledPolicies = new WeakMap<EffectivePolicy, CompiledPolicy>();

/** A reader for one sentence: the language's own, or one over its match() and moves(). */
export function readerFor(module: LanguageModule, sentence: string): SentenceReader {
  if (module.read) return module.read(sentence);
  let moves: MoveHit[] | undefined;
  return {
    text: sentence,
    match: (rules) => module.match(sentence, rules),
    move: (move) => (moves ??= module.moves(sentence)).find((hit) => hit.move === move) ?? null,
  };
}

/** A sentence's result: its rule hits, and its moves read from `reader` (or a new one) when asked. */
export function sentenceResult(module: LanguageModule, reader: SentenceReader, hits: RuleHit[]): SentenceResult {
  const sentence = reader.text;
  let current: SentenceReader | null = reader;
  const moves = new Map<Move, MoveHit | null>();
  return {
    hits,
    move(move) {
      let hit = moves.get(move);
      if (hit === undefined) {
        hit = (current ??= readerFor(module, sentence)).move(move);
        moves.set(move, hit);
      }
      return hit;
    },
    release() {
      current = null;
    },
  };
}

/** Forgets the sentences analysed with `policy` (its compiled rules stay): the next analysis starts with nothing cached. */
export function forgetSentences(policy: EffectivePolicy): void {
  compiledPolicies.get(policy)?.sentences.clear();
}

/** Compiles a rule with its language; throws PatternError for a pattern the language cannot use. */
export function compileRule(rule: PolicyRule): CompiledRule {
  const module = LANGUAGES[rule.lang];
  if (!module) throw new Error(`Rule "${rule.id}": there is no analyser for language "${rule.lang}" in this version of Reframe.`);
  return module.compile(rule);
}

/**
 * The compiled form of a policy; a policy object is treated as immutable once analysed. Each
 * language's rules are compiled the first time a reply in that language is analysed (an
 * English reply never waits for the Hebrew rules), then kept with the policy.
 */
export function compilePolicy(policy: EffectivePolicy): CompiledPolicy {
  const known = compiledPolicies.get(policy);
  if (known) return known;
  const languages: Partial<Record<Lang, LanguageRules>> = {};
  for (const lang of new Set(policy.rules.map((rule) => rule.lang))) {
    const module = LANGUAGES[lang];
    if (!module) continue;
    let rules: LanguageRules | undefined;
    Object.defineProperty(languages, lang, {
      enumerable: true,
      get: () => (rules ??= compileLanguage(module, policy.rules.filter((rule) => rule.lang === lang))),
    });
  }
  const compiled: CompiledPolicy = { languages, sentences: new BoundedCache(SENTENCE_CACHE_SIZE) };
  compiledPolicies.set(policy, compiled);
  return compiled;
}

function compileLanguage(module: LanguageModule, rules: readonly PolicyRule[]): LanguageRules {
  const compiled: LanguageRules = { module, patternRules: [], detectorRules: [] };
  for (const rule of rules) {
    const { detector } = rule;
    if (detector) {
      const exceptions = rule.exceptions?.length ? module.compile({ ...rule, detector: undefined, patterns: rule.exceptions, exceptions: [] }) : null;
      compiled.detectorRules.push({ rule, detector, exceptions });
    } else {
      compiled.patternRules.push(module.compile(rule));
    }
  }
  return compiled;
}
