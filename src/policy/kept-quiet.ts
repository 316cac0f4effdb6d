// Why a rule that matched words in a reply stayed quiet: the condition that held it back
// (an exception in the sentence, a move the reply has, too few matches), so the rule editor's
// tester can say it in words. The reply is analysed again with those conditions taken off.
import { analyze } from '../core';
import type { Finding, Move } from '../core/types';
import type { EffectivePolicy, PolicyRule } from './types';

export type QuietReason =
  /** The sentence also matches one of the rule's exceptions. */
  | { kind: 'exception' }
  /** The reply has these of the rule's `unlessMoves`. */
  | { kind: 'unless-moves'; moves: Move[] }
  /** The rule matched `found` times; it speaks from `needed` (its `minCount`) on. */
  | { kind: 'min-count'; found: number; needed: number };

export interface QuietRule {
  rule: PolicyRule;
  /** The words it matched, as written in the reply. */
  words: string[];
  reason: QuietReason;
}

interface Loosened {
  /** The rules with a condition, as written. */
  conditioned: PolicyRule[];
  /** The rules with conditions, with none of them. */
  unconditional: EffectivePolicy;
  /** The same rules with their exceptions only (no reply-level conditions). */
  exceptionsOnly: EffectivePolicy;
}

// Derived once per policy, so each keeps its compiled form across keystrokes.
const loosened = new WeakMap<EffectivePolicy, Loosened>();

export function keptQuiet(text: string, policy: EffectivePolicy): QuietRule[] {
  const { conditioned, unconditional, exceptionsOnly } = loosenedOf(policy);
  if (conditioned.length === 0) return [];
  const real = analyze(text, policy);
  const loose = analyze(text, unconditional).findings;
  const exceptionsApplied = analyze(text, exceptionsOnly).findings;
  const present = new Set(real.moves.map((hit) => hit.move));
  return conditioned.flatMap((rule): QuietRule[] => {
    const kept = ofRule(exceptionsApplied, rule);
    const excepted = ofRule(loose, rule).filter((hit) => !kept.some((each) => each.start === hit.start && each.end === hit.end));
    const quiet: QuietRule[] = excepted.length ? [{ rule, words: excepted.map((hit) => hit.text), reason: { kind: 'exception' } }] : [];
    if (kept.length === 0 || ofRule(real.findings, rule).length > 0) return quiet;
    const moves = (rule.unlessMoves ?? []).filter((move) => present.has(move));
    const words = kept.map((hit) => hit.text);
    if (moves.length > 0) return [...quiet, { rule, words, reason: { kind: 'unless-moves', moves } }];
    // No move held it back, so the only reply-level condition left did: too few matches.
    return [...quiet, { rule, words, reason: { kind: 'min-count', found: kept.length, needed: rule.minCount ?? 1 } }];
  });
}

function loosenedOf(policy: EffectivePolicy): Loosened {
  const known = loosened.get(policy);
  if (known) return known;
  const conditioned = policy.rules.filter((rule) => rule.exceptions?.length || rule.unlessMoves?.length || (rule.minCount ?? 1) > 1);
  const withoutReplyLevel = conditioned.map(({ unlessMoves: _moves, minCount: _count, ...rule }) => rule);
  const derived = {
    conditioned,
    unconditional: { ...policy, rules: withoutReplyLevel.map(({ exceptions: _exceptions, ...rule }) => rule) },
    exceptionsOnly: { ...policy, rules: withoutReplyLevel },
  };
  loosened.set(policy, derived);
  return derived;
}

function ofRule(findings: readonly Finding[], rule: PolicyRule): Finding[] {
  return findings.filter((finding) => finding.ruleId === rule.id);
}
