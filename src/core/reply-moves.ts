// The moves of a reply, read lazily: the structure meter and the reply-level conditions need,
// for each move, whether the reply makes it and where first (and whether an offer follows the
// first refusal). So each move is looked for sentence by sentence and the search stops at its
// first hit: the sentences after it are never parsed for that move. The catch-all "answer"
// (almost any statement) is found in the first sentence or two instead of in every one.
import type { SentenceResult } from './compile';
import { MOVES, type MoveHit, type Span } from './types';

export interface MoveSentence {
  result: SentenceResult;
  /** Where the sentence starts in the reply. */
  start: number;
  /** False for a sentence holding an unfilled template: it makes no move. */
  counts: boolean;
}

/**
 * For each move its first hit in the reply, plus the first offer after the first refusal when
 * the first offer comes before it; then lets go of the sentences' readings.
 */
export function replyMoves(sentences: readonly MoveSentence[], refusals: readonly Span[]): MoveHit[] {
  const counted = sentences.filter((sentence) => sentence.counts);
  const moves: MoveHit[] = [];
  const firstHit = (move: MoveHit['move'], after = -1): MoveHit | null => {
    for (const { result, start } of counted) {
      const hit = result.move(move);
      if (hit && start + hit.start > after) return { move, start: start + hit.start, end: start + hit.end };
    }
    return null;
  };
  for (const move of MOVES) {
    const hit = firstHit(move);
    if (hit) moves.push(hit);
  }
  const firstRefusal = Math.min(...refusals.map((span) => span.start));
  if (Number.isFinite(firstRefusal) && !moves.some((hit) => hit.move === 'alternative-offer' && hit.start > firstRefusal)) {
    const offer = firstHit('alternative-offer', firstRefusal);
    if (offer) moves.push(offer);
  }
  for (const { result } of sentences) result.release();
  return moves.sort((a, b) => a.start - b.start || a.end - b.end);
}
