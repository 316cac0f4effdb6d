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

/** Where each match of `pattern` sits in the sentence, trimmed of surrounding punctuation. */
export function matchSpans(doc: Doc, sentence: string, pattern: Parameters<Doc['match']>[0]): { start: number; end: number }[] {
  const found = doc.match(pattern).json({ offset: true, terms: { offset: false } }) as { offset: { start: number; length: number } }[];
  return found.map(({ offset }) => trimPunctuation(sentence, offset.start, offset.start + offset.length));
}

function trimPunctuation(sentence: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,.;:!?"'“”‘’()]/.test(sentence[start]!)) start++;
  while (end > start && /[\s,.;:!?"“”()]/.test(sentence[end - 1]!)) end--;
  return { start, end };
}
