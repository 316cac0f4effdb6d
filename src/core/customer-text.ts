// Text helpers the customer readers of both languages share (issue 12).
import type { Span } from './types';

/** Quotations inside a sentence ("he said 'sorry, my mistake'", "אמר 'סליחה, טעות'"): a clause does not end inside one. */
export function quotedSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  // An apostrophe inside a word ("doesn't") does not end the quotation.
  for (const found of sentence.matchAll(/(?:^|(?<=[\s(:]))(["'\u201C\u2018\u05F4])(?:[^"'\u201C\u201D\u2018\u2019\n]|(?<=\p{L})['\u2019](?=\p{L})){1,80}?["'\u201D\u2019\u05F4](?=$|[\s.,;:!?)])/gu)) {
    spans.push({ start: found.index, end: found.index + found[0].length });
  }
  return spans;
}

/** `words` without a closing quotation mark or bracket at its end that the words never opened (nor the punctuation before it). */
export function withoutUnopenedClosers(words: string): string {
  let kept = words;
  while (/["')\]]$/.test(kept)) {
    const mark = kept.at(-1)!;
    const opener = mark === ')' ? '(' : mark === ']' ? '[' : mark;
    // The apostrophe inside a word ("doesn't") opens and closes no quotation.
    const marks = mark === "'" ? kept.replace(/(?<=\p{L})'(?=\p{L})/gu, '') : kept;
    const balanced = opener === mark ? (marks.split(mark).length - 1) % 2 === 0 : kept.split(opener).length >= kept.split(mark).length;
    if (balanced) break;
    kept = kept.slice(0, -1).replace(/[\s.,;:!?\u2026]+$/u, '');
  }
  return kept;
}
