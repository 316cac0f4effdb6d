// The built-in Hebrew rules catch the behaviour, not only the textbook phrase: a retort about the
// customer's tone, a correction of their words, a formal refusal with no way forward. And they stay
// quiet on the look-alikes: "אני מבין את הכעס" after the customer's problem is said back to them is
// empathy, not a stock phrase. What an agent sees: the category and the card's message.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const RULES_ONLY = { ...DEFAULT_EFFECTIVE_POLICY, model: undefined };
const cards = (text: string) => analyze(text, RULES_ONLY).findings.map((finding) => ({ category: finding.category, message: finding.message, text: finding.text }));

const FLAGGED: [string, string, string][] = [
  ['הציניות לא תזרז את המשלוח.', 'confrontational', 'כאן עונים לטון של הלקוח באזהרה.'],
  ['איומים לא יעבדו עליי.', 'confrontational', 'כאן עונים לטון של הלקוח באזהרה.'],
  ['תבקש כמו בנאדם.', 'confrontational', 'כאן עונים לטון של הלקוח באזהרה.'],
  ['כך שהטענה שלא קיבלת מענה אינה מדויקת.', 'confrontational', 'כאן מתווכחים עם הלקוח.'],
  ['כפי שכבר הוסבר לך בצ\'אט, זה חיוב זמני.', 'confrontational', 'כאן מתווכחים עם הלקוח.'],
  ['אף אחד לא רימה אותך.', 'confrontational', 'כאן מתווכחים עם הלקוח.'],
  ['מוצרים שהורכבו אינם ניתנים לביטול.', 'bare-refusal', '"לא" בלי דרך להמשיך.'],
  ['לא יינתן החזר עבור הניתוח.', 'bare-refusal', '"לא" בלי דרך להמשיך.'],
  ['החברה אינה מחזירה הפרשי מחיר.', 'bare-refusal', '"לא" בלי דרך להמשיך.'],
  ['אני מבין את התסכול שלך.', 'hollow-acknowledgement', 'כאן נטענת הבנה בלי להראות אותה.'],
  ['זה באחריות חברת השליחויות.', 'deflection', 'כאן מתנערים מאחריות.'],
  ['נבדוק ונחזור אליך תוך כמה ימים.', 'vague-timeline', '"נבדוק ונחזור אליך" בלי מתי לא אומר ללקוח מה יקרה.'],
  // Round fourteen (round thirteen's held-out writers, read after they were scored), in new wordings.
  ['בואי נעשה סדר: ההזמנה יצאה ביום שני.', 'confrontational', 'כאן מתווכחים עם הלקוח.'],
  ['ודי עם הצעקות, זה לא יקדם את ההחזר.', 'confrontational', 'כאן עונים לטון של הלקוח באזהרה.'],
  ['על ההאשמות האלה תחסכי ממני.', 'confrontational', 'כאן עונים לטון של הלקוח באזהרה.'],
  ['אני לא מתכוונת לענות למי שמקלל את הצוות.', 'confrontational', 'כאן עונים לטון של הלקוח באזהרה.'],
  ['אישרת את ההדמיה בחתימה שלך לפני הייצור.', 'blame', 'כאן הלקוח מופנה למה שפספס.'],
  ['הכול היה בהסבר כשנרשמת לחוג.', 'blame', 'כאן הלקוח מופנה למה שפספס.'],
];

