// What a Hebrew customer asks for (issue 12; seed 004): "אני רוצה החזר", "תחזירו לי את הכסף",
// "אני צריך את זה עד מחר", "אפשר זיכוי?"; whether they say why; and, only when they do not,
// the interest question in the seed's own words ("מה הסיבה שדווקא מחר?").
import type { Demand } from '../../types';
import { hebrewClauses, ORDER_WORD, QUESTION_START, type Clause } from './customer-clauses';
import { hebrewCuePattern, PERSONAL_THREAT } from './customer-cues';

const HE = '\\u05D0-\\u05EA';
/** "אני רוצה", "אני צריכה ש", "אשמח ל", "מגיע לי": the customer wants something from the company. */
const WANTS = new RegExp(
  `^(?:ו?(?:אז|גם|ו?בבקשה)\\s+)?(?:ו?(?:אני|אנחנו)\\s+(?:(?:פשוט|רק|גם|עדיין|ממש|באמת|כבר|מאוד)\\s+)*)?ו?(?:רוצה|רוצים|צריך|צריכה|צריכים|דורש|דורשת|דורשים|מבקש|מבקשת|מבקשים|מצפה (?:ל|ש|מכם)[${HE}]*|מצפים (?:ל|ש|מכם)[${HE}]*|מצפה|מצפים|נבקש|אבקש|אבקשכם|מחכה ל[${HE}]*|מחכים ל[${HE}]*|אשמח|נשמח|מגיע לי|מגיע לנו|חייב(?:ת|ים)? (?!ל)[${HE}]*|חייב(?:ת|ים)? ש[${HE}]*)(?![${HE}])`,
  'u',
);
/** Imperatives and their "ש" forms: "תחזירו", "שתבטלו", "תבטלי" (to a woman), "תן", "שלחו". */
const IMPERATIVE = new RegExp(
  `(?<![${HE}])(?:ו?${ORDER_WORD}|ו?(?:תחזיר|תבטל|תשלח|תתקן|תחליף|תעביר|תזכה|תן|תני|תנו|שלחו|החזירו|תקנו|בטלו|תגיד|תגידי|תסדר|תטפל|תעזור|תמצא|תחבר|תוריד|תנתק|תאשר|תבדוק|תעדכן|תחסום|תפצה|תזכו|תפתחו|תסגרו|תחזרו|חזרו|תדאגו|דאגו|סדרו|טפלו|עזרו|תביאו|הביאו))(?![${HE}])`,
  'u',
);
/** Words written like "תחזירו" that ask for nothing: "תודה", nouns and adverbs. */
const NOT_IMPERATIVE = new RegExp(`(?<![${HE}])ו?ש?(?:תנאי|תושבי|תלמידי|תשלומי|תאריכי|תיקוני|תקני|תמידי|תקשיב|תקשיבי|תקשיבו|תשמע|תשמעי|תשמעו|תודה|תשובה|תשובות|תלונה|תקלה|תקלות|תמונות|תוצאות|תאריך|תור|תורות|תשלומים|תנאים|תכנית|תוכנית|תיקון|תיקו|תהליך|תמיכה|תוספת|תקופה|תחנה|תחנות|תהנו|תיהנו|תענו|תבינו|תדעו|שתדעו)(?![${HE}])`, 'u');
/** "אפשר זיכוי?", "יש אפשרות לקבל", "מישהו יכול", "תוכלו": a request put as a question. */
const REQUEST = new RegExp(
  `^(?:ו?(?:בבקשה\\s+)?)?(?:אפשר\\s+(?:(?:בבקשה|פשוט|רק|גם)\\s+)*(?:ל[${HE}]{2,}|ש[${HE}]{2,}|זיכוי|החזר|פיצוי|הנחה|טכנאי|שליח|נציג|מישהו)|יש אפשרות|יש דרך|יש סיכוי|יש מישהו|שמישהו\\s|שמישהי\\s|מישהו\\s+(?:יכול|יכולה|מוכן)|תוכלו|תוכל|תוכלי|אתם יכולים|אתה יכול|את יכולה|הייתי רוצה|הייתי שמח|הייתי שמחה)`,
  'u',
);
const OWN_NEED = new RegExp(`(?:צריך|צריכה|צריכים|חייב|חייבת)\\s+(?:ל(?!קבל|דעת|הבין|שמוע|דבר)[${HE}]{3,})`, 'u');
const REASON_IN_DEMAND = new RegExp(`(?<![${HE}])(?:כי|בגלל|מכיוון|כיוון ש|כדי|בשביל|לפני ה|לפני ש|לקראת)(?![${HE}])`, 'u');
const STAKES = new RegExp(
  `(?<![${HE}])[ושהכלבמ]{0,2}(?:כי|בגלל|מכיוון|כיוון ש|כדי|בשביל|חתונה|חתונת|לוויה|יום הולדת|ירח דבש|ניתוח|טיסה|טס|טסה|טסים|חו"ל|ויזה|דרכון|ראיון|מבחן|בגרות|עבודה|עובד|עובדת|עסק|לקוחות|פגישה|פגישת|תינוק|תינוקת|ילדים|ילד|ילדה|הבן|הבת|הנכד|הנכדה|אמא|אבא|בעלי|אשתי|קשיש|קשישה|חולה|תרופות|תרופה|אינסולין|חמצן|רפואי|שכירות|שכר דירה|משכנתא|לא יכול|לא יכולה|לא יכולים|אין לי|אין לנו|נשארו לי|מפסיד|מפסידה|מפסידים|חייב להגיע|חייבת להגיע|אירוע|חג|שבת|אורחים|משפחה|המשפחה|חסכונות|הריון|לידה|אלרגיה|אלרגי|סטודנט|סטודנטית|לימודים|סמסטר|מעבר דירה|עוברים דירה|עברתי דירה|עברנו דירה|חו״ל|בחוץ לארץ|בעל הבית|מחכה לטלפון|בבית החולים|מפחד|מפחדת|פוחד|פוחדת|חושש|חוששת|לחוץ|לחוצה|גנבו|משתק|משתקת|אין לי איך|נשאר לי|נשארו לנו|בריאות|סכנה|מסוכן|פנסיונר|פנסיונרית|פנסיה|הכנסה קבועה|קצבה|נכה|נכות|צליאק|צליאקית|אלרגית|עולה לנו|עולה לי|יומית|דורש ממני|דורשת ממני|דורשים ממני|יש לי|יש לנו|מסיבה|מסיבת|חנוכה|פורים|פסח|הפניה|הפנייה|עצמאי|עצמאית|רואה החשבון|רואת החשבון|ספונסר|מתח|לא ישן|לא ישנה|לא ישנים|מאיימים|לפני ש[${HE}]+|אמור|אמורה|אמורים|הגשה|סמינריון|אסתמה|תעודת זהות|תחליף|תוקף|יפוג|פרנסה|מתפרנס|מתפרנסת|הכנסה|ההכנסה|מביך|מביכה|מבוכה|לאבד|להפסיד|אין אף אחד|גר|גרה|גרים|מזכרת|ז"ל|המנוח|המנוחה|מתייבש|מתייבשת|מתייבשים|מתייבשות|נרקב|נרקבים|חתך|חתכים|פצוע|פצועה|פציעה|נפצע|נפצעה|מדמם|מדממת|דימום)(?![${HE}])`,
  'u',
);
/**
 * What is coming or who the customer is, anywhere in the message, is the reason too (round four):
 * "יש לנו הקלטה ביום שישי", "משמרת מתחילה בשבע", "אני מורה", "דיירת בת 90", "לא מרגישה בטוחה",
 * "הוא מאיים לתבוע", "לא מסיים את התואר בזמן".
 */
