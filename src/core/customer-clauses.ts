// The clauses of a customer's message (issue 12), the same way in every language: the units a
// reflection keeps or leaves out and the demands are found in. Each language gives its
// sentences, its greeting and sign-off, where a sentence divides into clauses, and how a
// question opens; this file walks a message with them.
import { quotedSpans } from './customer-text';
import type { Span } from './types';

export interface Clause extends Span {
  sentence: number;
  /** The clause's place in the message: neighbouring clauses of one sentence keep the words between them. */
  index: number;
  /** What joins it to the clause before it, as written (", and ", " because "). */
  joint: string;
  /** The clause asks something: it is in a question from the clause that asks on. */
  question: boolean;
}

export interface ClauseGrammar {
  sentences(text: string): Span[];
  /** The greeting at a sentence's start, if any: its length is skipped ("Hi Sam, "). */
  greeting(sentence: string): number;
  /** A sentence that only signs off ("Thanks, Dana"). */
  signOff: RegExp;
  /** Where a sentence divides (global): the match is the joint between two clauses. */
  joint: RegExp;
  /** A clause that opens a question ("can", "why"; "מתי", "אפשר"), after `questionLead`. */
  questionStart: RegExp;
  /** Words ahead of a question's opening ("please", "so"; "בבקשה"). */
  questionLead: RegExp;
  /** A clause that gives a reason ("because ...", "כי ..."): it tells, even at the end of a question. */
  reason?: RegExp;
  /**
   * A clause that tells what happened though its sentence ends in a question mark, when no clause
   * before it opened a question ("I've just seen the course is moved to the 21st?").
   */
  told?: RegExp;
  /** The last clause of a tag question ("right", "innit"; "נכון"): the whole sentence asks, nothing in it is told. */
  tag?: RegExp;
  /** A clause that asks by its word order though the customer typed no question mark ("so what exactly did i pay for"). */
  askedWithoutMark?: RegExp;
}

/** A sentence that ends in a question mark (emoji and closing quotes aside). */
const ASKS = /\?[\s"')\]\p{Extended_Pictographic}\uFE0F]*$/u;

export function splitClauses(text: string, grammar: ClauseGrammar): Clause[] {
  const out: Clause[] = [];
  let index = 0;
  grammar.sentences(text).forEach((span, sentence) => {
    const start = span.start + grammar.greeting(text.slice(span.start, span.end));
    const body = text.slice(start, span.end);
    if (grammar.signOff.test(body.trim())) return;
    const asks = ASKS.test(body);
    let asking = false;
    let joint = '';
    let at = 0;
    const pieces: { start: number; end: number; joint: string }[] = [];
    const quoted = quotedSpans(body);
    for (const found of body.matchAll(grammar.joint)) {
      if (found[0].length === 0 && found.index === at) continue;
      if (quoted.some((quote) => found.index > quote.start && found.index < quote.end)) continue;
      pieces.push({ start: at, end: found.index, joint });
      joint = found[0];
      at = found.index + found[0].length;
    }
    pieces.push({ start: at, end: body.length, joint });
    const last = body.slice(pieces.at(-1)!.start).replace(/[\s.!?,;:\u2026"')\]\p{Extended_Pictographic}\uFE0F]+$/u, '').trim();
    const tagged = asks && pieces.length > 1 && (grammar.tag?.test(last) ?? false);
    pieces.forEach((piece, number) => {
      let from = piece.start;
      let to = piece.end;
      while (from < to && /\s/.test(body[from]!)) from++;
      while (to > from && /[\s.!?,;:\u2026]/.test(body[to - 1]!)) to--;
      if (to <= from) return;
      const clause = body.slice(from, to);
      if (asks && grammar.questionStart.test(clause.replace(grammar.questionLead, ''))) asking = true;
      const reason = grammar.reason?.test(clause) ?? false;
      const endsAsking = asks && number === pieces.length - 1 && !(grammar.told?.test(clause) ?? false);
      const unmarked = grammar.askedWithoutMark?.test(clause) ?? false;
      out.push({ start: start + from, end: start + to, sentence, index: index++, joint: piece.joint, question: !reason && (asking || endsAsking || tagged || unmarked) });
    });
  });
  return out;
}
