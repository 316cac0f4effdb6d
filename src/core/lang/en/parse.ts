// One reading of a sentence, shared by the rules, the moves (and a sentence model): it starts
// with the cheap word pass (words.ts) and goes only as deep as a question asked of it needs.
// A pattern none of whose required words is there is answered without compromise at all; a
// pattern of words only is matched on compromise's tokens; only a pattern with #Tags makes
// compromise tag the sentence. Each stage runs at most once per reading and continues the one
// before, so a sentence is tokenized and tagged once, exactly as nlp(sentence) would do it.
import nlp from 'compromise/two';
import { installFastSweep } from './fast-sweep';
import type { Pattern, WordOrder } from './patterns';
import { wordsOf } from './words';

type Doc = ReturnType<typeof nlp>;

interface Term {
  text?: string;
  normal?: string;
  implicit?: string;
  machine?: string;
  alias?: string[];
}

interface World {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: World): unknown[][] } } };
}

installFastSweep();
const world = nlp.world() as unknown as World;
const View = (nlp('') as unknown as { constructor: new (document: unknown[][]) => Doc }).constructor;
/** compromise's own steps, in its order, split where tagging starts. */
const TAGGING_STARTS = Math.max(0, world.hooks.indexOf('freeze'));
const TOKEN_STEPS = world.hooks.slice(0, TAGGING_STARTS);
/** The noun and verb chunks (three's chunker) are never matched by a pattern that has no <Chunk>. */
const TAG_STEPS = world.hooks.slice(TAGGING_STARTS).filter((step) => step !== 'chunks');
const CHUNK_STEPS = world.hooks.includes('chunks') ? ['chunks'] : [];
/** compromise's second contraction pass splits these after tagging ("it's", "I'd", "ain't"). */
const APOSTROPHE = /['’]/;

export class ParsedSentence {
  /** Every form a word of the sentence can take in compromise's parse (a superset), lower case. */
  readonly words: ReadonlySet<string>;
  private document: Doc | null = null;
  private tagged = false;
  private chunked = false;
  /** Whether matching words on the tokens gives what matching them on the tagged sentence does. */
  private tokensFinal = false;

  constructor(readonly text: string) {
    this.words = wordsOf(text);
  }

  /** compromise's tokens (contractions split, normal and machine forms), not yet tagged. */
  private tokens(): Doc {
    if (!this.document) {
      const doc = new View(world.methods.one.tokenize.fromString(this.text, world));
      doc.compute(TOKEN_STEPS);
      this.document = doc;
      this.tokensFinal = !(doc.docs as Term[][]).some((terms) => terms.some((term) => !term.implicit && APOSTROPHE.test(term.normal ?? '')));
    }
    return this.document;
  }

  /** The sentence as nlp(text) reads it (the chunker only for patterns that ask for chunks). */
  doc(chunks = false): Doc {
    const doc = this.tokens();
    if (!this.tagged) {
      doc.compute(TAG_STEPS);
      this.tagged = true;
    }
    if (chunks && !this.chunked) {
      doc.compute(CHUNK_STEPS);
      this.chunked = true;
    }
    return doc;
  }

  /** Whether compromise has been needed yet (for tests and the benchmark). */
  get depth(): 'words' | 'tokens' | 'tags' {
    return this.tagged ? 'tags' : this.document ? 'tokens' : 'words';
  }

  /** The least-read document `pattern` can be matched on with the same result as on the full parse. */
  docFor(pattern: Pattern): Doc {
    if (!pattern.needsTags && !pattern.needsChunks) {
      const tokens = this.tokens();
      if (this.tokensFinal) return tokens;
    }
    return this.doc(pattern.needsChunks);
  }

  /**
   * False when the pattern cannot match: the sentence lacks a word it requires (most patterns
   * are ruled out here), or, for a pattern with tags, its words are not in the order and
   * distance the pattern needs (in compromise's tokens): no tagging for it.
   */
  mayMatch(pattern: Pattern): boolean {
    if (!this.hasAnchors(pattern)) return false;
    if (pattern.wordOrder && !this.tagged) {
      const tokens = this.tokens();
      if (this.tokensFinal && !(tokens.docs as Term[][]).some((terms) => fitsOrder(terms, pattern.wordOrder!))) return false;
    }
    return true;
  }

  private hasAnchors(pattern: Pattern): boolean {
    const words = this.words;
    for (const choices of pattern.anchors) {
      let found = false;
      for (const word of choices) {
        if (words.has(word)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
}

/** Whether some words of `terms` are the pattern's required words, in order, no further apart than it allows. */
function fitsOrder(terms: readonly Term[], order: WordOrder): boolean {
  const isWord = (term: Term, words: ReadonlySet<string>) =>
    [term.normal, term.machine, term.implicit, term.text?.toLowerCase(), ...(term.alias ?? [])].some((form) => form !== undefined && words.has(form));
  // Where each required word can be, given where the one before it can be.
  let reachable: number[] | null = null;
  order.words.forEach((words, index) => {
    const gap = order.gaps[index]!;
    const next: number[] = [];
    terms.forEach((term, at) => {
      if (!isWord(term, words)) return;
      const fits = reachable === null ? !order.anchoredStart || at <= gap : reachable.some((before) => at > before && at - before - 1 <= gap);
      if (fits) next.push(at);
    });
    reachable = next;
  });
  const last = reachable as number[] | null;
  return last !== null && last.some((at) => terms.length - 1 - at <= order.tail);
}

/** A reading of one sentence; nothing is shared between calls (analyze() keeps its own). */
export function readSentence(text: string): ParsedSentence {
  return new ParsedSentence(text);
}

const RECENT = 8;
const recent = new Map<string, ParsedSentence>();

/** A reading of `text`, shared with the last few callers: for code that asks many questions of a few sentences (the customer's message). */
export function parse(text: string): ParsedSentence {
  const known = recent.get(text);
  if (known) return known;
  const parsed = new ParsedSentence(text);
  recent.set(text, parsed);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return parsed;
}

export function has(sentence: ParsedSentence, pattern: Pattern): boolean {
  return sentence.mayMatch(pattern) && sentence.docFor(pattern).has(pattern.parsed);
}

/**
 * Where each match of `pattern` sits in the sentence, trimmed of surrounding punctuation.
 * compromise's offsets can drift on unusual characters, so each one is checked against the
 * matched text and re-found nearby; a match that cannot be placed exactly is dropped.
 */
export function matchSpans(sentence: ParsedSentence, pattern: Pattern): { start: number; end: number }[] {
  if (!sentence.mayMatch(pattern)) return [];
  const found = sentence.docFor(pattern).match(pattern.parsed, pattern.group).json({ offset: true, terms: { offset: false } }) as { text: string; offset: { start: number; length: number } }[];
  return found.flatMap(({ text, offset }) => {
    const start = locate(sentence.text, text, offset.start);
    return start < 0 ? [] : [trimPunctuation(sentence.text, start, start + text.length)];
  });
}

function locate(sentence: string, text: string, near: number): number {
  if (sentence.startsWith(text, near)) return near;
  const after = sentence.indexOf(text, near);
  const before = sentence.lastIndexOf(text, near);
  if (after < 0) return before;
  if (before < 0) return after;
  return after - near <= near - before ? after : before;
}

function trimPunctuation(sentence: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,.;:!?"'“”‘’()]/.test(sentence[start]!)) start++;
  while (end > start && /[\s,.;:!?"“”()\-–—]/.test(sentence[end - 1]!)) end--;
  return { start, end };
}
