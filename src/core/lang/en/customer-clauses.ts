// The clauses of an English customer's message, as offsets into it: the units the reflection
// keeps or leaves out and the demands are found in. Sentences divide at commas, semicolons,
// dashes and the words that open a clause ("because", "or I'll", "and I ..."); greetings
// and sign-offs are no clause.
import { sentences } from '../../text-spans';
import type { Span } from '../../types';
import { ENGLISH_ABBREVIATIONS } from './abbreviations';
import { quotedSpans } from '../../customer-text';

export interface Clause extends Span {
  sentence: number;
  /** The clause's place in the message: neighbouring clauses of one sentence keep the words between them. */
  index: number;
  /** What joins it to the clause before it, as written (", and ", " because "). */
  joint: string;
  /** The clause asks something: it is in a question from the clause that asks on. */
  question: boolean;
}

export const GREETING =
  /^(?:(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|greetings|respected|bonjour|hola|namaste|to whom it may concern)\b[^,.!?:\n]{0,30}[,.!:]?\s*|(?:@[\w.]+(?![\w.])[,:]?\s*)+(?=\p{L}))/iu;
export const SIGN_OFF = /^(?:thanks?|thank you|many thanks|thx|ty|kind regards|regards|best|best wishes|cheers|sincerely|yours|warm regards|br|rgds)\b[^.!?]{0,40}$/i;
export const QUESTION_START =
  /^(?:please\s+)?(?:can|could|would|will|is|are|do|does|did|why|what|when|where|how|who|which|have|has|should|shall|may|might|any|anyone|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't)\b/i;
export const PLEASE_LEAD = /^(?:(?:so|and|but|then|now|just|simply|please|pls|plz|kindly)\s+)+/i;

/** Where a sentence divides into clauses: commas, semicolons, dashes, and the words that start a clause. */
const CLAUSE_JOINT =
  /\s*(?:[,;:](?!\d)|\s[-\u2013\u2014]\s|\.\.\.)\s*|\s+(?=(?:because|as (?:i|we|my|our|the|it)|since (?:i|we|my|our|the|it)|so (?:i|we|my|our|that|now|please|kindly|can|could)|or (?:i|i'll|i'm|i will|we|we'll|else)|otherwise|unless|which|while|whereas|although|though|even though|but|and (?:i|i'm|i've|we|we're|you|your|my|our|now|then|still|nobody|no one|it|they|he|she|this|that|there|when|the|also|yet|please|get|send|give|refund|fix|sort|cancel|remove|tell|make|pay|call|let)|yet)\b)/giu;

/** Sentences, also where the shared splitter takes a starred-out word's last letter for an abbreviation ("a clueless b***h. Refund me."). */
function sentencesOf(text: string): Span[] {
  return sentences(text, ENGLISH_ABBREVIATIONS).flatMap((span) => {
    const out: Span[] = [];
    let start = span.start;
    for (const found of text.slice(span.start, span.end).matchAll(/(?<=\*\p{L})\.\s+(?=\p{Lu})/gu)) {
      out.push({ start, end: span.start + found.index + 1 });
      start = span.start + found.index + found[0].length;
    }
    out.push({ start, end: span.end });
    return out;
  });
}

/** The clauses of a message (apostrophes straightened beforehand: offsets are unchanged). */
export function englishClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let index = 0;
  sentencesOf(text).forEach((span, sentence) => {
    let start = span.start;
    const greeting = GREETING.exec(text.slice(start, span.end));
    if (greeting) start += greeting[0].length;
    const body = text.slice(start, span.end);
    if (SIGN_OFF.test(body.trim())) return;
    const asks = /\?[\s"')\]\p{Extended_Pictographic}\uFE0F]*$/u.test(body);
    let asking = false;
    let joint = '';
    let at = 0;
    const pieces: { start: number; end: number; joint: string }[] = [];
    const quoted = quotedSpans(body);
    for (const found of body.matchAll(CLAUSE_JOINT)) {
      if (found[0].length === 0 && found.index === at) continue;
      if (quoted.some((span) => found.index > span.start && found.index < span.end)) continue;
      pieces.push({ start: at, end: found.index, joint });
      joint = found[0];
      at = found.index + found[0].length;
    }
    pieces.push({ start: at, end: body.length, joint });
    pieces.forEach((piece, number) => {
      let from = piece.start;
      let to = piece.end;
      while (from < to && /\s/.test(body[from]!)) from++;
      while (to > from && /[\s.!?,;:\u2026]/.test(body[to - 1]!)) to--;
      if (to <= from) return;
      const clause = body.slice(from, to);
      if (asks && QUESTION_START.test(clause.replace(PLEASE_LEAD, ''))) asking = true;
      out.push({ start: start + from, end: start + to, sentence, index: index++, joint: piece.joint, question: asking || (asks && number === pieces.length - 1) });
    });
  });
  return out;
}