const QUIET = [
  'חודש שלם של נזילה ועובש על הקיר. אני מבין את הכעס ומתנצל שלא טיפלנו בזה קודם.',
  'לחץ של חצי שעה לפני הגשה, מבינה לגמרי. המצגת שמורה בהיסטוריית הקבצים.',
  'מוצרים שהורכבו אינם ניתנים לביטול, אבל אפשר לקבל זיכוי לחנות על כל הסכום.',
  'אם אני מבין אותך נכון, אתה משאיר הודעה ולא מקבל שיחה חוזרת באותו יום.',
  'אני לא מרגיש בנוח להמשיך כשיש קללות. בואו נעצור, ואעדכן אותך עד 15:00.',
  'אם זה לא מופיע לך, פשוט תעדכן את האפליקציה לגרסה האחרונה.',
  'ההחזר יצא היום. סליחה שהיית צריכה לרדוף אחרינו בשביל זה.',
  'אני מצטער, היית צריך לשמוע על השינוי מאיתנו ולא מהשכן.',
  'ברגע שתשלחי את הטופס, אחזור אלייך תוך יום עבודה עם מועדים להתקנה.',
  'את השעה אני לא יכול להבטיח, אבל אני מבטיח שתשמע ממני עד 13:00 איפה זה עומד.',
  'כן, זה באחריות – סדק בציר נחשב פגם ייצור, והטכנאי יגיע מחר בבוקר.',
  'בואי נעשה סדר בהזמנות: את הכפולה אני מבטל ומחזיר לך 120 ש"ח עוד היום.',
  'המחיר היה בתוקף כשהזמנת, אז נכבד אותו ונשלח היום.',
  'החוזה יישלח אלייך עם החתימה שלנו עד מחר בצהריים.',
  'אני לא מתכוונת לענות על זה לפני שאבדוק מול המחסן, ואחזור אלייך עד 16:00.',
  // Round fourteen, a second look at test-l's false alarms after it was scored, in new wordings.
  'אגרטל שבור לפני אירוע זה הדבר האחרון שהיית צריך, ואני שולחת חדש עוד היום.',
  'יש לנו בדיוק בשביל זה חדר שקט בקומה השנייה, ושמרתי לך אותו לשבת.',
  'הספק מאחר, אבל זו לא סיבה לעדכן אותך רק ברגע האחרון. מהיום אעדכן עד 10:00.',
  'אני מצטערת ששמעת על השינוי מהשכנים ולא מאיתנו. המורה החדשה מתחילה ביום שלישי.',
  'מדריך שלא הגיע – אין פה מה להסביר, זה לא בסדר, והכסף חוזר אליך עד מחר.',
  // Round fifteen, a second look at test-m's false alarms after it was scored, in new wordings.
  'הממרח שלנו הוא 100% שומשום קלוי, בלי תוספות.',
  'פח שבור בכניסה זה ממש לא מה שהיית צריכה אחרי יום כזה, ואני שולחת טכנאי מחר ב-9:00.',
  'ביטלנו לך אחרי שכבר אי אפשר להשיג מקום אחר לאותו ערב, ואני יודעת שזיכוי לא מפצה על זה. שלחתי לך הצעה לערב חלופי.',
  'הצוות אמור להשאיר מקומות פנויים בדיוק בשביל זה, וזה לא קרה. נחזיר לכם את דמי הכניסה היום.',
  // Round sixteen, a second look at test-n's false alarms after it was scored, in new wordings.
  'תביאי את השעון מחר ונכייל אותו שוב מול העיניים שלך, בלי תשלום.',
  'אף אחד לא "משקר" לך, אבל זו טעות שלנו שלא עדכנו, ואני מתנצל. השמאי יאשר עד מחר ב-12:00.',
  'יש לנו עגלה קטנה ליד הקופה בדיוק בשביל זה, ושמרתי לך את יום רביעי ב-10:00.',
  'איחרנו בחודשיים, והציניות שלך מוצדקת לגמרי. התמונה תגיע אלייך עד יום שני.',
];

describe('Hebrew rules catch the behaviour', () => {
  it.each(FLAGGED)('"%s" is flagged as %s: "%s"', (text, category, message) => {
    expect(cards(text)).toContainEqual(expect.objectContaining({ category, message }));
  });

  it.each(QUIET)('"%s" stays quiet', (text) => {
    expect(cards(text)).toEqual([]);
  });
});
