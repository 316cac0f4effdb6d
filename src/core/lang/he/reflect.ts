// A reflection drafted from the customer's own words, first person turned into second
// ("הזמנתי ולא הגיע" becomes "הזמנת ולא הגיע", "שלי" becomes "שלך"), and the customer's
// "you" (the company) turned into "we" ("חייבתם אותי" becomes "חייבנו אותך"). Unvocalised
// Hebrew writes "הזמנת", "לך", "שלך" the same for a man and a woman, so most of a draft
// needs no gender; "אני" + a present verb does, and takes it from the customer's own verb
// ("אני עובדת" is a woman). Where a word cannot be turned correctly, the draft quotes the
// customer instead of guessing. The clauses to turn are chosen in customer-reflect.ts.
import { normalizeHebrew } from './normalize';

/** Pronouns, first person to second and the customer's "you" (the company) to "we". */
const SWAP: Record<string, string> = {
  'לי': 'לך', 'שלי': 'שלך', 'אותי': 'אותך', 'אליי': 'אליך', 'אלי': 'אליך', 'עליי': 'עליך', 'ממני': 'ממך',
  'בשבילי': 'בשבילך', 'איתי': 'איתך', 'אצלי': 'אצלך', 'כמוני': 'כמוך', 'בי': 'בך',
  'אנחנו': 'אתם', 'לנו': 'לכם', 'שלנו': 'שלכם', 'אותנו': 'אתכם', 'אלינו': 'אליכם', 'עלינו': 'עליכם',
  'איתנו': 'איתכם', 'אצלנו': 'אצלכם', 'בשבילנו': 'בשבילכם',
  'אתם': 'אנחנו', 'לכם': 'לנו', 'שלכם': 'שלנו', 'אתכם': 'אותנו', 'אליכם': 'אלינו', 'מכם': 'מאיתנו',
  'אצלכם': 'אצלנו', 'בשבילכם': 'בשבילנו', 'עליכם': 'עלינו', 'איתכם': 'איתנו',
};
/** The customer speaking to the agent ("you told me"): turning it needs the agent's side, so quote instead. */
const SECOND_PERSON_SINGULAR = new Set([
  'אתה', 'לך', 'שלך', 'אותך', 'אליך', 'עליך', 'ממך', 'איתך', 'אצלך', 'אמרת', 'הבטחת', 'כתבת', 'שלחת', 'סיפרת', 'ענית',
]);
/** End in -תי / -תם / -נו but are not verbs: adjectives ("שנתי", "בעייתי"), nouns, pronouns. */
const NOT_VERBS = new Set([
  'מתי', 'שתי', 'בלתי', 'אשתי', 'בתי', 'ביתי', 'דתי', 'עתי', 'שנתי', 'עונתי', 'משפחתי', 'ממשלתי', 'קהילתי', 'סביבתי', 'כיתתי',
  'אמיתי', 'בעייתי', 'אותם', 'איתם', 'סתם', 'כתם', 'ממנו', 'בנו',
  // Names and nouns ("רותם", "חותם"), round ten.
  'רותם', 'חותם', 'יתום', 'מותם', 'תותם',
]);
/** "We" past forms of roots that end in נ: the נ of the root and of "-נו" are written once ("הזמנו" = הזמנ + נו). */
const WE_WITH_NUN: Record<string, string> = {
  'הזמנו': 'הזמנתם', 'הבנו': 'הבנתם', 'התקנו': 'התקנתם', 'נתנו': 'נתתם', 'הכנו': 'הכנתם', 'סימנו': 'סימנתם', 'תיקנו': 'תיקנתם',
  'שכנו': 'שכנתם', 'טענו': 'טענתם', 'ישנו': 'ישנתם', 'הטענו': 'הטענתם', 'ביטחנו': 'ביטחתם',
};
/** Between "אני" and its verb. */
const ADVERBS = new Set([
  'לא', 'עדיין', 'כבר', 'גם', 'פשוט', 'רק', 'ממש', 'באמת', 'בכלל', 'עכשיו', 'שוב', 'תמיד',
  // Round six: more words between "אני" and its verb ("אני כמעט לא מצליחה", "אני כבר שלוש פעמים ביקשתי").
  'כמעט', 'אף', 'מאוד', 'די', 'קצת', 'עוד', 'אפילו', 'לגמרי', 'כנראה', 'אולי', 'כמובן', 'לפעמים', 'היום', 'אתמול', 'מאז', 'בסוף', 'סתם',
  'פעם', 'פעמיים', 'פעמים', 'שתי', 'שלוש', 'ארבע', 'חמש', 'שש', 'שבע', 'שמונה', 'תשע', 'עשר',
]);
/** Prefixes kept in front of a turned word: "ושלי" becomes "ושלך". */
const KEPT_PREFIX = /^(ו?(?:כש|ש|מ)?)/;
/** "אני", also as "כשאני", "שאני", "ואני". */
const FIRST_PERSON_I = /^(ו?(?:כש|ש)?)אני$/;

