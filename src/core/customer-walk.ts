// Which clauses of a customer's message a reflection may say back (issue 12), the same walk in
// every language: each clause is read, and left out for a reason the language gives (a
// question, a demand, an insult, sarcasm ...). A clause that goes on from a left-out neighbour
// in the same sentence goes with it when the language says it continues it ("Oh great, so you
// get to keep my money"). What was left out for being something never to say back is kept
// aside, so the reflection can make sure no kept clause says it again.
import type { Clause } from './customer-clauses';

export interface ClauseReading<Why extends string> {
  /** The clause's words as the language reads them (fillers off, sarcastic praise undone ...). */
  body(clause: Clause): string;
  /** Why the clause is left out, or null. */
  dropReason(body: string, clause: Clause): Why | null;
  /** The clause goes on from a neighbour left out for `why`, and goes with it. */
  continues(why: Why, body: string, clause: Clause): boolean;
  /** A last check on a clause still kept (Hebrew: it can be turned to second person). */
  keeps?(body: string, clause: Clause): Why | null;
  /** Reasons whose clauses must never be said again by a kept one. */
  unsaid: readonly Why[];
}

export interface Walk<Why extends string> {
  kept: { clause: Clause; body: string; first: boolean }[];
  /** The clauses left out as never to be said back, with why. */
  unsaid: { clause: string; why: Why }[];
  /** Every clause, in the clauses' order, and why it was left out (null: kept). */
  explain: { clause: string; why: Why | null }[];
}

export function walkClauses<Why extends string>(clauses: Clause[], reading: ClauseReading<Why>): Walk<Why> {
  const walk: Walk<Why> = { kept: [], unsaid: [], explain: [] };
  let dropped: { clause: Clause; why: Why } | null = null;
  for (const clause of clauses) {
    const body = reading.body(clause);
    let why = reading.dropReason(body, clause);
    const neighbour = dropped && dropped.clause.sentence === clause.sentence && dropped.clause.index + 1 === clause.index;
    if (!why && neighbour && reading.continues(dropped!.why, body, clause)) why = dropped!.why;
    if (!why && reading.keeps) why = reading.keeps(body, clause);
    walk.explain.push({ clause: body, why });
    if (why) {
      dropped = { clause, why };
      if (reading.unsaid.includes(why)) walk.unsaid.push({ clause: body, why });
      continue;
    }
    dropped = null;
    walk.kept.push({ clause, body, first: walk.kept.length === 0 });
  }
  return walk;
}
