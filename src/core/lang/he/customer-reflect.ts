// A reflection drafted from a Hebrew customer's message (issue 12; seed 003): the problem and
// its concrete impact, clause by clause, in the agent's words. Clauses that must never be
// said back are left out (questions, demands unless they carry the impact, threats, insults
// and accusations, judgements, sarcasm, self-deprecation); the rest are turned from first
// person to second with the customer's gender kept (reflect.ts), and joined into one sentence
// of at most about 30 words, the clauses that matter least going first. A clause that cannot
// be turned safely is left out; only when nothing else is left is the customer quoted.
import {
  ACCUSATION, ANGER, COMPLAIN, hebrewCuePattern, IMPACT, INSULT, JUDGEMENT, LEAVE, PERSONAL_THREAT, PRAISE, PROBLEM, SARCASTIC_EMOJI, SELF_DEPRECATION,
} from './customer-cues';
import { hebrewClauses, SIGN_OFF, type Clause } from './customer-clauses';
import { isHebrewDemand } from './customer-demands';
import { genderOf, stripEnd, turnSentence, wordsOf, type Gender } from './reflect';

export const MAX_WORDS = 30;
export const SHORT_WORDS = 16;

const NEVER_ECHO = hebrewCuePattern([...INSULT, ...PERSONAL_THREAT, ...ACCUSATION, ...LEAVE, ...COMPLAIN, ...JUDGEMENT, ...SELF_DEPRECATION, ...ANGER], '');
const PRAISED = hebrewCuePattern(PRAISE, '');
const PROBLEM_WORD = hebrewCuePattern(PROBLEM, '');
const PROBLEM_WORDS = hebrewCuePattern(PROBLEM);
const IMPACT_WORDS = hebrewCuePattern(IMPACT);
const THREAT_LEAD = /^(?:ו?אם לא|ו?אחרת|או ש|או שאני|ואם|אם זה לא|אם אין|אם הוא|אם היא|אם אתם)(?![\u05D0-\u05EA])/u;
const FILLER_LEAD = /^(?:(?:ו?פשוט|ו?בקיצור|ו?באמת|ו?תקשיבו|ו?שמעו|ו?אז|ו?טוב|ו?נו|וגם|ו?בכלל)(?![\u05D0-\u05EA])[,\s]*)+/u;
const FEELING_ONLY = /^(?:ו?אני\s+)?(?:ממש\s+|כל כך\s+|נורא\s+|מאוד\s+|פשוט\s+)*(?:לחוץ|לחוצה|בלחץ|מפחד|מפחדת|בהלם|מודאג|מודאגת|דואג|דואגת|בפאניקה|מיואש|מיואשת|מתוסכל|מתוסכלת|עצבני|עצבנית|בוכה|מבולבל|מבולבלת)(?:\s+\S+){0,2}$/u;
/** "אני צריכה אותה עד חמישי כי ...": a demand that says what is at stake. */
const NEED_FOR = /(?:צריך|צריכה|צריכים|חייב|חייבת)\s+(?:את זה|אותו|אותה|אותם|אותן)\s+(?:ל|בשביל|עד)/u;
const EVIDENCE = /(?:^|\s)(?:ויש|יש) (?:לי|לנו) (?:את ה|ה)?(?:תמונות|צילומים|קבלה|קבלות|אישור|אסמכתא|הוכחה|הוכחות|מייל|סרטון|הקלטה)/u;

interface Piece extends Clause {
  text: string;
  score: number;
}

export interface HebrewReflection {
  reflection: string | null;
  reflectionShort: string | null;
}

export function hebrewReflection(message: string, sarcastic: boolean): HebrewReflection {
  const gender = genderOf(message);
  const clauses = hebrewClauses(message);
  const pieces: Piece[] = [];
  let first = true;
  let quotable: string | null = null;
  for (const clause of clauses) {
    const raw = message.slice(clause.start, clause.end).replace(FILLER_LEAD, '');
    if (!worthReflecting(raw, clause, sarcastic)) continue;
    const turned = turnSentence(raw, gender);
    if (turned === null) {
      quotable ??= stripEnd(raw);
      continue;
    }
    pieces.push({ ...clause, text: turned, score: importance(raw, first) - clause.index * 0.01 });
    first = false;
  }
  if (pieces.length === 0) return { reflection: quotable === null ? null : `"${quotable}"`, reflectionShort: null };
  const full = fit(pieces, MAX_WORDS);
  const reflection = render(full);
  const short = wordsOf(reflection).length > SHORT_WORDS ? render(fit(full, SHORT_WORDS)) : null;
  return { reflection, reflectionShort: short !== null && short !== reflection ? short : null };
}