const COMING = new RegExp(
  `(?<![${HE}])[ושהכלבמ]{0,2}(?:ביום (?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|בשבע|בשמונה|בתשע|משמרת|הקלטה|הופעה|בת \\d+|בן \\d+|מורה|אחות|רופא|רופאה|סטודנט|סטודנטית|בטוח|בטוחה|מאיים|מאיימת|לתבוע|בזמן|התואר|דורש|דורשת)(?![${HE}])`,
  'u',
);
/** When the customer wants it: the words the interest question asks about ("עד מחר" asks, as seed 004 does, about "מחר"). */
const DEADLINE = new RegExp(
  `(?:^|[\\s,])(?:עד |ל|עוד )?(מחר|היום|הערב|הלילה)(?=$|[\\s,.!?])|(?:עד|לפני) (?:יום [${HE}]+|ה-?\\d+(?:\\.\\d+)?|סוף ה[${HE}]+|[${HE}]*שבוע הבא|חמישי|שישי|ראשון|שני|שלישי|רביעי)|תוך \\d+ [${HE}]+|(?<![${HE}])השבוע(?![${HE}])`,
  'u',
);
const URGENT = new RegExp(`(?<![${HE}])(?:דחוף|בדחיפות|עכשיו|מיד|מייד|בהקדם|כמה שיותר מהר|מהר)(?![${HE}])`, 'u');

