// The clauses of a Hebrew customer's message, as offsets into it (issue 12): sentences divide
// at commas, dashes and the words that open a clause ("כי", "אבל", "אחרת", "ואם"); greetings
// and sign-offs are no clause.
import type { Span } from '../../types';
import { quotedSpans } from '../../customer-text';
import { hebrewSentences } from './sentences';

export interface Clause extends Span {
  sentence: number;
  index: number;
  /** What joins it to the clause before it, as written. */
  joint: string;
  question: boolean;
}

const GREETING = /^(?:(?:שלום רב|שלום|היי|הי|הלו|בוקר טוב|ערב טוב|צהריים טובים|לילה טוב|אהלן|לכבוד [^,\n]{1,25}|יום טוב)(?=[\s,!.:?]|$)[\s,!.:?]*(?:[:;]-?[)(D]\s*)?)+/u;
export const SIGN_OFF = /^(?:תודה|תודה רבה|המון תודה|בברכה|בתודה|תודה מראש|מראש תודה)(?=[\s,!.]|$)[^.!?]{0,25}$/u;
/** Words a question opens with; from such a clause on, a sentence that ends in "?" asks. */
export const QUESTION_START =
  /^(?:ו?(?:מה|מתי|למה|איך|איפה|האם|מי|כמה|אפשר|יש אפשרות|תוכלו|תוכל|תוכלי|אתם יכולים|מישהו יכול|מישהי יכולה|איזה|איזו|היכן|ניתן|מאיפה|עד מתי|כמה זמן|הלו))(?![\u05D0-\u05EA])/u;

const JOINT =
  /\s*(?:,(?!\d)|;|:(?!\d)|\s[-\u2013\u2014]\s|\.\.\.)\s*|\s+(?=(?:כי|אבל|אך|אחרת|ואם|ואחרת|או ש|או שאני|ולכן|לכן|כך ש|למרות ש|בגלל ש|כדי ש|ואז|וגם|ועדיין|ועכשיו|ואף|ושום|ואני|ואתם|והם|והוא|והיא|וכל|ובסוף|ומאז|שוב|ורק|וכשאני|ואין|ולא|אז|ואשמח|ונשמח|ואבקש|ות[\u05D0-\u05EA]{2,}ו|ושת[\u05D0-\u05EA]{2,}ו)(?![\u05D0-\u05EA]))/gu;

/** Sentences, also where the shared splitter takes a Latin letter for an abbreviation ("מסוג C. אפשר ..."). */
function sentencesOf(text: string): Span[] {
  return hebrewSentences(text).flatMap((span) => {
    const out: Span[] = [];
    let start = span.start;
    for (const found of text.slice(span.start, span.end).matchAll(/(?<=[A-Za-z0-9])\.\s+(?=[\u05D0-\u05EA])/g)) {
      out.push({ start, end: span.start + found.index + 1 });
      start = span.start + found.index + found[0].length;
    }
    out.push({ start, end: span.end });
    return out;
  });
}

export function hebrewClauses(text: string): Clause[] {
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
    for (const found of body.matchAll(JOINT)) {
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
      if (asks && QUESTION_START.test(clause.replace(/^(?:ו?בבקשה|אז)\s+/u, ''))) asking = true;
      out.push({ start: start + from, end: start + to, sentence, index: index++, joint: piece.joint, question: asking || (asks && number === pieces.length - 1) });
    });
  });
  return out;
}
