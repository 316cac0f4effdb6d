// One compromise parse per sentence: rules and moves read the same document, and the
// analyser asks for both right after each other.
import nlp from 'compromise';

type Doc = ReturnType<typeof nlp>;

const RECENT = 8;
const recent = new Map<string, Doc>();

export function parse(sentence: string): Doc {
  const known = recent.get(sentence);
  if (known) return known;
  const doc = nlp(sentence);
  recent.set(sentence, doc);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return doc;
}

/**
 * Where each match of `pattern` sits in the sentence, trimmed of surrounding punctuation.
 * compromise's offsets can drift on unusual characters, so each one is checked against the
 * matched text and re-found nearby; a match that cannot be placed exactly is dropped.
 */
export function matchSpans(doc: Doc, sentence: string, pattern: Parameters<Doc['match']>[0]): { start: number; end: number }[] {
  const found = doc.match(pattern).json({ offset: true, terms: { offset: false } }) as { text: string; offset: { start: number; length: number } }[];
  return found.flatMap(({ text, offset }) => {
    const start = locate(sentence, text, offset.start);
    return start < 0 ? [] : [trimPunctuation(sentence, start, start + text.length)];
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
