// What a finding of the sentence model says: per category and language, the message, why it
// angers a difficult customer, and reframes. A model finding has the rule id `model:<category>`,
// so a team policy can switch it off or re-grade it like any rule.
import type { PolicyRule } from '../../policy/types';
import { CATEGORIES, type Category, type Lang, type Move } from '../types';

export type ModelRuleId = `model:${Category}`;

export const MODEL_RULE_IDS: readonly ModelRuleId[] = CATEGORIES.map((category) => `model:${category}` as const);

export function isModelRuleId(id: string): id is ModelRuleId {
  return (MODEL_RULE_IDS as readonly string[]).includes(id);
}

type Wording = Pick<PolicyRule, 'message' | 'why' | 'suggestions'> & { flag: string[]; pass: string[] };

/**
 * Each category's model findings, in one place: the reply-level condition (as for the rules of
 * the same category: a refusal followed by an offer is not bare) and, per language, the message,
 * why it angers a difficult customer, the reframes and examples.
 */
const TABLE: Record<Category, { unlessMoves?: Move[] } & Record<Lang, Wording>> = {
  'hollow-acknowledgement': {
    en: {
      message: 'This says you understand without showing it.',
      why: 'Saying you understand, or that the message was noted, tells the customer nothing; restating their problem in your words shows you listened.',
      suggestions: [
        { text: 'If I understand correctly, {reflection}.', kind: 'replace-clause', label: 'Reflect instead' },
        { text: 'If I understand correctly, {reflection}. Is that right?', kind: 'insert-before', label: 'Add a reflection' },
      ],
      flag: ['Totally get where you\u2019re coming from.', 'Your concerns have been logged.'],
      pass: ['I understand you were charged twice after cancelling.'],
    },
    he: {
      message: 'כאן נאמר שהבנת, בלי להראות מה הבנת.',
      why: 'משפט כמו "הפנייה נרשמה" או "ברור לי" לא אומר ללקוח כלום; מי שחוזר על הבעיה במילים שלו מראה שהקשיב.',
      suggestions: [
        { text: 'אם הבנתי נכון, {reflection}.', kind: 'replace-clause', label: 'לשקף במקום' },
        { text: 'אם הבנתי נכון, {reflection}. נכון?', kind: 'insert-before', label: 'להוסיף שיקוף' },
      ],
      flag: ['קיבלנו את הפנייה והיא נרשמה.'],
      pass: ['אם הבנתי נכון, החיוב ירד פעמיים אחרי הביטול.'],
    },
  },
  blame: {
    en: {
      message: 'This puts the problem on the customer.',
      why: 'Pointing at what the customer did, missed or should have read tells them they were careless; walk them through the next step instead.',
      suggestions: [
        { text: "Let's go through it together: [the first step].", kind: 'replace-clause', label: 'Guide, don\u2019t blame' },
        { text: 'I can see how that was easy to miss.', kind: 'insert-before', label: 'Take the blame off' },
      ],
      flag: ['The size chart is right there on the product page.', 'This is covered in step 3 of the setup guide.'],
      pass: ['Please restart the router and try again.'],
    },
    he: {
      message: 'כאן הבעיה מוטלת על הלקוח.',
      why: 'להצביע על מה שהלקוח עשה, פספס או לא קרא נשמע כמו לקרוא לו רשלן; עדיף להוביל אותו צעד אחר צעד.',
      suggestions: [
        { text: 'בואו נעבור על זה יחד: [הצעד הראשון].', kind: 'replace-clause', label: 'להדריך במקום להאשים' },
        { text: 'זה באמת קל לפספס.', kind: 'insert-before', label: 'להוריד את האשמה' },
      ],
      flag: ['כל המידע מופיע בתקנון שאישרת.'],
      pass: ['אפשר להפעיל מחדש את הנתב ולנסות שוב.'],
    },
  },
  deflection: {
    en: {
      message: 'This passes the problem to someone else.',
      why: 'Sending the customer to another company, another team or a rule leaves them alone with the problem; own your part and say what you will do.',
      suggestions: [
        { text: 'Let me see what we can do about this right now.', kind: 'replace-clause', label: 'Own it' },
        { text: "I'll take this up with [them] for you and update you by [time].", kind: 'insert-after', label: 'Take it on yourself' },
      ],
      flag: ["The courier is a separate company, so you'll need to take it up with them.", "That's one for the landlord."],
      pass: ["I've passed this to our billing team myself and will update you by 4 pm."],
    },
    he: {
      message: 'כאן האחריות מגולגלת למישהו אחר.',
      why: 'לשלוח את הלקוח לחברה אחרת, למחלקה אחרת או לנוהל משאיר אותו לבד מול הבעיה; לוקחים אחריות ואומרים מה עושים.',
      suggestions: [
        { text: 'אני בודק מה אפשר לעשות בזה עכשיו.', kind: 'replace-clause', label: 'לקחת אחריות' },
        { text: 'אני אפנה אליהם בעצמי ואעדכן עד [שעה].', kind: 'insert-after', label: 'לקחת את זה על עצמך' },
      ],
      flag: ['זה כבר בטיפול של חברת השליחויות, מולם צריך לברר.'],
      pass: ['העברתי את זה בעצמי למחלקת החיובים ואעדכן עד 16:00.'],
    },
  },
  'over-promise': {
    en: {
      message: 'This promises more than you can know.',
      why: 'If it does not hold, the customer comes back angrier; give a realistic forecast and say when you will update them.',
      suggestions: [
        { text: "We expect [what and when], and I'll update you by [time] either way.", kind: 'replace-clause', label: 'Forecast, don\u2019t promise' },
        { text: "I'll update you by [time] either way.", kind: 'insert-after', label: 'Promise an update' },
      ],
      flag: ['This fix is permanent.', "You'll never see that error again."],
      pass: ["I can't promise it will never happen again; here is what changed."],
    },
    he: {
      message: 'כאן מובטח יותר ממה שאפשר לדעת.',
      why: 'אם ההבטחה לא תתקיים, הלקוח יחזור כועס יותר; נותנים תחזית מציאותית ומועד לעדכון.',
      suggestions: [
        { text: 'אנחנו צופים ש[מה ומתי], ואעדכן עד [שעה] בכל מקרה.', kind: 'replace-clause', label: 'לתת תחזית' },
        { text: 'אעדכן אותך עד [שעה] בכל מקרה.', kind: 'insert-after', label: 'להבטיח עדכון' },
      ],
      flag: ['אין סיכוי שזה יחזור.'],
      pass: ['אני לא יכול להבטיח שזה לא יקרה שוב, אבל שינינו את התהליך.'],
    },
  },
  minimizing: {
    en: {
      message: "This makes the customer's problem sound small.",
      why: 'If it were small, they would not have written; say what it costs them, then give the step.',
      suggestions: [
        { text: 'I know this has cost you time, so here is the quickest way to sort it: [the step].', kind: 'replace-clause', label: 'Acknowledge the impact' },
        { text: 'I can see this has been a real hassle.', kind: 'insert-before', label: 'Acknowledge first' },
      ],
      flag: ["It's a tiny scratch, most people wouldn't notice.", "That's a five-minute job."],
      pass: ['I just checked your account and the refund went out today.'],
    },
    he: {
      message: 'כאן הבעיה של הלקוח נשמעת קטנה.',
      why: 'אם זה היה קטן, הלקוח לא היה פונה; אומרים מה זה עולה לו ואז נותנים את הצעד.',
      suggestions: [
        { text: 'אני מבין שזה גזל ממך זמן, אז הנה הדרך הכי מהירה לסדר את זה: [הצעד].', kind: 'replace-clause', label: 'להכיר בהשפעה' },
        { text: 'זה באמת היה מטרד מיותר.', kind: 'insert-before', label: 'להכיר קודם' },
      ],
      flag: ['זה עניין של חמש דקות.', 'סך הכול שריטה קטנה.'],
      pass: ['רק רציתי לעדכן שההחזר יצא היום.'],
    },
  },
  'bare-refusal': {
    unlessMoves: ['alternative-offer', 'next-step-with-time'],
    en: {
      message: 'A no with no way forward.',
      why: 'A refusal on its own leaves the customer at a dead end; after the no, say what you can do.',
      suggestions: [
        { text: 'What I can do for you is [what you can offer].', kind: 'insert-after', label: 'Add an offer' },
        { text: '{clause}, but what I can do for you is [what you can offer].', kind: 'replace-clause', label: 'Say no with an offer' },
      ],
      flag: ['We are not in a position to make an exception on this occasion.'],
      pass: ["We can't refund it, but what I can do is send a replacement today."],
    },
    he: {
      message: '"לא" בלי דרך להמשיך.',
      why: 'סירוב בלי המשך משאיר את הלקוח מול קיר; אחרי ה"לא" אומרים מה כן אפשר.',
      suggestions: [
        { text: 'מה שכן אפשר לעשות זה [מה שאפשר להציע].', kind: 'insert-after', label: 'להוסיף הצעה' },
        { text: '{clause}, אבל מה שכן אפשר לעשות זה [מה שאפשר להציע].', kind: 'replace-clause', label: 'לסרב עם הצעה' },
      ],
      flag: ['לצערנו לא נוכל לאשר חריגה במקרה הזה.'],
      pass: ['אי אפשר לבטל את ההזמנה, אבל אפשר להחזיר אותה עד יום חמישי.'],
    },
  },
  'vague-timeline': {
    unlessMoves: ['next-step-with-time'],
    en: {
      message: 'This gives no time the customer can hold on to.',
      why: 'Words like these mean a different day to every reader; give a realistic date, or at least when you will update them.',
      suggestions: [
        { text: "We'll have this done by [day and time], and I'll update you by [time] either way.", kind: 'replace-clause', label: 'Give a date' },
        { text: "I'll update you by [time] either way.", kind: 'insert-after', label: 'Promise an update' },
      ],
      flag: ["We'll sort it out when things quieten down.", 'We will get to it in the fullness of time.'],
      pass: ['It will arrive by Friday 5 pm at the latest.'],
    },
    he: {
      message: 'כאן אין מועד שהלקוח יכול להיאחז בו.',
      why: 'מילים כאלה הן יום אחר לכל קורא; נותנים תאריך מציאותי, או לפחות מתי יגיע עדכון.',
      suggestions: [
        { text: 'זה יטופל עד [יום ושעה], ואעדכן עד [שעה] בכל מקרה.', kind: 'replace-clause', label: 'לתת מועד' },
        { text: 'אעדכן אותך עד [שעה] בכל מקרה.', kind: 'insert-after', label: 'להבטיח עדכון' },
      ],
      flag: ['כשיתפנה נציג נחזור אליך.', 'זה ייקח עוד קצת זמן.'],
      pass: ['החבילה תגיע עד יום חמישי ב-17:00.'],
    },
  },
  confrontational: {
    en: {
      message: 'This argues with the customer.',
      why: 'Correcting, lecturing or answering in anger makes the customer defend their position; say calmly what you checked.',
      suggestions: [
        { text: 'I see we read this differently; here is what I checked: [what you checked].', kind: 'replace-clause', label: 'Explain without arguing' },
      ],
      flag: ["I'm not going to repeat myself."],
      pass: ['Thanks for pointing that out, you were right about the date.'],
    },
    he: {
      message: 'כאן מתווכחים עם הלקוח.',
      why: 'תיקון, הטפה או תשובה בכעס גורמים ללקוח להתגונן; אומרים ברוגע מה בדקת.',
      suggestions: [{ text: 'אני רואה שאנחנו מבינים את זה אחרת; הנה מה שבדקתי: [מה שבדקת].', kind: 'replace-clause', label: 'להסביר בלי להתווכח' }],
      flag: ['בוא נדייק.', 'אני כבר לא יודע איך להסביר את זה אחרת.'],
      pass: ['צדקת לגבי התאריך, תודה שתיקנת.'],
    },
  },
};

