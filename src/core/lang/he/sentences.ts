// Hebrew sentences: the shared splitter with the few abbreviations Hebrew ends with a
// period (it mostly uses geresh: "וכו'", which never ends a sentence).
import { sentences } from '../../text-spans';
import type { Span } from '../../types';

const ABBREVIATIONS: ReadonlySet<string> = new Set(['וכו', 'וגו', 'עמ', 'מס', 'רח', 'טל']);

export function hebrewSentences(text: string): Span[] {
  return sentences(text, ABBREVIATIONS);
}
