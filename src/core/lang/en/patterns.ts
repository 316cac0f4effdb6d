// English patterns: compromise match syntax, checked before use so that a team lead's
// typo gets a clear message instead of a rule that silently never fires, and so that no
// pattern can make the analyser slow (no regular expressions, bounded length).
import nlp from 'compromise/two';
import { PatternError } from '../../language';

/** A pattern parsed once, with the words a sentence must contain for it to match at all. */
export interface Pattern {
  parsed: ReturnType<typeof nlp.parseMatch>;
  /** For each required term that is a word or a choice of words: those words. Checked before matching. */
  anchors: ReadonlySet<string>[];
  /** A [bracketed] part of the pattern: the finding is that part ("[you should have] #PastTense" flags "you should have"). */
  group?: string;
  /** It reads tags (#Noun), roots ({word}) or other results of tagging: the sentence must be tagged to match it. */
  needsTags: boolean;
  /** It reads chunks (<Noun>): the sentence must also be chunked. */
  needsChunks: boolean;
  /**
   * For a pattern that reads tags: the words it requires, in its order, with at most how many
   * words the terms between them can take. A sentence whose words do not fit that cannot match
   * once tagged, and need not be tagged for the pattern. Null when the pattern reads no tags.
   */
  wordOrder: WordOrder | null;
}

/** The required words of a pattern in order; `gaps[i]` is at most how many words lie before `words[i]` (after the previous one). */
export interface WordOrder {
  words: ReadonlySet<string>[];
  gaps: number[];
  /** At most how many words follow the last required word, when the pattern ends with $ (else Infinity). */
  tail: number;
  /** The pattern starts with ^: the first required word is at most gaps[0] words into the sentence. */
  anchoredStart: boolean;
}

interface MatchTerm {
  word?: string;
  tag?: string;
  root?: string;
  chunk?: string;
  switch?: string;
  regex?: unknown;
  machine?: string;
  pos?: string;
  sense?: string;
  fuzzy?: boolean;
  method?: string;
  anything?: boolean;
  greedy?: boolean;
  max?: number;
  start?: boolean;
  end?: boolean;
  groupStart?: boolean;
  groupEnd?: boolean;
  fastOr?: Set<string>;
  choices?: MatchTerm[][];
  operator?: 'or' | 'and';
  optional?: boolean;
  negative?: boolean;
  min?: number;
  group?: string;
}

/** The same limit as policy.schema.json: long enough for a phrase with alternatives. */
export const MAX_PATTERN_LENGTH = 200;

