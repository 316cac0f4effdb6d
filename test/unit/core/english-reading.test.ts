// The cheap first pass and the lazy parse behind the English rules and moves: they must never
// change a result, only skip work. Checked on the labelled English replies (dev split) and the
// customer messages they answer.
import nlp from 'compromise/two';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, LANGUAGES } from '../../../src/core';
import { withStockSweep } from '../../../src/core/lang/en/fast-sweep';
import { ParsedSentence, readSentence } from '../../../src/core/lang/en/parse';
import { parsePattern } from '../../../src/core/lang/en/patterns';
import { wordsOf } from '../../../src/core/lang/en/words';
import { freshDefault } from './policies';

const english = LANGUAGES.en!;
const rows = readFileSync(join(__dirname, '../../../corpus/en/dev.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { text: string; customer?: string });
const SENTENCES = rows.flatMap(({ text, customer }) =>
  [text, customer ?? ''].flatMap((whole) => english.sentences(whole).map((span) => whole.slice(span.start, span.end))),
);

interface Term {
  text: string;
  normal?: string;
  implicit?: string;
  machine?: string;
  alias?: string[];
  tags: Set<string>;
}

const termsOf = (doc: ReturnType<typeof nlp>) => (doc.docs as Term[][]).flat();

describe('the English first pass', () => {
  it('has every form compromise gives a word, so a pattern it rules out could never have matched', () => {
    expect(SENTENCES.length).toBeGreaterThan(3000);
    const missing = SENTENCES.flatMap((sentence) => {
      const words = wordsOf(sentence);
      return termsOf(nlp(sentence)).flatMap((term) =>
        [term.normal, term.implicit, term.machine, ...(term.alias ?? [])].filter((form): form is string => !!form && !words.has(form.toLowerCase())).map((form) => `${form} in "${sentence}"`),
      );
    });
    expect(missing).toEqual([]);
  }, 60_000);

  it.each([
    ["We won't refund it, it's the courier's fault.", ['will', 'not', 'is', 'courier', 'fault']],
    ['I cannot do that & the e-mail bounced.', ['can', 'not', 'and', 'e', 'mail', 'email']],
    ['Our U.S. team ships £1,200 orders in 2-3 days.', ['us', '£1200', '1200', 'to']],
    ['Gonna call ya, Ive been lookin\' into it.', ['going', 'to', 'i', 'have', 'looking']],
  ])('reads "%s" in every form', (sentence, forms) => {
    const words = wordsOf(sentence);
    for (const form of forms) expect(words, form).toContain(form);
  });
});

describe('the lazy parse', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tags a sentence exactly as compromise does, with the faster sweep and without the chunker', () => {
    const differing = SENTENCES.filter((sentence) => {
      const ours = termsOf(readSentence(sentence).doc()).map((term) => `${term.text}/${term.implicit ?? ''}:${[...term.tags].sort().join(',')}`);
      const theirs = withStockSweep(() => termsOf(nlp(sentence)).map((term) => `${term.text}/${term.implicit ?? ''}:${[...term.tags].sort().join(',')}`));
      return ours.join(' ') !== theirs.join(' ');
    });
    expect(differing).toEqual([]);
  }, 60_000);

  it('goes only as deep as the question needs: words, then tokens, then tags', () => {
    const sentence = readSentence('Thanks for your patience, we will sort it soon.');
    expect(sentence.depth).toBe('words');
    expect(sentence.mayMatch(parsePattern('in due course'))).toBe(false);
    expect(sentence.depth).toBe('words');
    expect(sentence.docFor(parsePattern('(soon|shortly)')).has('soon')).toBe(true);
    expect(sentence.depth).toBe('tokens');
    expect(sentence.docFor(parsePattern('we will #Verb')).has('we will #Verb')).toBe(true);
    expect(sentence.depth).toBe('tags');
  });

  it('tags a sentence whose contraction compromise splits only when tagging ("it\'s") before matching words on it', () => {
    const sentence = readSentence("It's your responsibility.");
    sentence.docFor(parsePattern('(it is|that is) your responsibility'));
    expect(sentence.depth).toBe('tags');
  });

  it('does not parse sentences after the first answer that no rule concerns', () => {
    const tagged: string[] = [];
    const doc = ParsedSentence.prototype.doc;
    vi.spyOn(ParsedSentence.prototype, 'doc').mockImplementation(function (this: ParsedSentence, chunks?: boolean) {
      if (this.depth !== 'tags') tagged.push(this.text);
      return doc.call(this, chunks);
    });
    const reply = [
      'Our courier scanned the parcel at the depot on Monday morning.',
      'The depot team opened a trace for it the same afternoon.',
      'The label on the parcel was damaged in the rain.',
      'The team printed a new label for it yesterday.',
    ].join(' ');
    const report = analyze(reply, freshDefault());
    expect(report.structure.steps.answer).toBe(true);
    expect(tagged).toEqual(['Our courier scanned the parcel at the depot on Monday morning.']);
  });
});
