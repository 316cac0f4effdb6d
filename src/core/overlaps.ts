// One finding per words: when two rules flag overlapping words, the agent sees one card, from
// the most specific category ("nothing I can do" is a deflection before it is a bare refusal).
// A rule hit wins over the sentence model's on the same words: a rule's span is exact.
import type { Category, Span } from './types';

/** Most specific first: a named behaviour before a reply-level or a vaguer one. */
const SPECIFICITY: readonly Category[] = [
  'blame',
  'deflection',
  'over-promise',
  'minimizing',
  'confrontational',
  'hollow-acknowledgement',
  'vague-timeline',
  'bare-refusal',
];

interface Flagged extends Span {
  rule: { id?: string; category: Category };
}

const fromModel = (hit: Flagged) => (hit.rule.id?.startsWith('model:') ? 1 : 0);

/**
 * Keeps, of every group of overlapping hits, a rule's before the model's, then the most specific
 * one (the longer on a tie); order by position. Kept hits never overlap, so the characters they
 * cover are marked once and each hit checks only its own characters: linear in the hits and
 * their length (issue 13).
 */
export function oneFindingPerWords<T extends Flagged>(hits: readonly T[]): T[] {
  if (hits.length < 2) return [...hits];
  const ranked = [...hits].sort(
    (a, b) =>
      fromModel(a) - fromModel(b) ||
      SPECIFICITY.indexOf(a.rule.category) - SPECIFICITY.indexOf(b.rule.category) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  let from = Infinity;
  let to = 0;
  for (const hit of hits) {
    from = Math.min(from, hit.start);
    to = Math.max(to, hit.end);
  }
  const covered = new Uint8Array(Math.max(0, to - from));
  const kept: T[] = [];
  for (const hit of ranked) {
    let free = true;
    for (let at = hit.start; at < hit.end && free; at++) free = covered[at - from] === 0;
    if (!free) continue;
    covered.fill(1, hit.start - from, hit.end - from);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
