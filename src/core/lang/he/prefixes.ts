// Hebrew writes the little words "and", "the", "that", "as", "to", "in", "from" as letters
// glued to the front of the next word: ו ה ש כ ל ב מ, also chained ("וכשאמרתי" = ו+כ+ש+אמרתי).
// The matcher never strips them blindly: it asks whether a token is a pattern word with an
// allowed chain in front, so "מבין" stays "מבין" and "לקוח" is never ל+קוח unless a
// pattern asks for "קוח".

const PREFIX_LETTERS = new Set('והשכלבמ');
const MAX_CHAIN = 4;
/** A stem shorter than this is never read out of a longer word. */
const MIN_STEM = 2;

/** One way to read a token: prefix chain + stem. The token itself is the reading with no prefix. */
export interface Reading {
  prefix: string;
  stem: string;
}

/** ו comes first, ה comes last ("ומה", "שה"), every letter is a prefix letter, at most four. */
export function isPrefixChain(chain: string): boolean {
  if (chain.length === 0 || chain.length > MAX_CHAIN) return false;
  for (let at = 0; at < chain.length; at++) {
    const letter = chain[at]!;
    if (!PREFIX_LETTERS.has(letter)) return false;
    if (letter === 'ו' && at !== 0) return false;
    if (letter === 'ה' && at !== chain.length - 1) return false;
  }
  return true;
}

/** Every reading of a normalised word, the unprefixed one first. */
export function readings(word: string): Reading[] {
  const found: Reading[] = [{ prefix: '', stem: word }];
  for (let cut = 1; cut <= MAX_CHAIN && word.length - cut >= MIN_STEM; cut++) {
    const prefix = word.slice(0, cut);
    if (!isPrefixChain(prefix)) break;
    found.push({ prefix, stem: word.slice(cut) });
  }
  return found;
}

/** After ב כ ל the article ה is not written: "בבעיה" is ב+הבעיה. */
export function hidesArticle(prefix: string): boolean {
  const last = prefix[prefix.length - 1];
  return last === 'ב' || last === 'כ' || last === 'ל';
}
