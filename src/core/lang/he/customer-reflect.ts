// A reflection drafted from a Hebrew customer's message (issue 12; seed 003): the problem and
// its concrete impact, clause by clause, in the agent's words. Clauses that must never be
// said back are left out (questions, demands unless they carry the impact, threats, insults
// and accusations, judgements, sarcasm, self-deprecation); the rest are turned from first
// person to second with the customer's gender kept (reflect.ts), and joined into one sentence
// of at most about 30 words, the clauses that matter least going first. A clause that cannot
// be turned safely is left out; only when nothing else is left is the customer quoted.
import {
  ACCUSATION, ANGER, COMPLAIN, hebrewCuePattern, IMPACT, INSULT, INSULT_PREFIXES, JUDGEMENT, LEAVE, PERSONAL_THREAT, PRAISE, PROBLEM, SARCASTIC_EMOJI, SELF_DEPRECATION,
} from './customer-cues';
import { withoutUnopenedClosers } from '../../customer-text';
import { walkClauses, type ClauseReading } from '../../customer-walk';
import { hebrewClauses, SIGN_OFF, type Clause } from './customer-clauses';
import { hostileShape, withoutHostileWords } from './customer-hostile';
import { isHebrewDemand } from './customer-demands';
import { add, probabilityOfYes, type Features } from '../../customer-model';
import { chooseClauses } from '../../customer-select';
import { HEBREW_CLAUSE_FLOOR, HEBREW_CLAUSE_MODEL, HEBREW_UNSAID } from './customer-model';
import { HEBREW_INNER_PARTS, hebrewUnsaidFeatures } from './customer-unsaid';
import { sayablePart, type UnsaidModel } from '../../customer-unsaid';
import { genderOf, stripEnd, turnSentence, wordsOf, type Gender } from './reflect';

/** "At most about 30 words" (issue 12): 32, the evaluation's line, as in English (chosen on dev in round three). */
export const MAX_WORDS = 32;
export const SHORT_WORDS = 16;

const NEVER_INSULT = hebrewCuePattern(INSULT, '', INSULT_PREFIXES);
const NEVER_ECHO = hebrewCuePattern([...PERSONAL_THREAT, ...ACCUSATION, ...LEAVE, ...COMPLAIN, ...JUDGEMENT, ...SELF_DEPRECATION, ...ANGER], '');
const PRAISED = hebrewCuePattern(PRAISE, '');
const PROBLEM_WORD = hebrewCuePattern(PROBLEM, '');
const PROBLEM_WORDS = hebrewCuePattern(PROBLEM);
const IMPACT_WORDS = hebrewCuePattern(IMPACT);
const THREAT_LEAD = /^(?:ו?אם לא|ו?אחרת|או ש|או שאני|ואם|אם זה לא|אם אין|אם הוא|אם היא|אם אתם)(?![\u05D0-\u05EA])/u;
const FILLER_LEAD = /^(?:(?:ו?פשוט|ו?בקיצור|ו?באמת|ו?תקשיבו|ו?שמעו|ו?אז|ו?טוב|ו?נו|וגם|ו?בכלל)(?![\u05D0-\u05EA])[,\s]*)+/u;
const FEELING_ONLY = /^(?:ו?אני\s+)?(?:ממש\s+|כל כך\s+|נורא\s+|מאוד\s+|פשוט\s+)*(?:לחוץ|לחוצה|בלחץ|מפחד|מפחדת|בהלם|מודאג|מודאגת|דואג|דואגת|בפאניקה|מיואש|מיואשת|מתוסכל|מתוסכלת|עצבני|עצבנית|בוכה|מבולבל|מבולבלת)(?:\s+\S+){0,2}$/u;
/** "אני צריכה אותה עד חמישי כי ...": a demand that says what is at stake. */
const NEED_FOR = /(?:צריך|צריכה|צריכים|חייב|חייבת)\s+(?:את זה|אותו|אותה|אותם|אותן|את ה[\u05D0-\u05EA]+)\s+(?:ל(?!פני)|בשביל)/u;
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
  const candidates = hebrewCandidates(message, sarcastic);
  if ('quote' in candidates) return { reflection: candidates.quote === null ? null : `"${candidates.quote}"`, reflectionShort: null };
  return hebrewReflectionFrom(message, candidates, candidates.map(({ features }) => probabilityOfYes(HEBREW_CLAUSE_MODEL, features)), HEBREW_CLAUSE_FLOOR);
}

