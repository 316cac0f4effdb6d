// Context that keeps Hebrew findings about the agent's own meaning: a greeting the sentence
// opens with is not coached; quoted and reported speech ("אמרת ש...", "הנציג אמר לך ש...") is
// someone else's claim; a declined promise ("אני לא יכול להבטיח ש...") is honest, not a promise.
import type { Span } from '../../types';
import { tokenize, type Token } from './tokens';

const GREETING =
  /^(?:שלום|היי|הי|הלו|אהלן|אהלן וסהלן|ערב טוב|בוקר טוב|צהריים טובים|צהרים טובים|לילה טוב|יום טוב|ערב נעים|hi|hello|hey)(?:\s+[\u05D0-\u05EA\p{L}'"׳״.-]+){0,2}\s*[,!:.\u2014\u2013-]+\s*/iu;
const GREETING_ONLY = /^(?:שלום|היי|הי|הלו|אהלן|ערב טוב|בוקר טוב|צהריים טובים|צהרים טובים)(?:\s+[\u05D0-\u05EA'"׳״.-]+){0,2}[\s\p{P}\p{Extended_Pictographic}]*$/u;

/** Characters at the start of a sentence that greet the customer; all of it when the sentence is only a greeting. */
export function hebrewOpening(sentence: string): number {
  if (GREETING_ONLY.test(sentence)) return sentence.length;
  const greeting = GREETING.exec(sentence);
  if (!greeting) return 0;
  return /^[\s\p{P}\p{Extended_Pictographic}]*$/u.test(sentence.slice(greeting[0].length)) ? sentence.length : greeting[0].length;
}

/** Double quotes of any kind around words (a geresh inside a word, as in ד"ר, is no quote). */
const QUOTES = /(?<![\p{L}\p{N}])[שוהבכלמ]?["\u201C\u201D\u05F4][^"\u201C\u201D\u05F4\n]{1,200}["\u201C\u201D\u05F4](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])'[^'\n]{2,200}'(?![\p{L}\p{N}])/gu;

/** Verbs of saying in the second or third person, normalised (final letters written as ordinary ones). */
const SAYING = new Set([
  'אמרת', 'אמר', 'אמרה', 'אמרו', 'אמרתמ', 'כתבת', 'כתב', 'כתבה', 'כתבו', 'כתבתמ', 'טענת', 'טענ', 'טענה', 'טענו', 'ציינת', 'ציינ',
  'ציינה', 'ציינו', 'הסברת', 'הסביר', 'הסבירה', 'הסבירו', 'סיפרת', 'סיפר', 'סיפרה', 'סיפרו', 'הבטיח', 'הבטיחה', 'הבטיחו', 'מסרו', 'מסר',
  'מסרה', 'הודיעו', 'הודיע', 'הודיעה', 'אומר', 'אומרת', 'אומרימ', 'טוענ', 'טוענת', 'טוענימ', 'לדבריכ', 'לטענתכ', 'לדבריו', 'לדבריה', 'לדבריהמ',
]);
const TO_SOMEONE = new Set(['לכ', 'לי', 'לנו', 'לו', 'לה', 'להמ']);

/** Quoted and reported speech in a Hebrew sentence. */
export function hebrewQuoted(sentence: string): Span[] {
  const spans: Span[] = [...sentence.matchAll(QUOTES)].map((found) => ({ start: found.index, end: found.index + found[0].length }));
  const tokens = tokenize(sentence);
  for (let at = 0; at < tokens.length; at++) {
    const word = stripAnd(tokens[at]!.word);
    if (!SAYING.has(word) && !(word.startsWith('ש') && SAYING.has(word.slice(1)))) continue;
    let from = at + 1;
    if (tokens[from] && TO_SOMEONE.has(tokens[from]!.word)) from++;
    const first = tokens[from];
    if (!first) continue;
    // What was said is in quotes: the quotes end it.
    const quote = spans.find((span) => span.start <= first.start && first.start < span.end);
    spans.push({ start: first.start, end: quote ? quote.end : clauseEnd(sentence, tokens, from) });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function stripAnd(word: string): string {
  return word.startsWith('ו') && word.length > 3 ? word.slice(1) : word;
}

/** Where the clause holding tokens[from] ends: punctuation, or "אבל" / "אך". */
function clauseEnd(sentence: string, tokens: Token[], from: number): number {
  let end = tokens[from]!.end;
  for (let at = from + 1; at < tokens.length; at++) {
    const between = sentence.slice(tokens[at - 1]!.end, tokens[at]!.start);
    if (/[,;:.!?\u2014\u2013]|\s-\s/.test(between) || tokens[at]!.word === 'אבל' || tokens[at]!.word === 'אכ') break;
    end = tokens[at]!.end;
  }
  return end;
}

/** Words that promise or assert certainty, normalised. */
const PROMISE = /^(?:ו|ש|ל)?(?:להבטיח|מבטיח|מבטיחה|מבטיחימ|הבטחה|הבטחות|להתחייב|מתחייב|מתחייבת|התחייבות|בוודאות|בודאות|בטוח|בטוחה|בטוחימ|לדעת|לומר|להגיד)$/u;
const NEGATION = new Set(['לא', 'אינ', 'אינני', 'איני', 'אינו', 'אינה', 'אי', 'אינכ', 'בלי', 'ללא']);

/** Where a Hebrew sentence declines to promise: from the negation to the end of its clause. */
export function hebrewDeclined(sentence: string): Span[] {
  const tokens = tokenize(sentence);
  const spans: Span[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (!PROMISE.test(tokens[at]!.word)) continue;
    // "לא יכול להבטיח", "אין לי אפשרות להבטיח", "אי אפשר לדעת בוודאות": a negation a few words before.
    for (let back = at - 1; back >= Math.max(0, at - 4); back--) {
      if (NEGATION.has(tokens[back]!.word)) {
        spans.push({ start: tokens[back]!.start, end: clauseEnd(sentence, tokens, at) });
        break;
      }
    }
  }
  return spans;
}