function worthReflecting(raw: string, clause: Clause, sarcastic: boolean): boolean {
  const plain = stripEnd(raw);
  if (!/[\u05D0-\u05EA]{2}/u.test(plain) || clause.question || SIGN_OFF.test(plain)) return false;
  if (/^(?:תודה|בבקשה|דחוף|עזרה|הלו|נו|די|נמאס|יופי|וואו)$/u.test(plain)) return false;
  if (THREAT_LEAD.test(plain) || NEVER_ECHO.test(plain) || SARCASTIC_EMOJI.test(raw)) return false;
  if (PRAISED.test(plain) && (sarcastic || !PROBLEM_WORD.test(plain))) return false;
  if (FEELING_ONLY.test(plain)) return false;
  if (isHebrewDemand(plain) && !NEED_FOR.test(plain)) return false;
  return true;
}

function importance(clause: string, first: boolean): number {
  let score = 1;
  const problems = clause.match(PROBLEM_WORDS)?.length ?? 0;
  const impact = clause.match(IMPACT_WORDS)?.length ?? 0;
  if (problems > 0) score += 2 + Math.min(problems - 1, 2) * 0.3;
  if (impact > 0) score += 1.5 + Math.min(impact - 1, 2) * 0.3;
  if (/\d|(?<![\u05D0-\u05EA])(?:פעמיים|שלוש|ארבע|חמש|שבועיים|חודשיים|יומיים|שעתיים|שנה|חצי)(?![\u05D0-\u05EA])/u.test(clause)) score += 1.5;
  if (/(?:מחר|אתמול|היום|הלילה|שבוע|חודש|שעה|שעות|ימים|דקות|יום [א-ת]+)/u.test(clause)) score += 0.5;
  if (first) score += 1;
  if (EVIDENCE.test(clause)) score -= 1.5;
  const count = wordsOf(clause).length;
  if (count <= 2) score -= 1;
  return score - count * 0.03;
}

function fit(pieces: Piece[], limit: number): Piece[] {
  const kept = [...pieces];
  while (kept.length > 1 && kept.reduce((sum, piece) => sum + wordsOf(piece.text).length, 0) + (kept.length - 1) > limit) {
    let worst = 0;
    for (let at = 1; at < kept.length; at++) if (kept[at]!.score <= kept[worst]!.score) worst = at;
    kept.splice(worst, 1);
  }
  return kept;
}

/** Runs of neighbouring clauses keep their own joints; runs are joined with commas and a last "ו". */
function render(pieces: Piece[]): string {
  const runs: string[] = [];
  let previous: Piece | undefined;
  for (const piece of pieces) {
    const neighbour = previous && previous.sentence === piece.sentence && previous.index + 1 === piece.index;
    if (neighbour) runs[runs.length - 1] += piece.joint + piece.text;
    else runs.push(piece.text);
    previous = piece;
  }
  const texts = runs.map((run, at) => {
    let words = stripEnd(run).replace(/[\s,;:\-"')\]\p{Extended_Pictographic}\uFE0F\u200D]+$/u, '');
    if (at === 0) words = words.replace(/^(?:ו?(?:אבל|כי|אז|וגם)|ו?לכן)\s+/u, '');
    return words;
  });
  if (texts.length === 1) return texts[0]!;
  const last = texts[texts.length - 1]!;
  return `${texts.slice(0, -1).join(', ')}, ${joinedWithAnd(last)}`;
}

/** "ו" written on the next word ("והחבילה"), "ו-" before a number or a Latin word, nothing before a "but". */
function joinedWithAnd(clause: string): string {
  if (/^(?:ו|אבל|כי|אך)/u.test(clause)) return clause;
  if (/^[\u05D0-\u05EA]/u.test(clause)) return `ו${clause}`;
  return `ו-${clause}`;
}

export type { Gender };