/** A clause the reflection may keep, with what the clause model reads in it. */
export interface Candidate {
  piece: Piece;
  features: Features;
}

/**
 * The clauses worth saying back; when none can be turned, the one to quote instead. `unsaid` is
 * the learned "never say back" model (training passes the one it is choosing).
 */
export function hebrewCandidates(message: string, sarcastic: boolean, unsaid: UnsaidModel = HEBREW_UNSAID): Candidate[] | { quote: string | null } {
  const pieces = keptPieces(message, sarcastic, unsaid);
  if ('quote' in pieces) return pieces;
  return pieces.kept.map((piece, at) => ({ piece, features: clauseFeatures(message, piece, at, pieces.kept.length) }));
}

export function hebrewReflectionFrom(_message: string, candidates: Candidate[] | { quote: string | null }, values: number[], floor: number): HebrewReflection {
  if ('quote' in candidates) return { reflection: candidates.quote === null ? null : `"${candidates.quote}"`, reflectionShort: null };
  if (candidates.length === 0) return { reflection: null, reflectionShort: null };
  const choices = candidates.map(({ piece }, at) => ({ words: wordsOf(piece.text).length, value: values[at]! }));
  const chosen = chooseClauses(choices, MAX_WORDS, floor, 0);
  const reflection = render(chosen.map((at) => candidates[at]!.piece));
  if (wordsOf(reflection).length <= SHORT_WORDS) return { reflection, reflectionShort: null };
  const shortAt = chooseClauses(chosen.map((at) => choices[at]!), SHORT_WORDS, floor, 0).map((at) => chosen[at]!);
  const short = render(shortAt.map((at) => candidates[at]!.piece));
  return { reflection, reflectionShort: short !== reflection ? short : null };
}

