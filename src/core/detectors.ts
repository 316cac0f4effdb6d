// Built-in detectors for what a phrase cannot express. They look at characters only, so
// they work the same in every language; a rule's exceptions (compiled by its language)
// then drop the hits that are not shouting (an acronym, a product name).
import type { DetectorId } from '../policy/types';
import type { Span } from './types';

/** Spans a detector flags in one sentence, offsets relative to it. */
export function detect(detector: DetectorId, sentence: string): Span[] {
  return detector === 'shouting-caps' ? shoutedWords(sentence) : repeatedPunctuation(sentence);
}

/**
 * A word of three or more capital letters with a vowel, inside a sentence that is not
 * mostly capitals. Left out: words with digits, words in brackets, and sign-offs after
 * ^ * - / ~ (support teams sign "^JAY").
 */
function shoutedWords(sentence: string): Span[] {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
  const upperCase = sentence.match(/\p{Lu}/gu)?.length ?? 0;
  if (upperCase * 2 > letters) return [];
  const spans: Span[] = [];
  for (const found of sentence.matchAll(/(?<![\p{L}\p{N}_^*~/(@#'-])\p{Lu}{3,}(?![\p{L}\p{N}_)'-])/gu)) {
    if (!/[AEIOUY]/.test(found[0])) continue;
    spans.push({ start: found.index, end: found.index + found[0].length });
  }
  return spans;
}

/** "!!", "??", "?!" and longer runs; not when an emoji right after shows it is playful ("!! 😉"). */
function repeatedPunctuation(sentence: string): Span[] {
  return [...sentence.matchAll(/[!?]{2,}(?!\s?\p{Extended_Pictographic})/gu)].map((found) => ({ start: found.index, end: found.index + found[0].length }));
}
