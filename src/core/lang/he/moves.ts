// The moves of a good reply, found in a Hebrew sentence (COACHING.md, "Moves"): the
// structure meter reads them. Phrases use the same matcher as the policy rules.
import type { Move, MoveHit } from '../../types';
import { readTokens, type ReadTokens } from './match-phrase';
import { parsePhrase, type Phrase } from './phrase';
import { spansOf } from './rules';

/** Moves said in set phrases; an answer and a next step with a time are recognised by answer() and nextStepWithTime(). */
const MOVE_PHRASES: Partial<Record<Move, string[]>> = {
  reflection: [
    'אם אני מבין אותך? נכון',
    'אם הבנתי אותך? נכון',
    'לפי מה הבנתי/כתבת/סיפרת/תיארת',
    'הבנתי ש-',
    'אני מבין ש-',
    'אני רואה ש-',
    'אני שומע ש-',
    'מה אני שומע זה',
  ],
  empathy: [
    'מתסכל', 'מבאס', 'מעצבן', 'מרגיז', 'מלחיץ', 'מאכזב', 'לא נעים', 'לחינם', 'לא פשוט', 'לא קל',
    'זה באמת/ממש? קשה', 'זה הרבה זמן', 'לא מה ציפית', 'מה לא צריך', 'תוקע לך', 'זה פוגע',
    'עוד כש-', 'לדמיין', 'אני מבין כמה', 'באסה', 'חבל ש-', 'מובן ש-',
  ],
  apology: ['מצטער', 'סליחה', 'מתנצל', 'התנצלותי', 'עמך הסליחה'],
  'alternative-offer': [
    'מה אני כן יכול', 'מה כן אפשר', 'אני כן? יכול ל-', 'אוכל ל-', 'נוכל ל-', 'תוכל ל-', 'אני מציע', 'אשמח ל-',
    'אם (אתה)? רוצה', 'אם תרצה', 'אם * לא מתאים', 'אם קשה לך', 'אם משהו', 'לחלופין', 'או ש-',
    'עד אז אפשר', 'בינתיים אפשר', 'אפשר גם', 'איזו אפשרות', 'מה נוח לך',
    'אם * אשלח/אקבע/אבדוק/אעביר/אחליף/אזמין/אתאם/אשריין/אחזיר/אזכה/אסדר/אדאג',
    // "... אבל אפשר להעביר אותם", "אבל יש שתי אפשרויות": the way forward after a no.
    'אבל אפשר/ניתן/יש/נוכל/אוכל/אשמח', 'אבל * כן', 'שתי/כמה/מספר אפשרויות', 'במקום זה', 'מה שכן',
    // "מה שאפשר לעשות הוא ...", "מה שאפשר: להקפיא את המנוי", "מה שנוכל: 5 שיעורים": the offer said without "I"
    // (rounds eleven and twelve; not "אין מה אפשר לעשות").
    'מה =שאפשר/=שניתן/=שנוכל/=שאוכל',
    // Round six: a step the customer can take, as a condition ("אם תעברי למסלול B, ...").
    'אם תעבור/תעברי/תעברו/תבחר/תבחרי/תבחרו/תעלה/תעלי/תעלו', 'אם תוסיף/תוסיפי/תוסיפו/תחליף/תחליפי/תחליפו',
  ],
  'interest-question': [
    'מה הסיבה', 'דווקא', 'מה חשוב לך', 'מה הכי חשוב', 'מה היה נחשב', 'בעיניך', 'מה יעזור',
    'מה היה עוזר', 'לשאול מה קרה', 'לאיזה צורך', 'בשביל מה',
  ],
};

const COMPILED = Object.entries(MOVE_PHRASES).map(([move, phrases]) => ({ move: move as Move, phrases: phrases!.map(parsePhrase) }));

/** An offer said in the negative ("לא נוכל לעשות") is a refusal, not an offer. */
const NEGATIONS = new Set(['לא', 'אינ', 'אינני', 'אין']);

/**
 * A concrete time: 14:00, 20.3, a weekday, today, tomorrow, "within 3 days", "by the 10th",
 * or the "[שעה]" a suggested sentence leaves for the agent to fill in.
 */
const CONCRETE_TIME =
  /\[(?:שעה|יום ושעה)\]|\d{1,2}:\d{2}|\d{1,2}[./]\d{1,2}|(?:^|[\s,(])(?:[ולבמ]{0,2})(?:היום|מחר|הערב|הבוקר|מחרתיים)(?=$|[\s,.!?:;)])|יום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|(?:תוך|בתוך|בעוד)\s+(?:\d+|שעה|שעתיים|יומיים|חצי שעה)|עד (?:ה-?\d|סוף ה)|באותו יום/;