export type Gender = 'm' | 'f' | null;

export function wordsOf(sentence: string): string[] {
  return sentence.split(/\s+/).filter((word) => word.length > 0);
}

export function stripEnd(sentence: string): string {
  return sentence.replace(/[.!?…]+$/, '').trim();
}

/** The sentence with every first-person word turned, or null when one cannot be. */
export function turnSentence(sentence: string, gender: Gender): string | null {
  const words = wordsOf(stripEnd(sentence));
  const out: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const [lead, core, trail] = splitPunctuation(words[at]!);
    if (SECOND_PERSON_SINGULAR.has(core.replace(KEPT_PREFIX, ''))) return null;
    const beforeI = FIRST_PERSON_I.exec(core)?.[1];
    if (beforeI !== undefined) {
      const pronoun = pronounFor(words, at, gender);
      if (pronoun === null) return null;
      if (beforeI + pronoun !== '') out.push(lead + beforeI + pronoun + trail);
      continue;
    }
    const turned = turnWord(core);
    if (turned === null) return null;
    out.push(lead + turned + trail);
  }
  return out.join(' ');
}

function splitPunctuation(word: string): [string, string, string] {
  const found = /^([^\u05D0-\u05EA\w]*)(.*?)([^\u05D0-\u05EA\w]*)$/u.exec(word)!;
  return [found[1]!, found[2]!, found[3]!];
}

/** "אני" before a past verb is dropped ("אני הזמנתי" → "הזמנת"); before a present verb it takes the customer's gender. */
function pronounFor(words: string[], at: number, gender: Gender): string | null {
  let next = at + 1;
  while (next < words.length && ADVERBS.has(splitPunctuation(words[next]!)[1])) next++;
  const verb = splitPunctuation(words[next] ?? '')[1];
  if (isFirstPersonPast(verb)) return '';
  // Future ("אני אבוא"): the second person form depends on the verb. A present form that starts
  // with א ("אני אומרת", "אני אמורה") is not one.
  if (verb.startsWith('א') && verb[1] !== 'ו' && !/^אמור/.test(verb) && !WHO_I_AM.has(verb)) return null;
  // A word that shows its gender wins; otherwise the customer's own verbs elsewhere ("שאני בהריון" said by a woman).
  const shown = genderShown(verb);
  const own = shown.strong ? shown.gender : (gender ?? shown.gender);
  if (own === 'f') return 'את';
  if (own === 'm') return 'אתה';
  return null;
}

/** "-ותי" is an adjective ending ("איכותי", "תרבותי"); past verbs end "-תי" after a root letter. */
function isFirstPersonPast(word: string): boolean {
  return word.length >= 4 && word.endsWith('תי') && !word.endsWith('ותי') && !NOT_VERBS.has(word);
}

/** Feminine forms that end in -ה like "רוצה" (both genders) but are the feminine of a masculine form ("צריך"). */
const FEMININE_IN_HE = new Set([
  'צריכה', 'יכולה', 'אמורה', 'בטוחה', 'לחוצה', 'עסוקה', 'שמחה', 'זקוקה', 'מוכנה', 'רגילה', 'עייפה', 'חייבת', 'נשואה', 'גרושה', 'בודדה',
  'רעבה', 'צמאה', 'תקועה', 'שבורה', 'המומה',
]);

/**
 * The gender a present verb or adjective shows: "עובדת" feminine, "צריך" masculine (its feminine
 * is "צריכה"); -ה is both ("רוצה"). Any other word reads as masculine, but weakly: "בהריון" or
 * "בבית" after "אני" shows no gender, and the customer's other verbs decide (round ten).
 */
