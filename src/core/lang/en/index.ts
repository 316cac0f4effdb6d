// The English language module: compromise does the reading; rules are compiled once.
import type { PolicyRule } from '../../../policy/types';
import type { CompiledRule, LanguageModule } from '../../language';
import { sentences } from '../../text-spans';
import { ENGLISH_ABBREVIATIONS } from './abbreviations';
import { englishOpening } from './context';
import { readEnglishCustomer } from './customer';
import { englishFeatures } from './features';
import { sentenceMoves } from './moves';
import { has, matchSpans, parse } from './parse';
import { englishPatternCost, parsePattern, type Pattern } from './patterns';
import { ENGLISH_TEMPLATES } from './templates';

interface EnglishRule extends CompiledRule {
  patterns: Pattern[];
  exceptions: Pattern[];
}

export const english: LanguageModule = {
  lang: 'en',
  templates: ENGLISH_TEMPLATES,
  sentences: (text) => sentences(text, ENGLISH_ABBREVIATIONS),
  compile(rule: PolicyRule): EnglishRule {
    return { rule, patterns: (rule.patterns ?? []).map(parsePattern), exceptions: (rule.exceptions ?? []).map(parsePattern) };
  },
  patternCost: englishPatternCost,
  match(sentence, rules, watch) {
    const parsed = parse(sentence);
    return (rules as readonly EnglishRule[]).flatMap(({ rule, patterns, exceptions }) => {
      const find = () => {
        const spans = withoutOverlaps(patterns.flatMap((pattern) => matchSpans(parsed, pattern)));
        if (spans.length === 0 || exceptions.some((exception) => has(parsed, exception))) return [];
        return spans.map((span) => ({ rule, ...span }));
      };
      return watch ? watch.run(rule, find) : find();
    });
  },
  moves: sentenceMoves,
  opening: englishOpening,
  features: englishFeatures,
  readCustomer: readEnglishCustomer,
};

/** Several patterns of one rule can find the same words: keep the first, longest of overlapping spans. */
function withoutOverlaps(spans: { start: number; end: number }[]): { start: number; end: number }[] {
  const kept: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (span.end > span.start && (!last || span.start >= last.end)) kept.push(span);
  }
  return kept;
}
