// The reply-structure meter: Reflect, Empathize, Answer, Offer, and notes when the order
// is off (COACHING.md, "Moves"; seed 001: empathy, then the answer, then what you can do).
import { MOVES, type Move, type MoveHit, type Span, type Structure } from './types';

type Step = keyof Structure['steps'];

const STEPS: { step: Step; name: string; moves: Move[] }[] = [
  { step: 'reflect', name: 'the reflection', moves: ['reflection'] },
  { step: 'empathize', name: 'the empathy', moves: ['empathy', 'apology'] },
  { step: 'answer', name: 'the answer', moves: ['answer'] },
  { step: 'offer', name: 'the offer', moves: ['alternative-offer'] },
];

/**
 * `refusals`: where the reply says no (the hits of the refusal rules, before reply-level
 * checks). `offer`: the reply language's offer phrase, quoted in the note about a missing offer.
 */
export function structureOf(moves: MoveHit[], refusals: Span[], offer: string): Structure {
  const firstAt = (wanted: Move[]) => Math.min(...moves.filter((hit) => wanted.includes(hit.move)).map((hit) => hit.start));
  const positions = STEPS.map(({ step, name, moves: wanted }) => ({ step, name, at: firstAt(wanted) }));
  const present = positions.filter(({ at }) => Number.isFinite(at));
  const notes: string[] = [];
  present.forEach((later, index) => {
    const earlier = present.slice(0, index).find(({ at }) => at > later.at);
    if (earlier) notes.push(`${capitalise(later.name)} comes before ${earlier.name}; the order that calms is Reflect, Empathize, Answer, Offer.`);
  });
  const firstRefusal = Math.min(...refusals.map((span) => span.start));
  if (Number.isFinite(firstRefusal)) {
    const empathy = positions.find(({ step }) => step === 'empathize')!.at;
    if (!(empathy < firstRefusal)) notes.push('A refusal comes before any empathy: first name what this costs the customer.');
    if (!moves.some((hit) => hit.move === 'alternative-offer' && hit.start > firstRefusal)) {
      notes.push(`No offer follows the refusal: add what you can do ("${offer}").`);
    }
  }
  const has = (step: Step) => present.some((position) => position.step === step);
  return {
    present: MOVES.filter((move) => moves.some((hit) => hit.move === move)),
    steps: { reflect: has('reflect'), empathize: has('empathize'), answer: has('answer'), offer: has('offer') },
    orderOk: present.every((position, index) => index === 0 || present[index - 1]!.at <= position.at),
    notes,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
