// The reply-structure meter: Reflect, Empathize, Answer, Offer, and notes when the order
// is off (COACHING.md, "Moves"; seed 001: empathy, then the answer, then what you can do).
import type { Templates } from './language';
import { MOVES, type Move, type MoveHit, type Span, type Structure } from './types';

type Step = keyof Structure['steps'];

const STEPS: { step: Step; moves: Move[] }[] = [
  { step: 'reflect', moves: ['reflection'] },
  { step: 'empathize', moves: ['empathy', 'apology'] },
  { step: 'answer', moves: ['answer'] },
  { step: 'offer', moves: ['alternative-offer'] },
];

/**
 * `refusals`: where the reply says no (the hits of the refusal rules, before reply-level
 * checks). `templates`: the reply language's, for the wording of the notes.
 */
export function structureOf(moves: MoveHit[], refusals: Span[], { structure: wording, offer }: Templates): Structure {
  const firstAt = (wanted: Move[]) => Math.min(...moves.filter((hit) => wanted.includes(hit.move)).map((hit) => hit.start));
  const positions = STEPS.map(({ step, moves: wanted }) => ({ step, name: wording.steps[step], at: firstAt(wanted) }));
  const present = positions.filter(({ at }) => Number.isFinite(at));
  const notes: string[] = [];
  present.forEach((later, index) => {
    const earlier = present.slice(0, index).find(({ at }) => at > later.at);
    if (earlier) notes.push(fill(wording.outOfOrder, { later: capitalise(later.name), earlier: earlier.name }));
  });
  const firstRefusal = Math.min(...refusals.map((span) => span.start));
  if (Number.isFinite(firstRefusal)) {
    const empathy = positions.find(({ step }) => step === 'empathize')!.at;
    if (!(empathy < firstRefusal)) notes.push(wording.refusalBeforeEmpathy);
    if (!moves.some((hit) => hit.move === 'alternative-offer' && hit.start > firstRefusal)) {
      notes.push(fill(wording.noOfferAfterRefusal, { offer }));
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

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
