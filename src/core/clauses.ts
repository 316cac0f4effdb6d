// The clause around flagged words: the stretch of its sentence between punctuation that joins
// clauses (comma, semicolon, colon, dash), without the connector that opens it ("so", "but",
// "כי"). A sentence-level reframe takes out this clause and puts a better sentence in its place.
import type { Span } from './types';

export interface Clause extends Span {
  /** Where taking the clause out starts: the comma (or dash ...) before it, or `start` at the sentence start. */
  cut: number;
}

// A comma or colon followed by a digit is inside a number or a time ("1,000", "12:00"), not a join.
const JOINS = /[,;:](?!\d)|[\u2014\u2013]|\s-\s/g;
const CONNECTOR = /^(?:so|and|but|because|as|since|which|though|although|however|therefore|אז|כי|אבל|ולכן|לכן|אך|כך ש)\s+/iu;

export function clauseAround(text: string, span: Span, sentence: Span): Clause {
  const body = text.slice(sentence.start, sentence.end);
  let cut = sentence.start;
  let start = sentence.start;
  let end = sentence.end - (/[.!?\u2026]+["'\u201D\u2019)]*$/.exec(body)?.[0].length ?? 0);
  for (const join of body.matchAll(JOINS)) {
    const at = sentence.start + join.index;
    if (at + join[0].length <= span.start) {
      cut = at;
      start = at + join[0].length;
    } else if (at >= span.end) {
      end = Math.min(end, at);
      break;
    }
  }
  while (start < span.start && /\s/.test(text[start]!)) start++;
  const connector = CONNECTOR.exec(text.slice(start, span.start));
  if (connector) start += connector[0].length;
  if (cut !== sentence.start) while (cut > sentence.start && /\s/.test(text[cut - 1]!)) cut--;
  return { start, end, cut: cut === sentence.start ? start : cut };
}