function genderShown(word: string): { gender: Gender; strong: boolean } {
  if (WHO_I_AM.has(word)) return { gender: WHO_I_AM.get(word)!, strong: true };
  if (FEMININE_IN_HE.has(word)) return { gender: 'f', strong: true };
  if (word.length < 3 || !/^[\u05D0-\u05EA]+$/.test(word)) return { gender: null, strong: false };
  if (word.endsWith('ת')) return { gender: 'f', strong: true };
  if (word.endsWith('ה') || word.endsWith('ים') || word.endsWith('ות')) return { gender: null, strong: false };
  // "צריך" is written "צריכ" before an ending: its feminine "צריכה" shows it is masculine.
  if (FEMININE_IN_HE.has(`${normalizeHebrew(word).text}ה`)) return { gender: 'm', strong: true };
  return { gender: 'm', strong: !/^[בלכ]/.test(word) };
}

/** Who is writing, said after "אני": "אני בת 74", "אני אמא", "אני אבא" (no verb, but a gender). */
const WHO_I_AM = new Map<string, Gender>([
  ...['בת', 'אמא', 'סבתא', 'אישה', 'סטודנטית', 'לקוחה', 'פנסיונרית'].map((word) => [word, 'f'] as const),
  ...['בן', 'אבא', 'סבא', 'גבר', 'סטודנט', 'לקוח', 'פנסיונר'].map((word) => [word, 'm'] as const),
]);
/** Who else the customer names: "בעלי" (a woman writing), "אשתי" (a man). */
const FEMININE_HINT = /(?:^|[\s,.])(?:בעלי|ובעלי)(?=$|[\s,.!?])/u;
const MASCULINE_HINT = /(?:^|[\s,.])(?:אשתי|ואשתי)(?=$|[\s,.!?])/u;

/** The customer's gender from the "אני" + present verb in the message: the first that shows it plainly, else the hints, else the first guess. */
export function genderOf(message: string): Gender {
  const words = wordsOf(message).map((word) => splitPunctuation(word)[1]);
  let guess: Gender = null;
  for (let at = 0; at < words.length; at++) {
    if (!FIRST_PERSON_I.test(words[at]!)) continue;
    let next = at + 1;
    while (next < words.length && ADVERBS.has(words[next]!)) next++;
    if (isFirstPersonPast(words[next] ?? '')) continue;
    const shown = genderShown(words[next] ?? '');
    if (shown.strong && shown.gender) return shown.gender;
    guess ??= shown.gender;
  }
  if (FEMININE_HINT.test(message)) return 'f';
  if (MASCULINE_HINT.test(message)) return 'm';
  return guess;
}

/** One word turned; null when it is first person but cannot be turned safely. */
function turnWord(word: string): string | null {
  const prefix = KEPT_PREFIX.exec(word)![1]!;
  for (const cut of [0, prefix.length]) {
    const swapped = SWAP[word.slice(cut)];
    if (swapped !== undefined) return word.slice(0, cut) + swapped;
  }
  if (NOT_VERBS.has(word)) return word;
  if (isFirstPersonPast(word)) return word.slice(0, -1); // הזמנתי → הזמנת
  if (word.length >= 4 && word.endsWith('תם') && !NOT_VERBS.has(word)) return word.slice(0, -2) + 'נו'; // חייבתם → חייבנו
  // The customer's "we" (their household, their business) is "you" in the plural: "הזמנו" (we
  // ordered) → "הזמנתם", "שעברנו" → "שעברתם". A noun with "our" ("ביתנו") reads the same; customers
  // rarely write it, so the verb reading wins.
  const ours = WE_WITH_NUN[word.slice(prefix.length)];
  if (ours) return prefix + ours;
  if (word.length >= 4 && word.endsWith('נו') && !NOT_VERBS.has(word) && !word.slice(prefix.length).startsWith('ת')) return word.slice(0, -2) + 'תם';
  // "תתקנו", "תבטלו": the customer tells the company what to do; "we will" needs another verb form.
  const unprefixed = word.slice(prefix.length);
  if (unprefixed.length >= 4 && unprefixed.startsWith('ת') && word.endsWith('ו')) return null;
  return word;
}
