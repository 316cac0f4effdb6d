// A Hebrew policy rule compiled once: its patterns and exceptions as phrases. Matching
// reads the sentence's tokens once for all rules.
import type { CompiledRule } from '../../language';
import type { RuleWatch } from '../../rule-budget';
import type { PolicyRule } from '../../../policy/types';
import { containsPhrase, findPhrase, readTokens, type ReadTokens } from './match-phrase';
import { parsePhrase, type Phrase } from './phrase';

export interface HebrewRule extends CompiledRule {
  patterns: Phrase[];
  exceptions: Phrase[];
}

export function compileRule(rule: PolicyRule): HebrewRule {
  return {
    rule,
    patterns: (rule.patterns ?? []).map(parsePhrase),
    exceptions: (rule.exceptions ?? []).map(parsePhrase),
  };
}

function isHebrewRule(rule: CompiledRule): rule is HebrewRule {
  return Array.isArray((rule as Partial<HebrewRule>).patterns) && Array.isArray((rule as Partial<HebrewRule>).exceptions);
}

export interface Hit {
  rule: PolicyRule;
  start: number;
  end: number;
}

/** Hits of the rules' patterns in one sentence; a rule whose exception is in the sentence has none. */
export function matchRules(sentence: string, rules: readonly CompiledRule[], watch?: RuleWatch): Hit[] {
  const text = readTokens(sentence);
  return rules.filter(isHebrewRule).flatMap((compiled) => {
    const find = (): Hit[] => {
      const spans = compiled.patterns.flatMap((pattern) => spansOf(pattern, text));
      if (spans.length === 0 || compiled.exceptions.some((exception) => containsPhrase(exception, text))) return [];
      return mergeOverlapping(spans).map((span) => ({ rule: compiled.rule, ...span }));
    };
    return watch ? watch.run(compiled.rule, find) : find();
  });
}

/** Offsets (relative to the sentence) of a phrase's matches. */
export function spansOf(phrase: Phrase, text: ReadTokens): { start: number; end: number }[] {
  return findPhrase(phrase, text).map(({ first, last }) => ({ start: text.tokens[first]!.start, end: text.tokens[last - 1]!.end }));
}

function mergeOverlapping(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
