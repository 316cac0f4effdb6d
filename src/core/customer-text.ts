// Text helpers the customer readers of both languages share (issue 12).
import type { Span } from './types';

/** Quotations inside a sentence ("he said 'sorry, my mistake'", "אמר 'סליחה, טעות'"): a clause does not end inside one. */
export function quotedSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  for (const found of sentence.matchAll(/(?:^|(?<=[\s(:]))(["'\u201C\u2018\u05F4])[^"'\u201C\u201D\u2018\u2019\n]{1,80}?["'\u201D\u2019\u05F4](?=$|[\s.,;:!?)])/gu)) {
    spans.push({ start: found.index, end: found.index + found[0].length });
  }
  return spans;
}
