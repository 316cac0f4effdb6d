// Words of a Hebrew (or mixed) text: runs of Hebrew letters, or of Latin letters and
// digits (and %), in the normalised text, with offsets into the original text.
import { HEBREW_LETTER, normalizeHebrew } from './normalize';

export interface Token {
  /** The word, normalised (no niqqud, no final letters, lower case). */
  word: string;
  /** Original UTF-16 offsets: text.slice(start, end) is the word as written. */
  start: number;
  end: number;
}

/** "100%" stays one word, so a pattern can say it. */
const LATIN_OR_DIGIT = /[a-z0-9%\p{L}\p{N}]/u;

type Kind = 'hebrew' | 'other' | null;

function kindOf(char: string): Kind {
  if (HEBREW_LETTER.test(char)) return 'hebrew';
  return LATIN_OR_DIGIT.test(char) ? 'other' : null;
}

export function tokenize(text: string): Token[] {
  const normal = normalizeHebrew(text);
  const tokens: Token[] = [];
  let from = -1;
  let kind: Kind = null;
  const close = (to: number): void => {
    if (from >= 0) tokens.push({ word: normal.text.slice(from, to), start: normal.starts[from]!, end: normal.ends[to - 1]! });
    from = -1;
  };
  for (let at = 0; at < normal.text.length; at++) {
    const next = kindOf(normal.text[at]!);
    if (next !== kind) {
      close(at);
      if (next !== null) from = at;
      kind = next;
    }
  }
  close(normal.text.length);
  return tokens;
}
