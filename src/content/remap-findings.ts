// Keeps underlines on the right words while the agent types, before the next analysis
// arrives: findings before an edit stay, findings after it shift, findings it touches are
// dropped until the analysis comes back (fail closed, never underline the wrong words).
import type { Finding } from '../core/types';

/** The one edited region between two texts: [start, beforeEnd) became [start, afterEnd). */
export function diffRegion(before: string, after: string): { start: number; beforeEnd: number; afterEnd: number } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let suffix = 0;
  while (
    suffix < shorter - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  return { start, beforeEnd: before.length - suffix, afterEnd: after.length - suffix };
}

type Region = ReturnType<typeof diffRegion>;

/** A span moved across the edit, or null when the edit touches it. */
function moveSpan<T extends { start: number; end: number }>(span: T, edit: Region): T | null {
  if (span.end <= edit.start && span.start < edit.start) return span;
  if (span.start >= edit.beforeEnd) {
    const delta = edit.afterEnd - edit.beforeEnd;
    return { ...span, start: span.start + delta, end: span.end + delta };
  }
  return null;
}

/** A span (a caret, a selection) moved from `before` to `after`, or null when the edit touches it. */
export function remapSpan<T extends { start: number; end: number }>(before: string, after: string, span: T): T | null {
  return before === after ? span : moveSpan(span, diffRegion(before, after));
}

export function remapFindings(before: string, after: string, findings: readonly Finding[]): Finding[] {
  if (before === after) return [...findings];
  const edit = diffRegion(before, after);
  const kept: Finding[] = [];
  for (const finding of findings) {
    const moved = moveSpan(finding, edit);
    if (!moved) continue;
    const suggestions = finding.suggestions.flatMap((suggestion) => moveSpan(suggestion, edit) ?? []);
    kept.push({ ...moved, suggestions });
  }
  return kept;
}
