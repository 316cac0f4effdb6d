// Splitting a text into paragraphs and sentences, as offsets into it. Shared by the
// analyser and by the language modules, which pass their own abbreviations.
import type { Span } from './types';

/** Paragraphs: runs of text separated by blank lines, trimmed, offsets into `text`. */
export function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const found of text.matchAll(separator)) {
    pushTrimmed(text, start, found.index, spans);
    start = found.index + found[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** Sentences longer than this are cut at a space: no single match runs over a huge text. */
export const MAX_SENTENCE_LENGTH = 600;

/**
 * Sentences: ends at . ! ? … (with closing quotes or brackets, and emoji) followed by a
 * space, or at a line break. A period after one of `abbreviations` (lower case, without the dot) or after a
 * single letter does not end a sentence.
 */
export function sentences(text: string, abbreviations: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  // Emoji right after the end mark belong to the sentence they close ("Thanks!! 😊").
  // Only from the first mark of a run: a long run of marks with no space after it ("!!!…!x")
  // is tried once, not once per mark (issue 13).
  const boundary = /(?<![.!?\u2026\u05C3])[.!?\u2026\u05C3]+["'\u201D\u2019)\]]*(?:[ \t]*\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]*)*(?=\s|$)|\n/gu;
  let start = 0;
  for (const found of text.matchAll(boundary)) {
    const end = found.index + found[0].length;
    if (found[0].startsWith('.') && isAbbreviation(text, found.index, abbreviations)) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans.flatMap((span) => cutLong(text, span));
}

function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  // The "t" of "didn't.", the "ח" of 'ש"ח.', the "E" of "A&E." and the "B" of "4B." end a word, they are no initial.
  const word = /(?<!['\u2019"\u05F3\u05F4&\p{L}\p{N}])([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1];
  if (!word) return false;
  return word.length === 1 || abbreviations.has(word.toLowerCase());
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

function cutLong(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE_LENGTH) {
    // The last space inside this piece; never a search back through the text before it.
    let space = start + MAX_SENTENCE_LENGTH;
    while (space > start && text[space] !== ' ') space--;
    const cut = space > start ? space : start + MAX_SENTENCE_LENGTH;
    pushTrimmed(text, start, cut, pieces);
    start = cut;
  }
  pushTrimmed(text, start, span.end, pieces);
  return pieces;
}
