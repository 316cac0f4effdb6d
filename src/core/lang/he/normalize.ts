// Hebrew text as the matcher sees it: niqqud, cantillation, geresh and gershayim and the
// invisible direction marks removed, final letters written as ordinary letters, Latin in
// lower case. Every kept character remembers where it came from in the original text, so a
// match found in the normalised text slices the original exactly (UTF-16 offsets).

export interface NormalizedText {
  /** The normalised characters. */
  text: string;
  /** Original offset of each normalised character. */
  starts: number[];
  /** Original end (exclusive) of each normalised character, with the marks written on it. */
  ends: number[];
}

const FINAL_TO_ORDINARY: Record<string, string> = { 'ך': 'כ', 'ם': 'מ', 'ן': 'נ', 'ף': 'פ', 'ץ': 'צ' };

/** Vowel points and cantillation marks (not maqaf U+05BE, paseq U+05C0, sof pasuq U+05C3, nun hafukha U+05C6). */
const POINT = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/;
/** Direction marks, zero-width joiners, soft hyphen, byte-order mark: invisible, never part of a word. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
/** Hebrew geresh ׳ and gershayim ״: always part of the word they follow. */
const HEBREW_GERESH = /[\u05F3\u05F4]/;
/** Typed stand-ins for geresh and gershayim: ' " ’ ” (part of a word only between Hebrew letters, or "א'"). */
const TYPED_GERESH = /['"\u2019\u201D]/;

export const HEBREW_LETTER = /[\u05D0-\u05EA]/;

export function normalizeHebrew(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  /** Letters of the word being built, to tell a geresh ("א'") from a closing quote. */
  let wordLength = 0;
  const extendLast = (to: number): void => {
    if (ends.length > 0) ends[ends.length - 1] = to;
  };
  for (let at = 0; at < original.length; at++) {
    const char = original[at]!;
    const afterHebrewLetter = wordLength > 0 && HEBREW_LETTER.test(text[text.length - 1]!);
    if (POINT.test(char) || HEBREW_GERESH.test(char)) {
      if (afterHebrewLetter) extendLast(at + 1);
      continue;
    }
    if (INVISIBLE.test(char)) continue;
    if (TYPED_GERESH.test(char) && afterHebrewLetter && isGeresh(original, at, wordLength)) {
      extendLast(at + 1);
      continue;
    }
    const normal = FINAL_TO_ORDINARY[char] ?? lowerCaseSameLength(char);
    text += normal;
    starts.push(at);
    ends.push(at + 1);
    wordLength = /[\p{L}\p{N}]/u.test(normal) ? wordLength + 1 : 0;
  }
  return { text, starts, ends };
}

/** Inside a word (ד"ר, צ'יפס), or after a lone letter (א', ה'): a geresh, not a quotation mark. */
function isGeresh(original: string, at: number, wordLength: number): boolean {
  const next = original[at + 1] ?? '';
  if (HEBREW_LETTER.test(next) || FINAL_TO_ORDINARY[next] !== undefined) return true;
  return wordLength === 1 && (original[at] === "'" || original[at] === '\u2019');
}

/** Lower case only where it keeps the length, so offsets stay one to one. */
function lowerCaseSameLength(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}
