// Reads a customer's Hebrew message (COACHING.md, "The customer's message"): the mood, a
// reflection drafted from the customer's own words, and demands with an interest question
// (seed 004: "מה הסיבה שדווקא מחר?").
import type { CustomerReading, Demand, Mood } from '../../types';
import { containsPhrase, readTokens } from './match-phrase';
import { parsePhrase } from './phrase';
import { draftReflection } from './reflect';
import { hebrewSentences } from './sentences';
import { HEBREW_TEMPLATES } from './templates';

const MOOD_PHRASES: [Mood, string[]][] = [
  ['abusive', [
    'גנבים', 'אפסים', 'חבורה של', 'מטומטם', 'דביל', 'אידיוט', 'מפגר', 'טמבל', 'חרא', 'נוכלים', 'בני זונות', 'זונה',
    'תזדיין', 'שתישרפו', 'סתום', 'עושה לכם בלאגן', 'אני בא לסניף', 'אשבור',
  ]],
  ['angry', [
    'בושה', 'חוצפה', 'שערורייה', 'נמאס', 'אתבע', 'בלי תירוצים', 'אי אפשר לנהל', 'אני עוזב', 'לא ייאמן', 'זלזול',
    'מזלזלים', 'עבדו עליי', 'גניבה', 'אני דורש', 'מה זה ענייני', 'עד מתי',
  ]],
  ['frustrated', [
    'שוב', 'עדיין', 'כבר', 'הפעם השלישית', 'הפעם השנייה', 'אף אחד לא', 'כל פעם', 'מתסכל', 'מבלבל', 'נתקעתי', 'לא מצליח',
    'לא עובד', 'חיכיתי', 'מחכה', 'אף אחד', 'קרה בדיוק', 'נעלמו', 'באמצע',
  ]],
];
const COMPILED_MOODS = MOOD_PHRASES.map(([mood, phrases]) => ({ mood, phrases: phrases.map(parsePhrase) }));

const DEMAND_PHRASES = [
  'אני צריך', 'אני רוצה', 'אני דורש', 'אני מבקש', 'אני חייב', 'צריך ש-',
  'תבטל', 'תחזיר', 'תשלח', 'תתקן', 'תחליף', 'תדפיס', 'תזכה', 'תעביר',
].map(parsePhrase);
const INSISTING = parsePhrase('אני דורש');

/** When the customer wants it: the words used in the interest question ("עד מחר" asks, as seed 004 does, about "מחר"). */
const DEADLINE = /(?:^|[\s,])(?:עד |ל)?(מחר|היום)(?=$|[\s,.!?])|עד (?:יום [\u05D0-\u05EA]+|ה-?\d+|סוף ה[\u05D0-\u05EA]+)|תוך \d+ [\u05D0-\u05EA]+/;
const URGENT = /(?:^|[\s,])(?:דחוף|עכשיו|מיד|מייד|בהקדם|כמה שיותר מהר)(?=$|[\s,.!?])/;

export function readHebrewCustomer(message: string): Omit<CustomerReading, 'reflectionLine'> {
  const mood = moodOf(message);
  return {
    lang: 'he',
    mood,
    reflection: draftReflection(message, (clause) => !hasMood(clause, 'abusive') && !hasMood(clause, 'angry')),
    demands: demandsIn(message),
    boundary: mood === 'abusive' ? HEBREW_TEMPLATES.boundary : null,
  };
}

function hasMood(text: string, mood: Mood): boolean {
  const tokens = readTokens(text);
  return COMPILED_MOODS.some((entry) => entry.mood === mood && entry.phrases.some((phrase) => containsPhrase(phrase, tokens)));
}

function moodOf(message: string): Mood {
  const found = COMPILED_MOODS.find(({ mood }) => hasMood(message, mood));
  if (found) return found.mood;
  if (/!{2,}/.test(message)) return 'angry';
  return /!/.test(message) ? 'frustrated' : 'calm';
}

function demandsIn(message: string): Demand[] {
  const spans = hebrewSentences(message);
  return spans.flatMap((span, index): Demand[] => {
    const sentence = message.slice(span.start, span.end);
    const text = readTokens(sentence);
    if (!DEMAND_PHRASES.some((phrase) => containsPhrase(phrase, text))) return [];
    // "זה דחוף." often follows the demand as a sentence of its own.
    const following = spans[index + 1] ? message.slice(spans[index + 1]!.start, spans[index + 1]!.end) : '';
    const question = interestQuestion(sentence, following, containsPhrase(INSISTING, text));
    return question ? [{ start: span.start, end: span.end, text: sentence, question }] : [];
  });
}

function interestQuestion(sentence: string, following: string, insisting: boolean): string | null {
  const deadline = DEADLINE.exec(sentence);
  if (deadline) return `מה הסיבה שדווקא ${deadline[1] ?? deadline[0]}?`;
  if (URGENT.test(sentence) || URGENT.test(following)) return 'מה הסיבה שזה דחוף דווקא עכשיו?';
  return insisting ? 'מה הכי חשוב לך שיקרה כאן?' : null;
}