const TAGS = Object.keys((nlp.world() as { model: { one: { tagSet: Record<string, unknown> } } }).model.one.tagSet);
const TERM_METHODS = [
  'hasQuote', 'hasComma', 'hasPeriod', 'hasExclamation', 'hasQuestionMark', 'hasEllipses', 'hasSemicolon',
  'hasColon', 'hasSlash', 'hasHyphen', 'hasDash', 'hasContraction', 'isAcronym', 'isKnown', 'isTitleCase', 'isUpperCase',
];
const SYNTAX = /[#()[\]{}*+^$~@<>|!?.]/;

/**
 * A built-in pattern (the moves, the customer's cues): known to be good, so it is parsed only
 * when first used, and not tried on a probe sentence. A command that reads one reply parses
 * only the patterns its sentences reach.
 */
export function builtInPattern(pattern: string): Pattern {
  let parsed: Pattern | undefined;
  const get = () => (parsed ??= parsePattern(pattern, false));
  return {
    get parsed() {
      return get().parsed;
    },
    get anchors() {
      return get().anchors;
    },
    get group() {
      return get().group;
    },
    get needsTags() {
      return get().needsTags;
    },
    get needsChunks() {
      return get().needsChunks;
    },
    get wordOrder() {
      return get().wordOrder;
    },
  };
}

/** Patterns parsed so far, by their text (a policy rebuilt after a settings change, or each version of a draft, parses only what is new). */
const parsedPatterns = new Map<string, Pattern | PatternError>();
const KEEP_PARSED = 5_000;

/** Parses one pattern (once per text); throws PatternError saying what is wrong and how to fix it. `probe`: also run it once on a sample sentence. */
export function parsePattern(pattern: string, probe = true): Pattern {
  const key = `${probe ? 1 : 0}${pattern}`;
  let known = parsedPatterns.get(key);
  if (!known) {
    try {
      known = parseOnce(pattern, probe);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      known = error;
    }
    if (parsedPatterns.size >= KEEP_PARSED) parsedPatterns.delete(parsedPatterns.keys().next().value!);
    parsedPatterns.set(key, known);
  }
  if (known instanceof PatternError) throw known;
  return known;
}

function parseOnce(pattern: string, probe: boolean): Pattern {
  const source = asPlainPhrase(pattern);
  if (!/[\p{L}\p{N}]/u.test(source)) {
    fail(pattern, 'has no words: patterns match words ("you should have #PastTense"); for "!!" or ALL CAPS use a detector ("repeated-punctuation", "shouting-caps").');
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    fail(pattern, `is ${pattern.length} characters long; keep patterns under ${MAX_PATTERN_LENGTH} characters (split it into several patterns).`);
  }
  if (/(^|[\s(|])\/[^/]*\//.test(source)) {
    fail(pattern, 'looks like a /regular expression/; patterns use words and #Tags instead (e.g. "(refund|refunds)" or "{refund}").');
  }
  checkBrackets(pattern, source);
  for (const [, tag] of source.matchAll(/#([A-Za-z]+)/g)) {
    if (!TAGS.includes(tag!)) fail(pattern, `uses the tag #${tag}, which does not exist.${closest('#', tag!, TAGS)} Tags are listed in compromise's docs/tags.md.`);
  }
  for (const [, method] of source.matchAll(/@([A-Za-z]+)/g)) {
    if (!TERM_METHODS.includes(method!)) fail(pattern, `uses @${method}, which is not a term check.${closest('@', method!, TERM_METHODS)}`);
  }
  try {
    const parsed = nlp.parseMatch(source);
    if (probe) probeDoc().match(parsed);
    const group = (parsed as MatchTerm[]).find((term) => term.group !== undefined)?.group;
    const terms = parsed as MatchTerm[];
    const needsTags = someTerm(terms, readsTagging);
    const needsChunks = someTerm(terms, (term) => term.chunk !== undefined);
    return {
      parsed,
      anchors: anchorsOf(terms),
      needsTags,
      needsChunks,
      wordOrder: needsTags && !needsChunks ? wordOrderOf(terms) : null,
      ...(group === undefined ? {} : { group }),
    };
  } catch (error) {
    return fail(pattern, `cannot be used: ${(error as Error).message}. Check the brackets and operators.`);
  }
}

let probe: ReturnType<typeof nlp> | undefined;

/** A sentence to try each new pattern on, parsed once. */
function probeDoc(): ReturnType<typeof nlp> {
  return (probe ??= nlp('A probe sentence, to be sure the pattern runs.'));
}

/** compromise's term checks that read what tagging adds: tags, roots, senses, switches. */
const TAGGING_METHODS = new Set(['isKnown', 'isAcronym']);
function readsTagging(term: MatchTerm): boolean {
  return (
    term.tag !== undefined ||
    term.root !== undefined ||
    term.switch !== undefined ||
    term.regex !== undefined ||
    term.machine !== undefined ||
    term.pos !== undefined ||
    term.sense !== undefined ||
    term.fuzzy === true ||
    (term.method !== undefined && TAGGING_METHODS.has(term.method))
  );
}

/**
 * The words a pattern requires in order, and how far apart they can be: each term between two
 * required words takes at most its maximum count of words, doubled (compromise lets one term
 * match a written contraction of two, "we've"); greedy terms without a maximum, any distance.
 * A term is a required word when it is not optional, not negated, and matches only words.
 */
function wordOrderOf(terms: MatchTerm[]): WordOrder | null {
  const words: ReadonlySet<string>[] = [];
  const gaps: number[] = [];
  let gap = 0;
  for (const term of terms) {
    const required = !term.optional && !term.negative && !term.greedy && term.min === undefined && !readsTagging(term) ? wordsOf(term) : null;
    if (required) {
      words.push(required);
      gaps.push(gap);
      // The word itself may be the first of a contraction's two terms, or of a choice's longest phrase.
      gap = 2 * mostWords(term) - 1;
    } else {
      gap += 2 * mostWords(term);
    }
  }
  if (words.length === 0) return null;
  return { words, gaps, tail: terms[terms.length - 1]?.end ? gap : Infinity, anchoredStart: terms[0]?.start === true };
}

/** At most how many words a term can take. */
function mostWords(term: MatchTerm): number {
  if (term.greedy) return term.max ?? Infinity;
  if (term.choices && term.operator === 'or') return Math.max(0, ...term.choices.map((choice) => choice.reduce((sum, one) => sum + mostWords(one), 0)));
  return Math.max(1, term.max ?? 1);
}

function someTerm(terms: MatchTerm[], test: (term: MatchTerm) => boolean): boolean {
  return terms.some((term) => test(term) || (term.choices ?? []).some((choice) => someTerm(choice, test)));
}

/** The words a required term accepts, when it accepts only words (not tags, roots or wildcards). */
function anchorsOf(terms: MatchTerm[]): Set<string>[] {
  return terms.flatMap((term) => {
    if (term.optional || term.negative || term.min === 0) return [];
    const words = wordsOf(term);
    return words ? [words] : [];
  });
}

function wordsOf(term: MatchTerm): Set<string> | null {
  if (term.word !== undefined && !term.fastOr && !term.choices) return new Set([term.word]);
  if (term.fastOr && !term.choices) return new Set(term.fastOr);
  if (term.choices && term.operator === 'or') {
    const firsts = term.choices.map((choice) => (choice[0] ? wordsOf(choice[0]) : null));
    return firsts.every((words) => words !== null) ? new Set(firsts.flatMap((words) => [...words!])) : null;
  }
  if (term.choices && term.operator === 'and') {
    return term.choices.map((choice) => (choice.length === 1 ? wordsOf(choice[0]!) : null)).find((words) => words !== null) ?? null;
  }
  return null;
}

/**
 * A plain phrase always works: punctuation a writer adds at the end of a phrase ("I hear
 * you.", "are you sure?") is dropped, since patterns match words.
 */
function asPlainPhrase(pattern: string): string {
  const trimmed = pattern.trim();
  const withoutEnd = trimmed.replace(/[.,;:!?]+$/, '');
  return SYNTAX.test(withoutEnd) ? trimmed : withoutEnd;
}

function checkBrackets(pattern: string, source: string): void {
  const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const open: string[] = [];
  for (const char of source) {
    if (char in closing) {
      if (char === '(' && open.includes('(')) fail(pattern, 'has a group inside a group, which compromise does not support; write the variants as separate patterns.');
      open.push(char);
    } else if (char === ')' || char === ']' || char === '}') {
      const last = open.pop();
      if (last === undefined || closing[last] !== char) fail(pattern, `has a "${char}" without its opening bracket.`);
    }
  }
  if (open.length > 0) fail(pattern, `has a "${open[open.length - 1]}" that is never closed.`);
}

function closest(prefix: string, name: string, known: readonly string[]): string {
  const lower = name.toLowerCase();
  const match = known.find((candidate) => candidate.toLowerCase() === lower) ?? known.find((candidate) => candidate.toLowerCase().startsWith(lower.slice(0, 4)));
  return match ? ` Did you mean ${prefix}${match}?` : '';
}

function fail(pattern: string, message: string): never {
  throw new PatternError(pattern, `The pattern "${pattern}" ${message}`);
}
