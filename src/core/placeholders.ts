// Placeholders: the bracketed parts of a template that the agent fills in ("[day and time]",
// "[the reason behind the rule]"). One definition serves the check that keeps them from
// reaching the customer, the moves (an unfilled template is no offer) and the page, which
// selects the first one after an insert so that typing replaces it.
import type { Span } from './types';

/** Square brackets around one to eight words of letters (any script), spaces, apostrophes, commas or hyphens. */
const PLACEHOLDER = /\[[\p{L}\p{M}][\p{L}\p{M}'\u2019 ,\-]{0,78}\]/gu;
const MAX_WORDS = 8;

/** Where the unfilled placeholders are in `text`. */
export function placeholderSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const found of text.matchAll(PLACEHOLDER)) {
    if (found[0].trim().split(/\s+/).length > MAX_WORDS) continue;
    spans.push({ start: found.index, end: found.index + found[0].length });
  }
  return spans;
}

export function hasPlaceholder(text: string): boolean {
  return placeholderSpans(text).length > 0;
}

/**
 * Answers "does any of these spans overlap [start, end)?" for ranges asked in increasing order
 * (the sentences of a reply), moving forward only: linear in spans plus questions.
 */
export function overlapCursor(spans: readonly Span[]): (start: number, end: number) => boolean {
  let next = 0;
  return (start, end) => {
    while (next < spans.length && spans[next]!.end <= start) next++;
    return next < spans.length && spans[next]!.start < end;
  };
}
