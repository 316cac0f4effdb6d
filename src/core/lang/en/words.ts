// The cheap first pass over a sentence: its words in every form compromise could give them
// (as written, without punctuation, pieces of hyphenated and slashed words, acronyms without
// their dots, the words a contraction stands for, compromise's aliases), found with a few
// regular expressions and no tagging. It is a superset of the forms compromise's parse holds
// (normal, implicit, machine, alias: test/unit/core/english-reading.test.ts checks that on the
// labelled corpus), so a pattern whose required words are not all here cannot match, and the
// sentence need not be parsed for it.
import nlp from 'compromise/two';

interface Contraction {
  word?: string;
  after?: string;
  out: string[];
}

interface Model {
  one: { contractions?: Contraction[]; aliases?: Record<string, string>; unicode?: Record<string, string> };
}

const model = nlp.model() as unknown as Model;
/** compromise's own list: "cannot", "gonna", "dunno", "ive", ... */
const KNOWN = new Map((model.one.contractions ?? []).flatMap((entry) => (entry.word ? [[entry.word, entry.out.map((word) => word.toLowerCase())] as const] : [])));
const ALIASES = new Map(Object.entries(model.one.aliases ?? {}));

/** What the part after an apostrophe can stand for (compromise decides by context; we take them all). */
const AFTER_APOSTROPHE: Record<string, string[]> = {
  ...Object.fromEntries((model.one.contractions ?? []).flatMap((entry) => (entry.after ? [[entry.after, entry.out]] : []))),
  s: ['is', 'has', 'us', 'was', 'does'],
  d: ['would', 'had', 'did', 'could', 'should'],
  t: ['not', 'is', 'am', 'are', 'has', 'have', 'do', 'does', 'did', 'will', 'can', 'shall', 'should'],
};
/** The verb before "n't" when it is not the written part minus its n ("won't", "can't", "ain't"). */
const BEFORE_NOT: Record<string, string[]> = { wo: ['will'], ca: ['can'], sha: ['shall', 'should'], ai: ['is', 'am', 'are', 'has', 'have'] };

const NON_ASCII = /[^\x00-\x7f]/;
/** Most words: nothing to clean, nothing to expand. */
const PLAIN = /^[a-z]+$/;
const PLAIN_WITH_STOP = /^([a-z]+)[,.!?;:]+$/;
const JOINERS = [/[-\u2013\u2014]+/, /\/+/];
const SPACE = /\s+/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const NOT_WORD_ALL = /[^\p{L}\p{N}]/gu;
const LETTERS_OR_NUMBERS = /\p{L}+|\p{N}+(?:[.,]\p{N}+)*/gu;
const DIGIT_RANGE = /\p{N}.*[-\u2013\u2014].*\p{N}/u;

/** compromise's rough transliteration (Björk to Bjork, curly apostrophes to straight ones). */
function transliterate(text: string): string {
  const unicode = model.one.unicode ?? {};
  let out = '';
  for (const char of text) out += unicode[char] ?? char;
  return out;
}

/** Every form the words of `sentence` can take in compromise's parse, lower case (and more). */
export function wordsOf(sentence: string): Set<string> {
  const words = new Set<string>();
  let text = sentence.toLowerCase();
  if (NON_ASCII.test(text)) text = `${text} ${transliterate(text)}`;
  for (const raw of text.split(SPACE)) if (raw !== '') addToken(raw, words);
  return words;
}

/** compromise's clean-up of a written word (its "normal" form, before transliteration). */
function cleaned(raw: string): string {
  let word = raw.replace(/[,;.!?]+$/, '').replace(/\u2026/g, '...').replace(/\u2013/g, '-');
  if (!/^[:;]/.test(word)) word = word.replace(/\.{3,}$/g, '').replace(/[",.!:;?)]+$/g, '').replace(/^['"(]+/g, '');
  word = word.replace(/[\u200B-\u200D\uFEFF]/g, '');
  return (word === '' ? raw : word).replace(/([0-9]),([0-9])/g, '$1$2');
}

function addToken(token: string, words: Set<string>): void {
  const plain = PLAIN.test(token) ? token : PLAIN_WITH_STOP.exec(token)?.[1];
  if (plain !== undefined) {
    words.add(token);
    words.add(plain);
    for (const word of KNOWN.get(plain) ?? []) words.add(word);
    const alias = ALIASES.get(plain);
    if (alias) words.add(alias);
    return;
  }
  const clean = cleaned(token);
  // compromise's "machine" form: no 's, no leading # or @.
  for (const form of new Set([token, clean, clean.replace(/'s$/, ''), clean.replace(/s'$/, 's').replace(/^[#@]/, '')])) addForm(form, words);
}

function addForm(raw: string, words: Set<string>): void {
  words.add(raw);
  const bare = raw.replace(EDGE_PUNCTUATION, '');
  if (bare === '') {
    const alias = ALIASES.get(raw);
    if (alias) words.add(alias);
    return;
  }
  words.add(bare);
  words.add(bare.replace(NOT_WORD_ALL, ''));
  for (const piece of bare.split(NOT_WORD)) if (piece !== '') words.add(piece);
  for (const joiner of JOINERS) {
    const joined = bare.split(joiner);
    if (joined.length > 1) for (const piece of joined) if (piece !== '') addForm(piece, words);
  }
  for (const piece of bare.match(LETTERS_OR_NUMBERS) ?? []) words.add(piece);
  for (const form of [raw, bare]) {
    const alias = ALIASES.get(form);
    if (alias) words.add(alias);
  }
  // "lookin'" is read as "looking"; "we're", "don't", "it's" as the words they stand for.
  if (/in'$/.test(raw)) words.add(`${bare}g`);
  for (const form of [bare, bare.replace(/'/g, '')]) for (const word of KNOWN.get(form) ?? []) words.add(word);
  const apostrophe = bare.lastIndexOf("'");
  if (apostrophe > 0) {
    const before = bare.slice(0, apostrophe);
    const after = bare.slice(apostrophe + 1);
    for (const word of AFTER_APOSTROPHE[after] ?? []) words.add(word);
    if (after === 't' && before.endsWith('n')) {
      const verb = before.slice(0, -1);
      words.add(verb);
      for (const word of BEFORE_NOT[verb] ?? []) words.add(word);
    }
  }
  // A range of numbers ("2-3 days") is read as "2 to 3".
  if (DIGIT_RANGE.test(bare)) words.add('to');
}