/**
 * Asks for nothing to be done: "אשמח לעזרה", "אני צריך את המחשב לעבודה" (what is at stake). "אשמח
 * לדעת מה המחיר" asks to be told: a request (round ten: 10 of 13 in the labelled parts).
 */
const NO_DEMAND = new RegExp(`^ו?(?:אשמח|נשמח)(?:\\s+(?:לעזרה|לשמוע|להבין)(?![${HE}])|$)|^(?:ו?(?:אני|אנחנו)\\s+)?(?:צריך|צריכה|צריכים)\\s+(?:את\\s+)?[${HE}]+\\s+(?:ל|בשביל|כדי)(?!.*(?:עד|עכשיו|היום|מחר))`, 'u');
/** What the customer means to do themselves: "אני רוצה להתחיל ללמוד נהיגה", "רוצה לקנות". */
const OWN_PLAN = new RegExp(`^(?:ו?(?:אני|אנחנו)\\s+)?(?:רוצה|רוצים|מתכנן|מתכננת|מתכננים)\\s+(?:להתחיל|ללמוד|לקנות|לרכוש|להזמין|לשאול|להסביר|לציין|להוסיף|לנסות|לכתוב|לעדכן אתכם)(?![${HE}])`, 'u');
/** A threat or an insult put as a request: "ותגידו לו שאם אני רואה אותו ...", "תגידי לבוס שלך שהוא ...", "תגיד לי אתה נורמלי", "תחכו לביקורת שלי", "תהיו בטוחים ש...". */
const NOT_A_REQUEST = new RegExp(`(?<![${HE}])שאם(?![${HE}])|^ו?תגיד(?:י|ו)? (?:לי|לו|לה|לבוס\\S*)[,]?\\s+(?:אתה|את|אתם|ש?הוא|ש?היא|למה|איך)(?![${HE}])|^ו?תגיד(?:י|ו)?[,]?\\s+(?:אתה|אתם) (?:נורמלי|נורמליים|רציני|רציניים|בסדר|שפוי|שפויים)|^ו?(?:תחכו|תחכה|תחכי) ל(?:ביקורת|תביעה|מכתב|עורך|עו"ד|כתבה)|^ו?(?:תהיו|תהיה|תהיי) (?:בטוחים|בטוח|בטוחה) ש`, 'u');
const THREAT = hebrewCuePattern(PERSONAL_THREAT, '');

/** Words ahead of what is asked: "אז בבקשה תגיעו היום", "אבל אפשר לדחות". */
const LEAD = /^(?:(?:ו?בבקשה|אז|ו?פשוט|ו?רק|אבל|אך)\s+)+/u;
/** "ואם כן, אפשר להעביר לשבת?": "if so" ahead of a request sets no condition on it (round ten). */
const IF_SO = /^ו?אם כן[,]?\s+/u;

