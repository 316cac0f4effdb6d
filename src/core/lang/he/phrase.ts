// Hebrew patterns are phrases, as a team lead writes them: "הבנתי את הבעיה שלך". Each word
// also finds its prefixed forms ("שהבנתי", "מהבעיה") and its gender and number forms
// ("מבינה", "הבנו"). A little syntax, kept close to the English (compromise) patterns:
//   מבין/מבינה or (מבין|מבינה)  alternatives for one word
//   כן?  or (כן)?               an optional word
//   .                            any one word
//   *                            up to three words
//   =כן                          exactly this word: no prefixes, no other forms
//   ש-                           any word written with this prefix ("הבנתי ש-" finds "הבנתי שהמוסך")
//   הבנתי$                       the word ends a clause: punctuation or the end of the sentence follows
// No regular expressions, at most MAX_WORDS words: matching stays linear in the text.
import { PatternError } from '../../language';
import { COST, totalCost, type CostPart, type PatternCost } from '../../pattern-cost';
import { formsOf } from './forms';
import { normalizeHebrew } from './normalize';
import { isPrefixChain } from './prefixes';
import { tokenize } from './tokens';

export const MAX_PATTERN_LENGTH = 200;
export const MAX_WORDS = 12;
export const MAX_ALTERNATIVES = 12;
/** How many words "*" may stand for. */
export const MAX_GAP = 3;

/** One word a pattern accepts: its forms, and whether prefixes and endings are allowed. */
export type WordSpec =
  | { kind: 'forms'; exact: boolean; forms: ReadonlySet<string> }
  | { kind: 'prefix'; prefix: string };

const PREFIX_ONLY = /^([\u05D0-\u05EA]{1,4})[-\u05BE]$/;

export type Element =
  | { kind: 'word'; alternatives: WordSpec[]; optional: boolean; endsClause: boolean }
  | { kind: 'gap'; min: number; max: number };

export interface Phrase {
  source: string;
  elements: Element[];
}

const ENGLISH_SYNTAX = /[#@{}[\]<>^~\\+]|\$(?!\s|$)/;

export function parsePhrase(pattern: string): Phrase {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    fail(pattern, `is ${pattern.length} characters long; keep patterns under ${MAX_PATTERN_LENGTH} characters (split it into several patterns).`);
  }
  const syntax = ENGLISH_SYNTAX.exec(pattern);
  if (syntax) {
    fail(pattern, `uses "${syntax[0]}", which Hebrew patterns do not have: write the words as they appear ("הבנתי את הבעיה"), with / between alternatives (מבין/מבינה), ? after an optional word (כן?), . for any one word, * for up to ${MAX_GAP} words and $ after a word that ends a clause (הבנתי$).`);
  }
  const elements = splitWords(pattern).map((word) => parseElement(pattern, word));
  if (elements.length === 0) fail(pattern, 'has no words: write the phrase to find, e.g. "הבנתי את הבעיה". For "!!" use the detector "repeated-punctuation".');
  if (elements.length > MAX_WORDS) fail(pattern, `has ${elements.length} words; at most ${MAX_WORDS} are allowed. Keep the words that carry the meaning.`);
  if (elements[0]!.kind === 'gap' || elements[elements.length - 1]!.kind === 'gap') {
    fail(pattern, 'begins or ends with "." or "*"; remove it, a match may start and end anywhere already.');
  }
  if (elements.every((element) => element.kind === 'gap' || element.optional)) {
    fail(pattern, 'has only optional words, so it would match everywhere; make at least one word required (remove its "?").');
  }
  return { source: pattern, elements };
}

