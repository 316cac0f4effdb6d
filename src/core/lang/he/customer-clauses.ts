// The clauses of a Hebrew customer's message, as offsets into it (issue 12): sentences divide
// at commas, dashes and the words that open a clause ("כי", "אבל", "אחרת", "ואם"); greetings
// (with the writer's name after them: "היי זאת רותם,") and sign-offs are no clause.
import { splitClauses, type Clause } from '../../customer-clauses';
import type { Span } from '../../types';
import { hebrewSentences } from './sentences';

export type { Clause };

const GREETING = /^(?:(?:שלום רב|(?:שלום|היי|הי|אהלן) שוב|שלום|היי|הי|הלו|בוקר טוב|ערב טוב|צהריים טובים|לילה טוב|אהלן|לכבוד [^,\n]{1,25}|יום טוב)(?=[\s,!.:?]|$)[\s,!.:?]*(?:[:;]-?[)(D]\s*)?)+(?:(?:זאת|זו|כאן|מדבר|מדברת)\s+[\u05D0-\u05EA]{2,}\s*[,.!]\s*)?/u;
export const SIGN_OFF = /^(?:תודה|תודה רבה|המון תודה|בברכה|בתודה|תודה מראש|מראש תודה)(?=[\s,!.]|$)[^.!?]{0,25}$/u;
/** Words a question opens with; from such a clause on, a sentence that ends in "?" asks. */
export const QUESTION_START =
  /^(?:ו?(?:מה|מתי|למה|איך|איפה|האם|מי|כמה|אפשר|יש אפשרות|תוכלו|תוכל|תוכלי|אתם יכולים|מישהו יכול|מישהי יכולה|איזה|איזו|היכן|ניתן|מאיפה|עד מתי|כמה זמן|הלו))(?![\u05D0-\u05EA])/u;

/**
 * An order and its "ש" form, as a pattern's source: "תחזירו", "שתבטלו", "תבטלי" (to a woman); not
 * "תיקנתי", a first-person past. A clause opens at one after "ו"; customer-demands.ts reads it as a demand.
 */
export const ORDER_WORD = String.raw`ש?ת[\u05D0-\u05EA]{2,}(?:ו|(?<!ת)י)`;

const JOINT = new RegExp(
  String.raw`\s*(?:,(?!\d)|;|:(?!\d)|\s[-\u2013\u2014]\s|\.\.\.)\s*|\s+(?=(?:כי|אבל|אך|אחרת|ואם|ואחרת|או ש|או שאני|ולכן|לכן|כך ש|למרות ש|בגלל ש|כדי ש|ואז|וגם|ועדיין|ועכשיו|ואף|ושום|ואני|ואתם|והם|והוא|והיא|וכל|ובסוף|ומאז|שוב|ורק|וכשאני|ואין|ולא|אז|ואשמח|ונשמח|ואבקש|ו${ORDER_WORD})(?![\u05D0-\u05EA]))`,
  'gu',
);

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
  return splitClauses(text, {
    sentences: sentencesOf,
    greeting: (sentence) => GREETING.exec(sentence)?.[0].length ?? 0,
    signOff: SIGN_OFF,
    joint: JOINT,
    questionStart: QUESTION_START,
    questionLead: /^(?:ו?בבקשה|אז)\s+/u,
    reason: /^(?:כי|בגלל|מכיוון|כיוון ש|כדי ש)(?![\u05D0-\u05EA])/u,
  });
}
