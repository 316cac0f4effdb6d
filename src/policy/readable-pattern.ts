// A pattern read out as the plain phrase it stands for, to name a rule the way a team lead
// thinks of it: "(i|we) #Adverb? (understand|understood) (your|the) problem" reads
// "i understand your problem". The first of each choice, optional words left out, and "…" for
// a word the pattern describes (#Tag, ".", "*") instead of naming.
import { topLevelParts } from '../core/pattern-cost';

const ANY_WORD = '…';

/** The phrase a pattern (English or Hebrew syntax) stands for; "" when it names no word. */
export function readablePattern(pattern: string): string {
  const words = readSequence(pattern.replace(/[[\]]/g, ' '));
  return /[\p{L}\p{N}]/u.test(words) ? words : '';
}

function readSequence(sequence: string): string {
  return topLevelParts(sequence)
    .map(readTerm)
    .filter((word): word is string => word !== null && word !== '')
    .join(' ')
    .replace(/…( …)+/g, ANY_WORD);
}

/** One term: a word, a choice of words, a description of a word, or null when it may be left out. */
function readTerm(written: string): string | null {
  const term = written.replace(/^\^/, '').replace(/\$$/, '');
  const wildcard = /^(\.|\*|\.\.\.|…)/.test(term);
  if (/(\?|\{0,\d*\})$/.test(term) || term.startsWith('!')) return wildcard ? ANY_WORD : null;
  const bare = term.replace(/(\{\d*,?\d*\}|\+)$/, '');
  if (wildcard || /^[#@]/.test(bare)) return ANY_WORD;
  if (bare.startsWith('(') && bare.endsWith(')')) return readChoice(topLevelParts(bare.slice(1, -1), /\|/));
  if (bare.includes('/')) return readChoice(bare.split('/'));
  // =word is exactly that word; ש- any word with that prefix; ~word~ and {word} its forms.
  return bare.replace(/^=/, '').replace(/[-\u05BE]$/, ANY_WORD).replace(/^[~{](.*)[~}]$/, '$1');
}

/** The first alternative that names a word ("(#Adverb|can)" reads "can"), else "…". */
function readChoice(alternatives: string[]): string {
  const read = alternatives.map((alternative) => {
    const conditions = alternative.split('&&').map((part) => readSequence(part.trim()));
    return conditions.find((words) => /[\p{L}\p{N}]/u.test(words)) ?? ANY_WORD;
  });
  return read.find((words) => /[\p{L}\p{N}]/u.test(words)) ?? ANY_WORD;
}
