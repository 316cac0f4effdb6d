// What the sentence model reads: named features of one sentence, each tied to the words it came
// from, so that a score can be explained by the words that weighed most. Each language builds
// them its own way (lang/en/features.ts, lang/he/features.ts); the model only sees names.
import type { Span } from '../types';

export interface SentenceFeatures extends SentenceContext {
  /** The sentence's words, offsets relative to the sentence. */
  words: Span[];
  /** Feature names, each at most once. */
  names: string[];
  /** For each feature, the first and last word it came from; -1 when it is about the whole sentence. */
  first: number[];
  last: number[];
}

/** What a language reads around the words of a sentence, which keeps the model to the agent's own meaning. */
export interface SentenceContext {
  /** Quoted and reported speech: someone else's words. */
  quoted: Span[];
  /** Where a promise is declined ("I can't promise that ..."). */
  declined: Span[];
  /** Words that claim understanding or acknowledge a message ("understand", "noted", "passed on"). */
  acknowledging: number[];
  /** The sentence clears the customer ("you did nothing wrong", "it's not your fault"): it blames no one. */
  exonerating: boolean;
  /** The sentence says goodbye ("see you soon"): it owes no date. */
  farewell: boolean;
  /** The sentence owns the problem ("the delay was on our side", "our mistake"): it deflects nothing. */
  owning: boolean;
}

/** Collects features, keeping the first occurrence of each name. */
export class FeatureBag {
  readonly names: string[] = [];
  readonly first: number[] = [];
  readonly last: number[] = [];
  private readonly seen = new Set<string>();

  add(name: string, first = -1, last = first): void {
    if (this.seen.has(name)) return;
    this.seen.add(name);
    this.names.push(name);
    this.first.push(first);
    this.last.push(last);
  }

  done(words: Span[], context: SentenceContext): SentenceFeatures {
    if (context.exonerating) this.add('c:exonerating');
    if (context.farewell) this.add('c:farewell');
    if (context.owning) this.add('c:owning');
    return { words, names: this.names, first: this.first, last: this.last, ...context };
  }
}

/** Rough length of a sentence in words, as a feature: short lines behave differently. */
export function lengthBucket(words: number): string {
  return words <= 3 ? 'len:1-3' : words <= 7 ? 'len:4-7' : words <= 14 ? 'len:8-14' : words <= 25 ? 'len:15-25' : 'len:26+';
}

/** Word classes written as space-separated words per class, turned into each word's classes. */
export function classesByWord(classes: Record<string, string>): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const [name, words] of Object.entries(classes)) {
    for (const word of words.split(/\s+/)) byWord.set(word, [...(byWord.get(word) ?? []), name]);
  }
  return byWord;
}
