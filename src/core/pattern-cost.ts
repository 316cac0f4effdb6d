// What a pattern costs to run, in points, so that a policy can be refused before it makes the
// analyser slow (issue 13). Every language counts the same things: each word it must look at,
// wildcards ("." and "*"), optional and repeated terms, and the width of a choice. A pattern
// that names no word a sentence must contain is tried on every sentence and costs double.
// The caps themselves are the policy's business (src/policy/pattern-costs.ts).

/** One part of a pattern as written ("(. . .|. .|.)", ".*") and what it costs. */
export interface CostPart {
  /** As written in the pattern. */
  text: string;
  cost: number;
  /** In words, why it costs that much ("any number of words"). */
  what: string;
}

export interface PatternCost {
  pattern: string;
  /** The total, with the every-sentence factor applied. */
  cost: number;
  parts: CostPart[];
  /** True when no word is required, so the pattern is tried on every sentence (cost doubled). */
  everySentence: boolean;
}

/** Points, shared by the languages so that a cap means the same in each. */
export const COST = {
  /** A word, a tag, a check, or a choice of single words: one look-up. */
  word: 1,
  /** "." any one word. */
  anyWord: 2,
  /** A term that may be left out: the matcher also tries the next term there. */
  optional: 1,
  /** A negated term. */
  negative: 1,
  /** ~word~ compares letters with every word. */
  fuzzy: 4,
  /**
   * "*", ".*", ".+", "word+", <Chunk>: a run that may look at every word to the end of the
   * sentence, from every word it starts at (40: the words of a long sentence). A bounded run
   * ("{0,5}") costs its bound.
   */
  run: 40,
  /** Each alternative of a choice of word sequences ("(a b|c)") is tried in turn. */
  alternative: 1,
  /** Factor for a pattern that is tried on every sentence. */
  everySentence: 2,
} as const;

/**
 * Splits a pattern at `separator` outside brackets (spaces by default: the parts a person wrote,
 * for the message; "|" splits a choice into its alternatives).
 */
export function topLevelParts(pattern: string, separator: RegExp = /\s/): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of pattern) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && separator.test(char)) {
      if (current) parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current) parts.push(current);
  return parts;
}

export function totalCost(pattern: string, parts: CostPart[], everySentence: boolean): PatternCost {
  const sum = parts.reduce((total, part) => total + part.cost, 0);
  return { pattern, cost: everySentence ? sum * COST.everySentence : sum, parts, everySentence };
}
