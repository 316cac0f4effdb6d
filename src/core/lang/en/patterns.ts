// English patterns: compromise match syntax, checked before use so that a team lead's
// typo gets a clear message instead of a rule that silently never fires, and so that no
// pattern can make the analyser slow (no regular expressions, bounded length).
import nlp from 'compromise';
import { PatternError } from '../../language';
import { COST, topLevelParts, totalCost, type CostPart, type PatternCost } from '../../pattern-cost';

/** A pattern parsed once, with the words a sentence must contain for it to match at all. */
export interface Pattern {
  parsed: ReturnType<typeof nlp.parseMatch>;
  /** For each required term that is a word or a choice of words: those words. Checked before matching. */
  anchors: ReadonlySet<string>[];
  /** A [bracketed] part of the pattern: the finding is that part ("[you should have] #PastTense" flags "you should have"). */
  group?: string;
}

interface MatchTerm {
  word?: string;
  fastOr?: Set<string>;
  choices?: MatchTerm[][];
  operator?: 'or' | 'and';
  optional?: boolean;
  negative?: boolean;
  min?: number;
  max?: number;
  group?: string;
  anything?: boolean;
  greedy?: boolean;
  fuzzy?: boolean;
  chunk?: string;
  regex?: RegExp;
}

/** The same limit as policy.schema.json: long enough for a phrase with alternatives. */
export const MAX_PATTERN_LENGTH = 200;

const TAGS = Object.keys((nlp.world() as { model: { one: { tagSet: Record<string, unknown> } } }).model.one.tagSet);
const TERM_METHODS = [
  'hasQuote', 'hasComma', 'hasPeriod', 'hasExclamation', 'hasQuestionMark', 'hasEllipses', 'hasSemicolon',
  'hasColon', 'hasSlash', 'hasHyphen', 'hasDash', 'hasContraction', 'isAcronym', 'isKnown', 'isTitleCase', 'isUpperCase',
];
const SYNTAX = /[#()[\]{}*+^$~@<>|!?.]/;

/** Parses one pattern once; throws PatternError saying what is wrong and how to fix it. */
export function parsePattern(pattern: string): Pattern {
  const source = asPlainPhrase(pattern);
  if (!/[\p{L}\p{N}]/u.test(source)) {
    fail(pattern, 'has no words: patterns match words ("you should have #PastTense"); for "!!" or ALL CAPS use a detector ("repeated-punctuation", "shouting-caps").');
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    fail(pattern, `is ${pattern.length} characters long; keep patterns under ${MAX_PATTERN_LENGTH} characters (split it into several patterns).`);
  }
  if (/(^|[\s(|])\/[^/]*\//.test(source)) {
    fail(pattern, REGEX_MESSAGE);
  }
  checkBrackets(pattern, source);
  for (const [, tag] of source.matchAll(/#([A-Za-z]+)/g)) {
    if (!TAGS.includes(tag!)) fail(pattern, `uses the tag #${tag}, which does not exist.${closest('#', tag!, TAGS)} Tags are listed in compromise's docs/tags.md.`);
  }
  for (const [, method] of source.matchAll(/@([A-Za-z]+)/g)) {
    if (!TERM_METHODS.includes(method!)) fail(pattern, `uses @${method}, which is not a term check.${closest('@', method!, TERM_METHODS)}`);
  }
  let parsed: ReturnType<typeof nlp.parseMatch>;
  try {
    parsed = nlp.parseMatch(source);
  } catch (error) {
    // compromise builds a RegExp for any /.../ it finds; a broken one throws here.
    if (error instanceof SyntaxError && source.includes('/')) fail(pattern, REGEX_MESSAGE);
    return fail(pattern, `cannot be used: ${(error as Error).message}. Check the brackets and operators.`);
  }
  // compromise reads /.../ as a regular expression after any of its prefixes and suffixes
  // (!/x/, ^/x/, [/x/], ~/x/~, (a|/x/)): refused wherever the parser put one, before it ever runs.
  if (hasRegex(parsed as MatchTerm[])) fail(pattern, REGEX_MESSAGE);
  try {
    probe().match(parsed);
  } catch (error) {
    return fail(pattern, `cannot be used: ${(error as Error).message}. Check the brackets and operators.`);
  }
  const terms = parsed as MatchTerm[];
  const group = terms.find((term) => term.group !== undefined)?.group;
  const anchors = anchorsOf(terms);
  return { parsed, anchors, ...(group === undefined ? {} : { group }) };
}

const REGEX_MESSAGE = 'looks like a /regular expression/; patterns use words and #Tags instead (e.g. "(refund|refunds)" or "{refund}").';

function hasRegex(terms: MatchTerm[]): boolean {
  return terms.some((term) => term.regex !== undefined || (term.choices ?? []).some(hasRegex));
}

/** The cost of each part of the pattern as written (parts are parsed one by one to name them). */
function partCosts(source: string): CostPart[] {
  return topLevelParts(source).map((text) => {
    let terms: MatchTerm[];
    try {
      terms = nlp.parseMatch(text) as MatchTerm[];
    } catch {
      terms = [{ word: text }];
    }
    const costs = terms.map(termCost);
    return { text, cost: costs.reduce((sum, each) => sum + each.cost, 0), what: [...new Set(costs.map((each) => each.what))].join(', ') };
  });
}

/** A term's points and, in words, what makes it cost them. */
function termCost(term: MatchTerm): { cost: number; what: string } {
  let cost: number = COST.word;
  let what = 'a word';
  if (term.choices) {
    const alternatives = term.choices.map((choice) => choice.reduce((sum, each) => sum + termCost(each).cost, 0));
    cost = alternatives.reduce((sum, each) => sum + each, 0) + COST.alternative * alternatives.length;
    what = `a choice of ${term.choices.length}`;
  } else if (term.anything) {
    cost = COST.anyWord;
    what = 'any one word';
  } else if (term.fuzzy) {
    cost += COST.fuzzy;
    what = 'a fuzzy word';
  } else if (term.fastOr && term.fastOr.size > 1) {
    what = `a choice of ${term.fastOr.size} words`;
  }
  if (term.greedy || term.chunk !== undefined) {
    const bounded = term.max !== undefined && term.max < COST.run;
    cost += bounded ? term.max! : COST.run;
    what = term.anything ? (bounded ? `up to ${term.max} words` : 'any number of words') : `${what}, repeated`;
  }
  if (term.optional || term.min === 0) {
    cost += COST.optional;
    what = `${what}, optional`;
  }
  if (term.negative) cost += COST.negative;
  return { cost, what };
}

/**
 * What a pattern costs; throws PatternError when it cannot be used at all. Only a policy's
 * validation asks: compiling a policy to analyse with skips it, which keeps start-up short.
 */
export function englishPatternCost(pattern: string): PatternCost {
  const { anchors } = parsePattern(pattern);
  return totalCost(pattern, partCosts(asPlainPhrase(pattern)), anchors.length === 0);
}

let probeDoc: ReturnType<typeof nlp> | undefined;

/** A sentence to try each new pattern on, parsed once. */
function probe(): ReturnType<typeof nlp> {
  return (probeDoc ??= nlp('A probe sentence, to be sure the pattern runs.'));
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
