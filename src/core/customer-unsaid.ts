// What a reflection must never say back, learned (issue 12): a two-label model over the words
// of a clause, trained on the `must_not_echo` labels of the customer-message set's train parts
// (scripts/train-customer.mjs), catches insults, accusations, sarcasm, threats and
// self-deprecation in wordings the hand-written shapes (lang/*/customer-hostile.ts) never saw.
// A clause it flags is cut at its inner joints and only the longest run of parts it does not
// flag is said back, so the fact beside an insult stays ("the driver left it in the rain, the
// clown" keeps what the driver did); when no part is sayable the clause goes whole.
import { probabilityOfYes, type Features, type LinearModel } from './customer-model';

export interface UnsaidModel {
  model: LinearModel<'no' | 'yes'>;
  /** A clause at least this likely to say what must not be said back is not said as it is. */
  floor: number;
}

export interface Sayable {
  /** The part to say back, or null: nothing in the clause can be. */
  said: string | null;
  /** The parts left out, so no other clause says them again. */
  unsaid: string[];
}

/** How a language cuts a clause into parts. */
export interface InnerParts {
  /** Where a clause may be cut (a global pattern): a part starts where a match ends. */
  joints: RegExp;
  /** A part that can open what is said back ("and the box was wet"; not "with ..."). */
  opens: RegExp;
}

/** The offsets where the parts of a clause start, the first being 0. */
function partStarts(clause: string, joints: RegExp): number[] {
  const cuts = [...clause.matchAll(joints)].map((found) => found.index + found[0].length);
  return [0, ...cuts.filter((at) => at > 0 && at < clause.length)];
}

/**
 * The clause's leading parts that keep within `maxWords` (a message typed without punctuation is
 * one long clause); the clause itself when even its first part is longer.
 */
export function leadingParts(clause: string, parts: InnerParts, maxWords: number): string {
  const starts = partStarts(clause, parts.joints);
  let kept = clause;
  for (let at = starts.length - 1; at > 0 && wordCount(kept) > maxWords; at--) kept = clause.slice(0, starts[at]).trim();
  return wordCount(kept) <= maxWords ? kept : clause;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The clause with its unsayable parts left out; `features` reads a part as the model does. */
export function sayablePart(clause: string, unsaid: UnsaidModel, features: (part: string) => Features, parts: InnerParts): Sayable {
  return sayableRun(clause, (text) => probabilityOfYes(unsaid.model, features(text)) >= unsaid.floor, parts);
}

/**
 * The clause with the parts `flagged` finds unsayable left out (the learned model, or a language's
 * own word lists). By default a clause `flagged` passes as a whole is said whole; `partsOnly`
 * looks at its parts alone (a demand is a part of "it broke again so send me a new one").
 */
export function sayableRun(clause: string, flagged: (text: string) => boolean, parts: InnerParts, partsOnly = false): Sayable {
  if (!partsOnly && !flagged(clause)) return { said: clause, unsaid: [] };
  const starts = partStarts(clause, parts.joints);
  const pieces = starts.map((start, at) => clause.slice(start, starts[at + 1] ?? clause.length));
  const sayable = pieces.map((piece) => /[\p{L}\d]{2}/u.test(piece) && !flagged(piece));
  if (partsOnly && sayable.every(Boolean)) return { said: clause, unsaid: [] };
  // The longest run of neighbouring sayable parts, in words: a part cut out of the middle would leave a sentence no one wrote.
  let best: { from: number; to: number; words: number } | null = null;
  for (let from = 0; from < pieces.length; from++) {
    if (!sayable[from] || (from > 0 && !parts.opens.test(pieces[from]!))) continue;
    let to = from;
    while (to + 1 < pieces.length && sayable[to + 1]) to++;
    const words = wordCount(pieces.slice(from, to + 1).join(''));
    if (!best || words > best.words) best = { from, to, words };
    from = to;
  }
  // No part is sayable, or each part is but they say it together ("either you don't know ... or you're hoping ..."): the clause goes.
  if (!best || best.to - best.from + 1 === pieces.length) return { said: null, unsaid: [clause] };
  return {
    said: pieces.slice(best.from, best.to + 1).join('').trim(),
    unsaid: pieces.filter((_, at) => at < best!.from || at > best!.to).map((piece) => piece.trim()),
  };
}
