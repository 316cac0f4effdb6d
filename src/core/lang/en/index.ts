// The English language module: compromise does the reading; rules are compiled once.
import type { PolicyRule } from '../../../policy/types';
import type { CompiledRule, LanguageModule, RuleHit, SentenceReader } from '../../language';
import { sentences } from '../../text-spans';
import { ENGLISH_ABBREVIATIONS } from './abbreviations';
import { readEnglishCustomer } from './customer';
import { moveIn, sentenceMoves } from './moves';
import { has, matchSpans, readSentence, type ParsedSentence } from './parse';
import { parsePattern, type Pattern } from './patterns';
import { ENGLISH_TEMPLATES } from './templates';

interface EnglishRule extends CompiledRule {
  patterns: Pattern[];
  exceptions: Pattern[];
}

/** An English sentence's reader; `parsed` is the one reading the rules and moves share (a sentence model can use it too). */
export interface EnglishReader extends SentenceReader {
  readonly parsed: ParsedSentence;
}

export const english: LanguageModule = {
  lang: 'en',
  templates: ENGLISH_TEMPLATES,
  sentences: (text) => sentences(text, ENGLISH_ABBREVIATIONS),
  compile(rule: PolicyRule): EnglishRule {
    return { rule, patterns: (rule.patterns ?? []).map((pattern) => parsePattern(pattern)), exceptions: (rule.exceptions ?? []).map((pattern) => parsePattern(pattern)) };
  },
  match: (sentence, rules) => matchRules(readSentence(sentence), rules),
  moves: sentenceMoves,
  read(sentence): EnglishReader {
    const parsed = readSentence(sentence);
    return { text: sentence, parsed, match: (rules) => matchRules(parsed, rules), move: (move) => moveIn(parsed, move) };
  },
  readCustomer: readEnglishCustomer,
};

function matchRules(parsed: ParsedSentence, rules: readonly CompiledRule[]): RuleHit[] {
  return (rules as readonly EnglishRule[]).flatMap(({ rule, patterns, exceptions }) => {
    const spans = withoutOverlaps(patterns.flatMap((pattern) => matchSpans(parsed, pattern)));
    if (spans.length === 0 || exceptions.some((exception) => has(parsed, exception))) return [];
    return spans.map((span) => ({ rule, ...span }));
  });
}

/** Several patterns of one rule can find the same words: keep the first, longest of overlapping spans. */
function withoutOverlaps(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const kept: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (span.end > span.start && (!last || span.start >= last.end)) kept.push(span);
  }
  return kept;
}