/** Words of the pattern: spaces separate, punctuation at the edges of a word is dropped ("כן," is "כן"). */
function splitWords(pattern: string): string[] {
  const words: string[] = [];
  // A sentence written whole ("אני מבין.") loses its full stop; "?" always marks an optional word.
  for (const raw of pattern.trim().replace(/[.,;:!]+$/, '').split(/\s+/)) {
    const word = raw.replace(/^[,;:!"'״׳]+/, '').replace(/[,;:!"'״׳]+$/, '').replace(/\.$/, (dot) => (raw === '.' ? dot : ''));
    if (word.length > 0) words.push(word);
  }
  return words;
}

function parseElement(pattern: string, written: string): Element {
  if (written === '.') return { kind: 'gap', min: 1, max: 1 };
  if (written === '*' || written === '...' || written === '…') return { kind: 'gap', min: 0, max: MAX_GAP };
  let word = written;
  const endsClause = word.endsWith('$');
  if (endsClause) word = word.slice(0, -1);
  const optional = word.endsWith('?');
  if (optional) word = word.slice(0, -1);
  if (word.startsWith('(') && word.endsWith(')')) word = word.slice(1, -1);
  if (/[()]/.test(word)) {
    fail(pattern, `has "${written}" with brackets that do not close around one word; a group holds alternatives for one word: (מבין|מבינה). Write a longer variant as its own pattern.`);
  }
  if (/[?*]/.test(word) || word.includes('..')) fail(pattern, `has "${written}"; "?" goes after a whole word, and "." and "*" stand alone between spaces.`);
  const alternatives = word.split(/[/|]/);
  if (alternatives.some((alternative) => alternative.length === 0)) {
    fail(pattern, `has an empty alternative in "${written}"; write a word on each side of "/" (מבין/מבינה).`);
  }
  if (alternatives.length > MAX_ALTERNATIVES) fail(pattern, `has ${alternatives.length} alternatives in "${written}"; at most ${MAX_ALTERNATIVES}. Split it into several patterns.`);
  return { kind: 'word', alternatives: alternatives.map((alternative) => wordSpec(pattern, alternative)), optional, endsClause };
}

function wordSpec(pattern: string, written: string): WordSpec {
  const prefixOnly = PREFIX_ONLY.exec(written);
  if (prefixOnly) {
    const prefix = normalizeHebrew(prefixOnly[1]!).text;
    if (!isPrefixChain(prefix)) fail(pattern, `has "${written}", but "${prefix}" is not a chain of the prefix letters ו ה ש כ ל ב מ.`);
    return { kind: 'prefix', prefix };
  }
  const exact = written.startsWith('=');
  const letters = exact ? written.slice(1) : written;
  const tokens = tokenize(letters);
  if (tokens.length !== 1 || tokens[0]!.start !== 0 || tokens[0]!.end !== letters.length) {
    fail(pattern, `has "${written}", which is not one word; separate words with spaces, alternatives with "/".`);
  }
  const normal = normalizeHebrew(letters).text;
  return { kind: 'forms', exact, forms: new Set(exact ? [normal] : formsOf(normal)) };
}

/** What a Hebrew pattern costs (see pattern-cost.ts); throws PatternError when it cannot be used. */
export function hebrewPatternCost(pattern: string): PatternCost {
  parsePhrase(pattern);
  const parts = splitWords(pattern).map((written): CostPart => {
    const element = parseElement(pattern, written);
    if (element.kind === 'gap') {
      return element.max === 1
        ? { text: written, cost: COST.anyWord, what: 'any one word' }
        : { text: written, cost: COST.anyWord + element.max + COST.optional, what: `up to ${element.max} words` };
    }
    const width = element.alternatives.length;
    const cost = width * COST.word + (element.optional ? COST.optional : 0);
    const what = `${width > 1 ? `a choice of ${width} words` : 'a word'}${element.optional ? ', optional' : ''}`;
    return { text: written, cost, what };
  });
  // Every start token is tried, but a phrase always has a required word that fails fast.
  return totalCost(pattern, parts, false);
}

function fail(pattern: string, message: string): never {
  throw new PatternError(pattern, `The pattern "${pattern}" ${message}`);
}