/** What the clause model reads in a clause: cues, numbers, where it stands, how it starts (not its words: scripts/train-customer.mjs). */
function clauseFeatures(message: string, piece: Piece, at: number, count: number): Features {
  const raw = message.slice(piece.start, piece.end);
  const features: Features = new Map();
  add(features, 'prior', piece.score / 5);
  add(features, 'problem', Math.min(raw.match(PROBLEM_WORDS)?.length ?? 0, 3));
  add(features, 'impact', Math.min(raw.match(IMPACT_WORDS)?.length ?? 0, 3));
  if (/\d/.test(raw)) add(features, 'digit');
  if (/₪|ש"ח|שקל|\$|€/.test(raw)) add(features, 'money');
  if (/(?:מחר|אתמול|היום|הלילה|שבוע|חודש|שעה|שעות|ימים|דקות|יום [א-ת]+|בוקר|ערב)/u.test(raw)) add(features, 'time');
  if (EVIDENCE.test(raw)) add(features, 'evidence');
  if (/^ו?(?:אני|אנחנו|שלי|לי)(?![\u05D0-\u05EA])/u.test(raw)) add(features, 'start:me');
  else if (/^ו?(?:אתם|שלכם|לכם|הנציג|הנציגה|השליח|הטכנאי)(?![\u05D0-\u05EA])/u.test(raw)) add(features, 'start:you');
  else if (/^(?:ו|כי|אבל|אז|ולכן)/u.test(raw)) add(features, 'start:joint');
  if (/(?<![\u05D0-\u05EA])[ושכ]?(?:לא|אין|בלי|אף|שום|ללא)(?![\u05D0-\u05EA])/u.test(raw)) add(features, 'negation');
  if (/[\u05D0-\u05EA]{2,}תי(?![\u05D0-\u05EA])/u.test(raw)) add(features, 'past-me');
  if (at === 0) add(features, 'pos:first');
  if (at === count - 1) add(features, 'pos:last');
  add(features, 'pos:rel', count > 1 ? at / (count - 1) : 0);
  if (piece.sentence === 0) add(features, 'pos:sentence0');
  const words = wordsOf(raw).length;
  add(features, words <= 3 ? 'len:short' : words <= 8 ? 'len:mid' : words <= 15 ? 'len:long' : 'len:very-long');
  return features;
}

/** Development aid: every clause and why it was left out (null: kept). */
export function explainHebrewReflection(message: string, sarcastic: boolean): { clause: string; why: string | null }[] {
  return walkClauses(hebrewClauses(message), clauseReading(message, sarcastic, new Map())).explain;
}

type Drop = 'empty' | 'question' | 'courtesy' | 'never-echo' | 'sarcasm' | 'feeling' | 'demand' | 'fragment' | 'piece' | 'untranslatable';

/**
 * A clause that makes a statement of its own, so it is no rest of the demand before it: it opens on
 * a pronoun ("אני", "הם"), on "כבר" or "עדיין", or on someone named with "ה" and what they did
 * ("המדריך צעק על הילדים שלי").
 */
const OWN_SUBJECT = /^ו?(?:אני|אנחנו|הוא|היא|הם|זה|זו|כבר|עדיין)(?![\u05D0-\u05EA])|^ו?ה[\u05D0-\u05EA]{3,}\s+[\u05D0-\u05EA]{2,}\s+\S/u;
const MOCK_DELIGHT =
  /^ו?(?:(?:ממש|כמה|איזה|פשוט|מה|כל כך)\s+)?(?:(?:נחמד|כיף|יופי|מרגש|מקסים|מעניין|מצחיק|מדהים)\s+(?:לגלות|לשמוע|לראות|לדעת|לקבל)\s+|שמח(?:ה|ים)?\s+(?:(?:לגלות|לשמוע|לראות)\s+)?)ש(?=[\u05D0-\u05EA])/u;

/**
 * The clause without "nice to find out that" ahead of what happened, and without an insult put as an adjective, when what is left says what happened (a
 * problem, a number, or five words and more: "המדריכה שלכם אמרה לו להכות אותו"); else as written.
 */
function said(clause: string): string {
  // "ממש נחמד לגלות שחייבתם אותי פעמיים", "ממש שמח ששילמתי ...": the mock delight goes, what was found out stays.
  const found = MOCK_DELIGHT.exec(clause);
  if (found) clause = clause.slice(found[0].length);
  const cleaned = withoutHostileWords(clause);
  return cleaned === clause || PROBLEM_WORD.test(cleaned) || wordsOf(cleaned).length >= 5 || /\d|(?<![\u05D0-\u05EA])(?:פעם|פעמיים|שתי|שלוש|ארבע|חמש|שש|שבע|שמונה|תשע|עשר)(?![\u05D0-\u05EA])/u.test(cleaned) ? cleaned : clause;
}

/** How the walk reads a Hebrew clause: fillers off; a clause that cannot be turned to second person safely is left out. */
function clauseReading(message: string, sarcastic: boolean, turned: Map<number, string | null>): ClauseReading<Drop> {
  const gender = genderOf(message);
  return {
    body: (clause) => said(message.slice(clause.start, clause.end)).replace(FILLER_LEAD, ''),
    dropReason: (raw, clause) => dropReason(raw, clause, sarcastic),
    continues: (why, raw) => continues(why, raw),
    keeps: (raw, clause) => {
      const turn = turnSentence(raw, gender);
      turned.set(clause.index, turn);
      return turn === null ? 'untranslatable' : null;
    },
    unsaid: ['never-echo', 'sarcasm', 'fragment'],
  };
}

/** The clauses to say back, turned; when none can be turned, the first that could not, to quote instead. */
function keptPieces(message: string, sarcastic: boolean, unsaid: UnsaidModel): { kept: Piece[] } | { quote: string | null } {
  const turned = new Map<number, string | null>();
  const walk = walkClauses(hebrewClauses(message), clauseReading(message, sarcastic, turned));
  const gender = genderOf(message);
  const left = [...walk.unsaid];
  // What the learned model reads as never to say back is cut out of a kept clause (or the clause goes).
  const kept = walk.kept.flatMap(({ clause, body, first }) => {
    const sayable = sayablePart(body, unsaid, (part) => hebrewUnsaidFeatures(part, sarcastic), HEBREW_INNER_PARTS);
    for (const part of sayable.unsaid) left.push({ clause: part, why: 'never-echo' });
    const text = sayable.said === body ? turned.get(clause.index)! : sayable.said === null ? null : turnSentence(sayable.said, gender);
    return text === null ? [] : [{ ...clause, text, score: importance(body, first) - clause.index * 0.01 }];
  });
  const clean = withoutEchoes(kept, left);
  if (clean.length > 0) return { kept: clean };
  const untranslatable = walk.explain.find(({ why }) => why === 'untranslatable');
  return { quote: untranslatable ? withinWords(stripEnd(untranslatable.clause), MAX_WORDS) : null };
}

/** A quote of at most `limit` words: a long message without punctuation is cut at a word, with an ellipsis. */
function withinWords(quote: string, limit: number): string {
  const words = wordsOf(quote);
  return words.length <= limit ? quote : `${words.slice(0, limit).join(' ')}…`;
}

function continues(why: Drop, raw: string): boolean {
  if (/\d|(?<![\u05D0-\u05EA])(?:פעמיים|שתיים|שלוש|ארבע|חמש|שבועיים|חודשיים|יומיים|שעתיים)(?![\u05D0-\u05EA])/u.test(raw)) return false;
  if (why === 'sarcasm') return /^(?:ו|אז|כי|ש)/u.test(raw) || (!/(?<![\u05D0-\u05EA])(?:ה?(?:ראשונה|שנייה|שלישית|רביעית|חמישית|ראשון|שני|שלישי|רביעי|חמישי)|אחת|שתי|שלושה|ארבעה|חמישה|עשרה|עשר)(?![\u05D0-\u05EA])/u.test(raw));
  // "אני רוצה את ההחזר עכשיו ולא בעוד חודש", "אשמח לפיצוי, אולי הנחה": the rest of the demand.
  if (why === 'demand') return wordsOf(raw).length <= 5 && !OWN_SUBJECT.test(raw);
  return why === 'never-echo' && !PROBLEM_WORD.test(raw) && /^ו/u.test(raw);
}

function dropReason(raw: string, clause: Clause, sarcastic: boolean): Drop | null {
  const plain = stripEnd(raw);
  if (!/[\u05D0-\u05EA]{2}|\d/u.test(plain)) return 'empty';
  if (clause.question) return 'question';
  if (SIGN_OFF.test(plain) || /^(?:תודה|בבקשה|דחוף|עזרה|הלו|נו|די|נמאס|יופי|וואו|סליחה|שלום)$/u.test(plain) || (/^ו?בבקשה(?![\u05D0-\u05EA])/u.test(plain) && wordsOf(plain).length <= 3) || /^ו?(?:תודה|סליחה)(?![\u05D0-\u05EA])/u.test(plain)) return 'courtesy';
  // "ואם לא נעביר את התשלום בזמן אנחנו עלולים לאבד את הדירה": what is at stake under a condition, no threat.
  const stake = THREAT_LEAD.test(plain) && /(?<![\u05D0-\u05EA])(?:עלול|עלולה|עלולים|נאבד|אאבד|לאבד|נפסיד|אפסיד|להפסיד|לא אוכל|לא נוכל)(?![\u05D0-\u05EA])/u.test(plain) && !NEVER_ECHO.test(plain);
  if ((THREAT_LEAD.test(plain) && !stake) || NEVER_ECHO.test(plain) || NEVER_INSULT.test(plain) || hostileShape(plain)) return 'never-echo';
  if (SARCASTIC_EMOJI.test(raw)) return 'sarcasm';
  const words = wordsOf(plain).length;
  if (PRAISED.test(plain) && (sarcastic || (words <= 4 && !PROBLEM_WORD.test(plain)))) return 'sarcasm';
  if (sarcastic && /^(?:ממש|באמת|פשוט|איזה|כמה|הכי)(?![\u05D0-\u05EA])/u.test(plain) && !PROBLEM_WORD.test(plain)) return 'sarcasm';
  // "כנראה שבעירייה שלנו חצי שנה זה זמן טיפול סביר" in a sarcastic message; "אבל למה להתרגש": a question no one asks.
  const apparently = /^ו?(?:כנראה|מסתבר|מן הסתם)(?![\u05D0-\u05EA])|^ו?(?:כנראה|מסתבר) ?ש/u.test(plain);
  if (apparently && (sarcastic || /(?<![\u05D0-\u05EA])(?:סביר|הגיוני|נורמלי|מקובל|בסדר)(?![\u05D0-\u05EA])/u.test(plain))) return 'sarcasm';
  if (/^(?:אבל\s+|ו)?למה\s+ל[\u05D0-\u05EA]{3,}$/u.test(plain)) return 'sarcasm';
  if (FEELING_ONLY.test(plain)) return 'feeling';
  if (isHebrewDemand(plain) && !NEED_FOR.test(plain)) return 'demand';
  // "גאונות.", "כסף זרוק": a word or two with nothing that happened in them.
  if (words <= 2 && !/\d/.test(plain) && !PROBLEM_WORD.test(plain) && !/(?:תי|נו|תם|ו)(?![\u05D0-\u05EA])/u.test(plain)) return clause.joint === '' || sarcastic ? 'fragment' : 'piece';
  // "הזמנה 77310", "מספר לקוח 4471": a reference the agent has anyway.
  if (/^(?:מספר\s+)?(?:הזמנה|הזמנה מספר|לקוח|תיק|פנייה|קריאה|אסמכתא|חשבון|פוליסה|משלוח)(?:\s+מספר)?[\s:#]*[\dA-Za-z-]*\d[\dA-Za-z-]*$/u.test(plain)) return 'piece';
  return null;
}

/** A kept clause must not say again most of what a left-out one said. */
function withoutEchoes(kept: Piece[], unsaid: { clause: string }[]): Piece[] {
  const banned = unsaid.map(({ clause }) => new Set(contentWords(clause))).filter((words) => words.size > 0);
  if (banned.length === 0) return kept;
  return kept.filter((piece) => {
    const own = new Set(contentWords(piece.text));
    return banned.every((words) => {
      const still = [...words].filter((word) => own.has(word)).length;
      return words.size <= 2 ? still < words.size : still <= words.size / 2;
    });
  });
}

const STOP_WORDS = new Set(
  'של את על עם אל זה זו זאת הוא היא הם הן אני אתה אנחנו אתם לי לך לו לה לנו לכם להם שלי שלך שלו שלה שלנו שלכם שלהם אותי אותך אותו אותה אותנו אתכם אותם כי או אבל גם רק עוד כל יש אין לא כן מה מי איך למה מתי איפה אם כמו היה הייתה היו אז כך עד ממש באמת פשוט כבר'.split(' '),
);

/** Words of a clause without the little ones, prefix letters taken off. */
function contentWords(clause: string): string[] {
  return (clause.match(/[\u05D0-\u05EA\d][\u05D0-\u05EA\d"']*/gu) ?? [])
    .map((word) => word.replace(/["']/g, ''))
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => (word.length > 3 ? word.replace(/^[ושהכלבמ]{1,2}(?=[\u05D0-\u05EA]{3})/u, '') : word))
    .map((word) => (word.endsWith('תי') && word.length > 3 ? word.slice(0, -1) : word))
    .filter((word) => !STOP_WORDS.has(word) && word.length > 1);
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
    let words = withoutEnd(run);
    if (at === 0) words = words.replace(/^(?:ו?(?:אבל|כי|אז|וגם)|ו?לכן)\s+/u, '').replace(/^ו(?=(?:עדיין|אין|לא|אף|שום|כל|עכשיו|גם|את|אתה|אתם|הם|היא|הוא|בסוף|מאז|רק|כבר)(?![\u05D0-\u05EA])|ה[\u05D0-\u05EA]{2})/u, '');
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

/** The run without its closing punctuation; a closing quotation mark stays when the run opened it. */
function withoutEnd(run: string): string {
  return withoutUnopenedClosers(stripEnd(run).replace(/[\s,;:\-\p{Extended_Pictographic}\uFE0F\u200D]+$/u, ''));
}

export type { Gender };