const cache = new Map<string, PolicyRule>();

/** The rule a model finding of this category, language and severity is reported under. */
export function modelRule(lang: Lang, category: Category, severity: PolicyRule['severity']): PolicyRule {
  const key = `${lang}:${category}:${severity}`;
  const known = cache.get(key);
  if (known) return known;
  const { message, why, suggestions, flag, pass } = TABLE[category][lang];
  const unlessMoves = TABLE[category].unlessMoves;
  const rule: PolicyRule = {
    id: `model:${category}`,
    category,
    severity,
    lang,
    message,
    why,
    suggestions,
    ...(unlessMoves ? { unlessMoves } : {}),
    examples: { flag, pass },
  };
  cache.set(key, rule);
  return rule;
}

/**
 * A question that asks the customer for something to go on ("Do you still have the emails?"),
 * not a closing formula ("Is there anything else I can help with?"). After a "no" the model
 * flags, it is a way forward.
 */
export function asksCustomer(sentence: string): boolean {
  return /[?\u061F]\s*["'\u201D\u2019)]*\s*$/.test(sentence) && !/\banything else\b|\bany other questions\b|\bhelp with anything\b|\bעוד משהו\b|\bעוד שאלות\b/iu.test(sentence);
}

/** Reply-level conditions of a category's model findings. */
export function modelUnlessMoves(category: Category): readonly Move[] {
  return TABLE[category].unlessMoves ?? [];
}
