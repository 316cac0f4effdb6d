// What a Hebrew customer's clause says that a reflection must never say back, found by the
// shape of the clause rather than by its words (issue 12), as in English (en/customer-hostile.ts):
// a judgement of the company or its people ("החברה שלכם היא בדיחה אחת גדולה", "המפתחים שלכם
// ליצנים", "אתם פשוט שולחים כל אחד", "אין לכם מושג מה אתם עושים"), a threat ("אני פונה לעורך
// דין"), and the customer putting themselves down ("בטח אני סתם לא מבינה משהו").

export type Hostile = 'characterisation' | 'threat' | 'self';

const L = '[\\u05D0-\\u05EA]';
const END = `(?!${L})`;
const START = `(?<!${L})`;
/** The company or its people: "החברה שלכם", "הנציג שלכם", "אתם", "כולכם". */
const THEM = `(?:ו?ה?${L}+(?:\\s+ה?${L}+)?\\s+שלכם|ו?(?:אתם|אתה|כולכם))`;
const INTENSIFIER = `(?:פשוט|סתם|ממש|באמת|כולם|כולכם|אחד|אחת|לגמרי|בהחלט|חבורה של|חבורת)`;

const PATTERNS: [Hostile, RegExp][] = [
  // "החברה שלכם היא בדיחה", "מנהל הפרויקט שלכם הוא פחדן": a name given with "is".
  ['characterisation', new RegExp(`${START}${THEM}\\s+(?:${INTENSIFIER}\\s+)*(?:הוא|היא|הם|הן)\\s+(?!(?:היה|הייתה|היו|לא|כבר|עדיין|גם|אמר|אמרה|אמרו)${END})`, 'u')],
  // "המפתחים שלכם ליצנים", "הטבחים שלכם חזירים מלוכלכים": a plural name straight after the subject.
  ['characterisation', new RegExp(`${START}ו?ה?${L}+(?:ים|ות)\\s+שלכם\\s+(?:${INTENSIFIER}\\s+)*${L}{2,}(?:ים|ות)${END}(?!\\s+(?:לי|לנו|אותי|אותנו|את|ל${L}+)${END})`, 'u')],
  // "אתם פשוט שולחים כל אחד", "אתם סתם ...": the company described, not what it did.
  ['characterisation', new RegExp(`${START}ו?(?:אתם|אתה|כולכם)\\s+(?:פשוט|סתם|ממש|באמת|לגמרי)${END}`, 'u')],
  // "טפילים אחד אחד", "שקרנים אחד אחד": every one of them named.
  ['characterisation', new RegExp(`${START}${L}{2,}(?:ים|ות)\\s+אחד אחד${END}`, 'u')],
  ['characterisation', new RegExp(`${START}(?:אין לכם (?:שום |שמץ של )?(?:מושג|מושג קלוש|שמץ|בושה)|(?:ו)?אתם יודעים את זה|לא (?:אכפת|איכפת) לכם|לא מעניין אתכם)${END}`, 'u')],
  // "ולעובדים שלכם ממש לא אכפת מהדברים של אחרים": the company's people said not to care.
  ['characterisation', new RegExp(`${START}ו?ל${L}+\\s+שלכם\\s+(?:${INTENSIFIER}\\s+)*לא\\s+(?:אכפת|איכפת)${END}`, 'u')],
  // "זו רשלנות מטורפת", "זה פשוט ביזיון": what happened, judged, with nothing that happened in it.
  ['characterisation', new RegExp(`^ו?(?:זו|זה|זאת|זוהי|זהו)\\s+(?:${INTENSIFIER}\\s+)*(?:רשלנות|שערורייה|שערוריה|חוצפה|בושה|ביזיון|בזיון|גניבה|עוול|הונאה|רמאות|זלזול|הזנחה|טירוף|בדיחה|אבסורד|פשע|התעללות|עלבון|חרפה|הפקרות|שוד)${END}`, 'u')],
  // "אתם מתנהגים כאילו אתם עושים לי טובה": how the company behaves, judged.
  ['characterisation', new RegExp(`${START}ו?(?:אתם|אתה|את)\\s+(?:${INTENSIFIER}\\s+)*(?:מתנהגים|מתנהג|מתנהגת|מדברים|מדבר|מדברת|מרגישים|עושים את עצמכם|עושה את עצמו)\\s+(?:כאילו|כמו)${END}`, 'u')],
  // "הגבר הזה עם החיוך המזויף": a person of the company pointed at, not named, with nothing done.
  ['characterisation', new RegExp(`^ו?ה(?:גבר|בחור|איש|אישה|בחורה|ילד|ילדה|טיפוס|נציג|נציגה|פקיד|פקידה|מנהל|מנהלת)\\s+(?:הזה|הזאת|הזו)(?:\\s+עם\\s+[^,]+)?$`, 'u')],
  // "אני פונה לעורך דין", "אני מפרסם את זה בכל מקום", "אני הולך לתביעות קטנות".
  ['threat', new RegExp(`${START}(?:אני|ואני)\\s+(?:(?:פשוט|כבר|מיד|עכשיו)\\s+)?(?:הולך|הולכת|פונה|מגיש|מגישה|מפרסם|מפרסמת|מתלונן|מתלוננת|תובע|תובעת|אפנה|אגיש|אפרסם|אתבע|אתלונן|אדאג|אספר|אכתוב|אעלה)${END}`, 'u')],
  // "בטח אני סתם לא מבינה משהו", "אני לא מבין כלום בטכנולוגיה", "אני גרועה עם אפליקציות".
  ['self', new RegExp(`${START}(?:אני|שאני)\\s+(?:${L}+\\s+){0,3}?(?:לא\\s+)?(?:מבין|מבינה|טוב|טובה|מסתדר|מסתדרת|יוצלח|יוצלחית|טיפש|טיפשה|גרוע|גרועה|מתמצא|מתמצאת)\\s+(?:כלום|בזה|בטכנולוגיה|בטלפונים|במחשבים|משהו|בדברים|עם|ב${L}+ים)${END}`, 'u')],
];

/** An insult put as an adjective on one of the company's people: "המוקדנית המטומטמת שלכם", "הנציג הדביל". */
const INSULTING_ADJECTIVE = new RegExp(
  `(?<=${START}ו?ה${L}{2,}\\s+)ה(?:מטומטם|מטומטמת|מטומטמים|דביל|דבילית|דבילים|אידיוט|אידיוטית|מפגר|מפגרת|טמבל|סתום|סתומה|חצוף|חצופה|עצלן|עצלנית|עלוב|עלובה|מגעיל|מגעילה|שקרן|שקרנית|פרחה|פרחות|חובבן|חובבנית|לא אמין|לא אמינה|לא מקצועי|לא מקצועית|גרוע|גרועה)\\s+`,
  'gu',
);

/** What happened, without an insult put as an adjective inside the clause: "והמוקדנית המטומטמת שלכם ניתקה לי" → "והמוקדנית שלכם ניתקה לי". */
export function withoutHostileWords(clause: string): string {
  return clause.replace(INSULTING_ADJECTIVE, '');
}

/** What in a clause must never be said back, by its shape; null when nothing. */
export function hostileShape(clause: string): Hostile | null {
  if (/\d/.test(clause) && !/אין לכם|לא אכפת/u.test(clause)) return null;
  for (const [kind, pattern] of PATTERNS) if (pattern.test(clause)) return kind;
  return null;
}
