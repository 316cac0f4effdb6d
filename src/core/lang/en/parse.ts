// One compromise parse per sentence: rules and moves read the same document, and the
// analyser asks for both right after each other.
import nlp from 'compromise';
import type { Pattern } from './patterns';

type Doc = ReturnType<typeof nlp>;

export interface ParsedSentence {
  text: string;
  doc: Doc;
  /** Every form a term can be matched by (as written, expanded contraction, machine form), lower case. */
  words: ReadonlySet<string>;
}

interface Term {
  normal?: string;
  implicit?: string;
  machine?: string;
  alias?: string[];
}

const RECENT = 8;
const recent = new Map<string, ParsedSentence>();

export function parse(text: string): ParsedSentence {
  const known = recent.get(text);
  if (known) return known;
  const doc = nlp(text);
  const words = new Set<string>();
  for (const term of (doc.docs as Term[][]).flat()) {
    for (const form of [term.normal, term.implicit, term.machine, ...(term.alias ?? [])]) if (form) words.add(form.toLowerCase());
  }
  const parsed = { text, doc, words };
  recent.set(text, parsed);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return parsed;
}

/** False when the sentence lacks a word the pattern requires: most patterns are ruled out without matching. */
function mayMatch(sentence: ParsedSentence, pattern: Pattern): boolean {
  return pattern.anchors.every((words) => [...words].some((word) => sentence.words.has(word)));
}

export function has(sentence: ParsedSentence, pattern: Pattern): boolean {
  return mayMatch(sentence, pattern) && sentence.doc.has(pattern.parsed);
}

/**
 * Where each match of `pattern` sits in the sentence, trimmed of surrounding punctuation.
 * compromise's offsets can drift on unusual characters, so each one is checked against the
 * matched text and re-found nearby; a match that cannot be placed exactly is dropped.
 */
export function matchSpans(sentence: ParsedSentence, pattern: Pattern): { start: number; end: number }[] {
  if (!mayMatch(sentence, pattern)) return [];
  const found = sentence.doc.match(pattern.parsed, pattern.group).json({ offset: true, terms: { offset: false } }) as { text: string; offset: { start: number; length: number } }[];
  return found.flatMap(({ text, offset }) => {
    const start = locate(sentence.text, text, offset.start);
    return start < 0 ? [] : [trimPunctuation(sentence.text, start, start + text.length)];
  });
}

function locate(sentence: string, text: string, near: number): number {
  if (sentence.startsWith(text, near)) return near;
  const after = sentence.indexOf(text, near);
  const before = sentence.lastIndexOf(text, near);
  if (after < 0) return before;
  if (before < 0) return after;
  return after - near <= near - before ? after : before;
}

function trimPunctuation(sentence: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,.;:!?"'“”‘’()]/.test(sentence[start]!)) start++;
  while (end > start && /[\s,.;:!?"“”()\-–—]/.test(sentence[end - 1]!)) end--;
  return { start, end };
}