export function isHebrewDemand(clause: string): boolean {
  const plain = clause.replace(LEAD, '');
  // A reason or a condition asks for nothing.
  if (NO_DEMAND.test(plain) || THREAT.test(plain) || OWN_PLAN.test(plain) || NOT_A_REQUEST.test(plain) || /^ו?(?:כי|בגלל|למרות|אם|כש|כאשר|אחרי ש|לפני ש|ברגע ש)(?![\u05D0-\u05EA])/u.test(plain)) return false;
  if (OWN_NEED.test(plain) && !/(?:צריך|צריכה|צריכים)\s+ש/u.test(plain)) return false;
  // "יש אפשרות" alone, its request cut off into the next clause, asks nothing yet.
  if (/^(?:יש (?:אפשרות|דרך|סיכוי)|אפשר)$/u.test(plain.trim())) return false;
  if (WANTS.test(plain) || REQUEST.test(plain)) return true;
  const first = plain.split(/\s+/)[0] ?? '';
  return IMPERATIVE.test(first) && !NOT_IMPERATIVE.test(first) && first.replace(/^ו?ש?/, '').length >= 2;
}

/**
 * WhatsApp messages run the demand on from the facts with no stop between them ("... יש לנו פרקט
 * חדש תשלחו מישהו עכשיו בבקשה"): an order ("תשלחו", not "שלחו", which is also "they sent") or
 * "אני רוצה" that opens mid-clause starts a demand there (round nine). Not after "אם", "מתי",
 * "למה" or "לא": a condition or a question.
 */
const DEMAND_ONSET = new RegExp(
  `(?<!(?:^|[^${HE}])ו?(?:אם|מתי|למה|איך|לא|כש|ש)\\s)(?<=\\s)(?:ו?(?:תחזירו|תחזירי|תבטלו|תבטלי|תשלחו|תשלחי|תתקנו|תחליפו|תעבירו|תזכו|תסדרו|תטפלו|תדאגו|תפצו|תפתחו|תביאו|תאשרו|תבדקו|תעדכנו|תחסמו|תנו (?:לי|לנו))|(?:מישהו|מישהי) (?:יכול|יכולה)|אפשר (?:בבקשה|ש[${HE}]{2,})|(?:אני|ואני) (?:רוצה|דורש|דורשת|מבקש|מבקשת|מתחנן|מתחננת)|(?:אנחנו|ואנחנו) (?:רוצים|דורשים|מבקשים))(?![${HE}])`,
  'gu',
);

/** A clause cut where a demand opens inside it: the parts, each with the clause's place. */
function demandParts(message: string, clause: Clause): Clause[] {
  const words = message.slice(clause.start, clause.end);
  const parts: Clause[] = [];
  let from = 0;
  for (const at of [...[...words.matchAll(DEMAND_ONSET)].map((found) => found.index!), words.length]) {
    const before = words.slice(from, at);
    // "תתקנו או תחזירו כסף" stays one demand: the order before the cut goes on into it.
    if (at === 0 || (at < words.length && (/(?:^|\s)או\s*$/u.test(before) || demandIn(before.trim(), { ...clause, question: false })))) continue;
    parts.push({ ...clause, start: clause.start + from, end: clause.start + from + before.trimEnd().length, question: clause.question && at === words.length });
    from = at;
  }
  return parts;
}

export function hebrewDemands(message: string): Demand[] {
  const stakes = STAKES.test(message) || COMING.test(message);
  const clauses = hebrewClauses(message)
    .map((clause) => ({ ...clause, start: clause.start + (IF_SO.exec(message.slice(clause.start, clause.end))?.[0].length ?? 0) }))
    .flatMap((clause) => demandParts(message, clause));
  return clauses.flatMap((clause, at): Demand[] => {
    if (!demandIn(message.slice(clause.start, clause.end), clause)) return [];
    const following = clauses[at + 1] ? message.slice(clauses[at + 1]!.start, clauses[at + 1]!.end) : '';
    return thingsWanted(message, clause).map(({ start, end }) => {
      const words = message.slice(start, end);
      const reasonGiven = stakes || REASON_IN_DEMAND.test(words);
      // A polite request ("אפשר זיכוי?", "אשמח אם ...") needs no interest question; a position does.
      const firm = !REQUEST.test(words.replace(LEAD, '')) && !/^(?:ו?(?:אשמח|נשמח))(?![\u05D0-\u05EA])/u.test(words) && !WAITING_QUESTION.test(words);
      return { start, end, text: words, reasonGiven, question: reasonGiven || !firm ? null : interestQuestion(words, following) };
    });
  });
}

