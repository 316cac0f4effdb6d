// Finds a parsed phrase in a sentence's tokens. From each start token the phrase is run
// as a small automaton over at most MAX_WORDS × (MAX_GAP + 1) tokens, so the work is
// linear in the length of the text whatever a team lead writes.
import { hidesArticle, readings, type Reading } from './prefixes';
import { MAX_GAP, type Element, type Phrase, type WordSpec } from './phrase';
import { tokenize, type Token } from './tokens';

/** A sentence's tokens with their readings worked out once for all the phrases. */
export interface ReadTokens {
  tokens: Token[];
  readings: Reading[][];
  /** Per token, every stem a pattern word may equal: stems behind a prefix, and "ה" + stem after ב כ ל. */
  stems: string[][];
  /** Per token, whether punctuation or the end of the text follows it. */
  endsClause: boolean[];
}

/** Token indexes [first, last) a phrase covers. */
export interface TokenRange {
  first: number;
  last: number;
}

/** Punctuation that ends a clause; a dash between words does too, a hyphen inside one (ב-14) does not. */
const CLAUSE_END = /[,.!?;:\u2026\u05C3\u2013\u2014]|\s-(?:\s|$)/;

/** Tokenizes a sentence and works out what every phrase needs to know about its words. */
export function readTokens(text: string): ReadTokens {
  const tokens = tokenize(text);
  const tokenReadings = tokens.map((token) => readings(token.word));
  const stems = tokenReadings.map((found) =>
    found.flatMap(({ prefix, stem }) => (hidesArticle(prefix) ? [stem, 'ה' + stem] : [stem])),
  );
  const endsClause = tokens.map((token, at) => CLAUSE_END.test(text.slice(token.end, tokens[at + 1]?.start ?? text.length)) || at === tokens.length - 1);
  return { tokens, readings: tokenReadings, stems, endsClause };
}

function wordMatches(spec: WordSpec, text: ReadTokens, at: number): boolean {
  if (spec.kind === 'prefix') return text.readings[at]!.some(({ prefix }) => prefix === spec.prefix);
  if (spec.exact) return spec.forms.has(text.tokens[at]!.word);
  return text.stems[at]!.some((stem) => spec.forms.has(stem));
}

function elementMatches(element: Element, text: ReadTokens, at: number): boolean {
  if (element.kind !== 'word' || (element.endsClause && !text.endsClause[at])) return false;
  return element.alternatives.some((spec) => wordMatches(spec, text, at));
}

/** A position in the phrase: the next element, and how many words its gap has used. */
interface State {
  element: number;
  used: number;
}

/** Adds the states reachable without reading a word: skipped optional words, satisfied gaps. */
function close(states: State[], elements: Element[]): State[] {
  const seen = new Set<number>();
  const result: State[] = [];
  const stack = [...states];
  while (stack.length > 0) {
    const state = stack.pop()!;
    const key = state.element * (MAX_GAP + 1) + state.used;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(state);
    const element = elements[state.element];
    if (!element) continue;
    const skippable = element.kind === 'word' ? element.optional : state.used >= element.min;
    if (skippable) stack.push({ element: state.element + 1, used: 0 });
  }
  return result;
}

/** The end of the longest match starting at `first`, or -1. */
function longestFrom(phrase: Phrase, text: ReadTokens, first: number): number {
  const { elements } = phrase;
  // Most starts fail on the first word: answer those without building any state.
  const opening = elements[0]!;
  if (opening.kind === 'word' && !opening.optional && !elementMatches(opening, text, first)) return -1;
  let states = close([{ element: 0, used: 0 }], elements);
  let best = -1;
  for (let at = first; at < text.tokens.length && states.length > 0; at++) {
    const next: State[] = [];
    for (const state of states) {
      const element = elements[state.element];
      if (!element) continue;
      if (element.kind === 'gap') {
        if (state.used < element.max) next.push({ element: state.element, used: state.used + 1 });
      } else if (elementMatches(element, text, at)) {
        next.push({ element: state.element + 1, used: 0 });
      }
    }
    states = close(next, elements);
    if (states.some((state) => state.element === elements.length)) best = at + 1;
  }
  return best;
}

/** Every non-overlapping match, leftmost first, each as long as it can be. */
export function findPhrase(phrase: Phrase, text: ReadTokens): TokenRange[] {
  const found: TokenRange[] = [];
  for (let first = 0; first < text.tokens.length; first++) {
    const last = longestFrom(phrase, text, first);
    if (last > first) {
      found.push({ first, last });
      first = last - 1;
    }
  }
  return found;
}

export function containsPhrase(phrase: Phrase, text: ReadTokens): boolean {
  for (let first = 0; first < text.tokens.length; first++) if (longestFrom(phrase, text, first) > first) return true;
  return false;
}