/** Words that look ahead: a future verb (א/נ/י/ת + three letters) or a slot booked "for tomorrow", "for Sunday". */
const FUTURE_VERB = /(?:^|[\s,])[ושכ]{0,2}[אנית][\u05D0-\u05EA]{3,}/g;
const NOT_FUTURE = new Set([
  'אני', 'אנחנו', 'אתה', 'אתם', 'אתן', 'איתך', 'אותך', 'אותו', 'אותה', 'אותם', 'איתו', 'אנא', 'איך', 'אין', 'אפשר', 'אבל', 'אחרי', 'אחר',
  'אליך', 'אלייך', 'אליכם', 'אצלך', 'אצלנו', 'ימים', 'ימי', 'יותר', 'יחד', 'תודה', 'תוך', 'בתוך', 'תמיד', 'נכון', 'אחד', 'אחת', 'ייתכן', 'יכול', 'יכולה',
  'יכולים', 'אמור', 'אמורה', 'אמורים', 'איזה', 'איזו', 'אישור', 'אתמול', 'נציג', 'נציגה', 'נוסף', 'נוספת', 'תשלום', 'תאריך', 'תקלה', 'אחרת', 'אחרים',
]);

/**
 * "קבעתי למחר", "ליום ראשון"; "אוכל לבדוק ולחזור אלייך עד 14:00"; "ומעדכנת אותך עד 16:00", "שולחת טכנאי ביום שלישי";
 * "אני מבטיחה לחזור אלייך עד 12:00".
 */
const BOOKED_OR_COMMITTED =
  /(?:^|\s)ל(?:מחר|היום|יום )|(?:^|\s)(?:ו|(?:מבטיח|מתחייב)(?:ה|ים|ות)?\s+)ל(?:חזור|עדכן|התקשר|שלוח|תאם|קבוע)(?=\s|$)|(?:^|\s)ו?(?:מעדכנ|שולח|מגיע|מתקשר)(?:ת|ים)?(?=\s|$)/;

function isFutureWord(word: string): boolean {
  const bare = word.trim().replace(/^[,\s]+/, '');
  if (NOT_FUTURE.has(bare)) return false;
  const unprefixed = bare.replace(/^[ושכ]{1,2}(?=[אנית])/, '');
  // Plural nouns end -ים/-ות; "יצאה", "ירדה" are past tense (the future is "תצא").
  return !NOT_FUTURE.has(unprefixed) && !/ים$|ות$/.test(unprefixed) && !/^י.*ה$/.test(unprefixed);
}

/** "היי אריאל," opens many replies; a name like "אריאל" or "יונתן" is not a future verb. */
const GREETING_AND_NAME = /^(?:שלום|היי|הי|בוקר טוב|ערב טוב)\s+[^\s,]+/;

function nextStepWithTime(sentence: string): MoveHit[] {
  if (!CONCRETE_TIME.test(sentence)) return [];
  const body = sentence.replace(GREETING_AND_NAME, '');
  const future = [...body.matchAll(FUTURE_VERB)].some((found) => isFutureWord(found[0])) || BOOKED_OR_COMMITTED.test(body);
  return future ? [{ move: 'next-step-with-time', start: 0, end: sentence.length }] : [];
}

/** A plain answer: a number or amount, an "it can / can't be done", or something the agent did ("החזרתי", "שלחתי"). */
const ANSWER_CUES = /\d|₪|(?:^|\s)[ו]?(?:אפשר|ניתן|אי אפשר|לא ניתן|יכולים|לא יכולים)(?=\s|$|[,.])|(?:^|\s)[ו]?[\u05D0-\u05EA]{2,}תי(?=\s|$|[,.:])/;
const NOT_AN_ACTION = /(?:^|\s)[ושכ]*(?:הבנתי|שמעתי|אמרתי|ראיתי|חשבתי|מתי|שתי|אותי|איתי|אליי|עליי|ממני)(?=\s|$|[,.:])/g;

/** A sentence this long that is not a question says something of substance. */
const ANSWER_WORDS = 7;

/** `otherMoves`: a long sentence that already reflects, apologises or offers is not counted as an answer for its length. */
function answer(sentence: string, otherMoves: MoveHit[]): MoveHit[] {
  if (sentence.trim().endsWith('?')) return [];
  const cleaned = sentence.replace(NOT_AN_ACTION, ' ');
  const long = otherMoves.length === 0 && sentence.split(/\s+/).length >= ANSWER_WORDS;
  return ANSWER_CUES.test(cleaned) || long ? [{ move: 'answer', start: 0, end: sentence.length }] : [];
}

function phraseMoves(sentence: string, text: ReadTokens): MoveHit[] {
  const isQuestion = sentence.includes('?');
  return COMPILED.flatMap(({ move, phrases }) => {
    if (move === 'interest-question' && !isQuestion) return [];
    return phrases.flatMap((phrase: Phrase) => spansOf(phrase, text))
      .filter((span) => move !== 'alternative-offer' || !negated(span.start, text))
      .slice(0, 1)
      .map((span) => ({ move, ...span }));
  });
}

function negated(start: number, text: ReadTokens): boolean {
  const index = text.tokens.findIndex((token) => token.start === start);
  const before = index > 0 ? text.tokens[index - 1] : undefined;
  return before !== undefined && NEGATIONS.has(before.word);
}

export function findMoves(sentence: string): MoveHit[] {
  const text = readTokens(sentence);
  const phrases = phraseMoves(sentence, text);
  return [...phrases, ...answer(sentence, phrases), ...nextStepWithTime(sentence)];
}