/** "ופיצוי על ...", "והחזר של ...": a second thing wanted after "אני דורש ...". */
const SECOND_THING = /\sו(?=(?:פיצוי|החזר|זיכוי|התנצלות|הנחה)(?![\u05D0-\u05EA]))/u;

/**
 * "אני דורש החזר מלא על כל הימים ופיצוי על הלילה במלון" asks for two things, as most writers of
 * the labelled parts read it (round fifteen: 19 of 28): each is a demand of its own.
 */
function thingsWanted(message: string, clause: Clause): { start: number; end: number }[] {
  const words = message.slice(clause.start, clause.end);
  const second = SECOND_THING.exec(words);
  if (!second || !WANTS.test(words.slice(0, second.index).replace(LEAD, ''))) return [clause];
  const from = clause.start + second.index + second[0].length;
  return [{ start: clause.start, end: clause.start + second.index }, { start: from, end: clause.end }];
}

/**
 * "מתי מגיעים החלקים?", "איפה המשאית?": a customer left waiting asks when or where as a demand to
 * be told (round seven: in the labelled parts nearly every such question is one). The interest
 * behind it is plain, so it gets no interest question.
 */
const WAITING_QUESTION = /^ו?(?:אז\s+)?(?:מתי|איפה|עד מתי)(?![\u05D0-\u05EA])/u;

/** "אתם תשלמו על הצבע", "אתם מחזירים את המקדמה": what the company is told it will do. */
const YOU_WILL = /^ו?(?:אתם|אתה|את)\s+(?:תשלמו|תשלם|תשלמי|תחזירו|תחזיר|תחזירי|תפצו|תפצה|תחליפו|תחליף|תתקנו|תתקן|משלמים|מחזירים|מפצים|מחליפים|מגיעים עכשיו|מגיעים היום)(?![\u05D0-\u05EA])/u;
/** "החזר מלא.", "פיצוי על עוגמת הנפש": the thing asked for, named alone in a short clause. */
const THING_ALONE = /^ו?(?:החזר|פיצוי|זיכוי|הנחה|התנצלות)(?![\u05D0-\u05EA])(?!.*(?:לא|עדיין|כבר|הגיע|קיבלתי|קיבלנו|אמרו|הבטיחו))/u;

function demandIn(words: string, clause: Clause): boolean {
  const plain = words.replace(LEAD, '');
  if (clause.question && WAITING_QUESTION.test(plain)) return true;
  if (!clause.question && (YOU_WILL.test(plain) || (THING_ALONE.test(plain) && plain.split(/\s+/).length <= 6))) return true;
  // A question that asks for information ("מתי תגיע ההזמנה?") is no demand; "אפשר זיכוי?" is.
  if (clause.question && QUESTION_START.test(plain) && !REQUEST.test(plain)) return false;
  return isHebrewDemand(words);
}

function interestQuestion(demand: string, following: string): string {
  const deadline = DEADLINE.exec(demand);
  if (deadline) return `מה הסיבה שדווקא ${(deadline[1] ?? deadline[0]).trim()}?`;
  if (URGENT.test(demand) || URGENT.test(following)) return 'מה הסיבה שזה דחוף דווקא עכשיו?';
  if (/(?:החזר|זיכוי|פיצוי|הכסף|כספי)/u.test(demand)) return 'מה הכי חשוב לך שיקרה עם הכסף?';
  if (/(?:מנהל|אחראי|נציג בכיר)/u.test(demand)) return 'מה היית רוצה שהמנהל יעשה בשבילך?';
  if (/(?:תבטלו|לבטל|ביטול|תנתקו|לנתק)/u.test(demand)) return 'מה גורם לך לרצות לבטל?';
  if (/(?:תתקנו|תתקן|לתקן|תסדרו|תסדר|לסדר|יסודר|יתוקן)/u.test(demand)) return 'מה ייחשב בשבילך פתרון טוב?';
  return 'מה הכי חשוב לך שיקרה כאן?';
}
