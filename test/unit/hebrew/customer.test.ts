import { describe, expect, it } from 'vitest';
import { hebrew } from '../../../src/core/lang/he';
import { MAX_WORDS } from '../../../src/core/lang/he/customer-reflect';

const reflection = (message: string) => hebrew.readCustomer(message).reflection;

describe('reflection drafted from the customer\'s Hebrew', () => {
  it('turns first person into second: verbs, "לי", "שלי", "עליי"', () => {
    expect(reflection('הזמנתי ולא הגיע.')).toBe('הזמנת ולא הגיע');
    expect(reflection('הזמנתי שמלה והיא קטנה עליי. אפשר להחליף?')).toBe('הזמנת שמלה והיא קטנה עליך');
    expect(reflection('שלום, ההזמנה שלי תקועה ואף אחד לא עונה לי.')).toBe('ההזמנה שלך תקועה ואף אחד לא עונה לך');
  });

  it('leaves adjectives that end like a first person verb as they are', () => {
    expect(reflection('נרשמתי למנוי שנתי ושילמתי על שירות איכותי.')).toBe('נרשמת למנוי שנתי ושילמת על שירות איכותי');
  });

  it('turns the customer\'s "you" (the company) into "we"', () => {
    expect(reflection('ביטלתי את המנוי ובכל זאת חייבתם אותי פעמיים.')).toBe('ביטלת את המנוי ובכל זאת חייבנו אותך פעמיים');
  });

  it('takes the gender for "אני" from the customer\'s own verb, also behind a prefix', () => {
    expect(reflection('אני עדיין לא מצליח להיכנס לחשבון.')).toBe('אתה עדיין לא מצליח להיכנס לחשבון');
    expect(reflection('זה נופל בדיוק כשאני עובדת מהבית.')).toBe('זה נופל בדיוק כשאת עובדת מהבית');
    expect(reflection('אני הזמנתי טכנאי.')).toBe('הזמנת טכנאי');
  });

  it('quotes the customer instead of guessing when a word cannot be turned correctly', () => {
    expect(reflection('אני אצטרך לחכות עוד שבוע.')).toBe('"אני אצטרך לחכות עוד שבוע"');
    expect(reflection('אמרת לי שזה יגיע אתמול.')).toBe('"אמרת לי שזה יגיע אתמול"');
  });

  it('turns the customer\'s "we" (their household) into "you" in the plural', () => {
    expect(reflection('הזמנו שולחן ולא הגיע.')).toBe('הזמנתם שולחן ולא הגיע');
  });

  it('has nothing to reflect in a bare question or a bare demand, and never reflects insults or anger', () => {
    expect(reflection('מה קורה עם ההחזר?')).toBeNull();
    expect(reflection('אני רוצה החזר.')).toBeNull();
    expect(reflection('תבטלו לי את ההזמנה.')).toBeNull();
    expect(reflection('אתם חבורה של גנבים. החשבון שלי חסום מאתמול.')).toBe('החשבון שלך חסום מאתמול');
    expect(reflection('אני צריך את זה מוכן מחר, בלי תירוצים.')).toBeNull();
  });
});

describe('mood', () => {
  it.each([
    ['אפשר לקבל חשבונית על ההזמנה?', 'calm'],
    ['זו כבר הפעם השלישית שאני פונה בעניין הזה.', 'frustrated'],
    ['זו בושה! שילמתי 1,800 שקל על כלום!!', 'angry'],
    ['אתם חבורה של גנבים ואפסים.', 'abusive'],
  ] as const)('"%s" reads as %s', (message, mood) => {
    expect(hebrew.readCustomer(message).mood).toBe(mood);
  });

  it('offers the calm boundary (seed 003) only to an abusive customer', () => {
    expect(hebrew.readCustomer('אתם מטומטמים, תחזירו לי את הכסף.').boundary).toContain('בשפה פוגענית');
    expect(hebrew.readCustomer('תחזירו לי את הכסף בבקשה.').boundary).toBeNull();
  });
});

describe('demands', () => {
  it('finds "I need it by tomorrow" and asks the interest question of seed 004', () => {
    const message = 'שלום. אני צריך את זה למחר, בלי תירוצים.';
    const [demand, ...rest] = hebrew.readCustomer(message).demands;
    expect(rest).toEqual([]);
    expect(demand!.question).toBe('מה הסיבה שדווקא מחר?');
    expect(message.slice(demand!.start, demand!.end)).toBe('אני צריך את זה למחר');
    expect(demand!.text).toBe('אני צריך את זה למחר');
  });

  it('asks about the deadline the customer named, or about the urgency', () => {
    const [cancel, refund] = hebrew.readCustomer('תבטלו את ההזמנה ותחזירו לי את הכסף עד יום חמישי.').demands;
    expect(cancel).toMatchObject({ text: 'תבטלו את ההזמנה', question: 'מה גורם לך לרצות לבטל?' });
    expect(refund).toMatchObject({ text: 'ותחזירו לי את הכסף עד יום חמישי', question: 'מה הסיבה שדווקא עד יום חמישי?' });
    expect(hebrew.readCustomer('הזמנתי ולא הגיע, ואני צריך אותה עד מחר.').demands[0]!.question).toBe('מה הסיבה שדווקא מחר?');
    expect(hebrew.readCustomer('אני צריכה טכנאי. זה דחוף.').demands[0]!.question).toBe('מה הסיבה שזה דחוף דווקא עכשיו?');
  });

  it('does not take a how-question or a wish without a deadline for a demand', () => {
    expect(hebrew.readCustomer('אני צריך לשנות כתובת, איך עושים את זה?').demands).toEqual([]);
    expect(hebrew.readCustomer('איך מחזירים מוצר שנפתח?').demands).toEqual([]);
  });

  it('takes "when" from a customer left waiting for a demand to be told, and asks nothing back (round seven)', () => {
    expect(hebrew.readCustomer('מתי תגיע ההזמנה?').demands).toMatchObject([{ text: 'מתי תגיע ההזמנה', question: null }]);
  });
});

// The messages issue 12 quotes, in Hebrew, and what it asks of them.
const read = (message: string) => hebrew.readCustomer(message);

describe('issue 12 in Hebrew: a mood that matches the message', () => {
  it('reads a customer afraid their insurance claim will be refused as anxious', () => {
    expect(read('אני ממש מפחדת שידחו לי את התביעה בביטוח. השמאי אמר שאולי הנזק לא מכוסה, ואין לנו כסף לתקן לבד.').mood).toBe('anxious');
  });

  it('reads a lost booking for a special occasion after a long trip as more than calm', () => {
    expect(['frustrated', 'angry']).toContain(read('נסענו 9 שעות לחגוג את יום הנישואים שלנו, ובקבלה אומרים שאין לנו הזמנה! שילמנו על החדר כבר במרץ.').mood);
  });

  it('reads a move to a competitor as angry', () => {
    expect(read('אני עובר למתחרים בסוף החודש. שלוש תקלות בשבועיים זה לא מה שאני משלם עליו.').mood).toBe('angry');
  });

  it('reads "תתקנו את זה." after a double charge as more than calm', () => {
    expect(read('חויבתי פעמיים החודש. תתקנו את זה.').mood).not.toBe('calm');
  });

  it('reads a plain question or request as calm', () => {
    expect(read('שלום, רציתי לשאול אם אפשר להקדים את המשלוח ליום שלישי. תודה רבה').mood).toBe('calm');
    expect(read('היי, החשבונית של החודש הגיעה בלי מספר ההזמנה. אפשר לשלוח שוב?').mood).toBe('calm');
  });
});

describe('issue 12 in Hebrew: reflections that would make things worse', () => {
  it('never says sarcasm back as if it were meant', () => {
    const reading = read('שירות מעולה כמו תמיד, תקלה שלישית השבוע.');
    expect(reading.sarcasm).toBe(true);
    expect(reading.reflection).toBe('תקלה שלישית השבוע');
  });

  it('never quotes an accusation or an insult back, and never turns one into "we"', () => {
    expect(read('אתם שקרנים. אמרתם לי שההחזר נשלח ביום שני והוא לא הגיע.').reflection).toBe('אמרנו לך שההחזר נשלח ביום שני והוא לא הגיע');
    const reading = read('אתם חבורה של לא יוצלחים. הרכב שלי במוסך שלכם כבר שלושה שבועות.');
    expect(reading.reflection).toBe('הרכב שלך במוסך שלנו כבר שלושה שבועות');
    expect(reading.mood).toBe('abusive');
  });

  it("never restates the customer's self-deprecation", () => {
    expect(read('אני לא מבינה בטלפונים, אבל המכשיר החדש מופעל מחדש כל שעה.').reflection).toBe('המכשיר החדש מופעל מחדש כל שעה');
  });
});

describe('issue 12 in Hebrew: reflections that read well', () => {
  it('joins two sentences into one', () => {
    expect(read('המוסך אמר שהרכב תוקן. נורת המנוע נדלקה שוב בדרך הביתה.').reflection).toBe('המוסך אמר שהרכב תוקן, ונורת המנוע נדלקה שוב בדרך הביתה');
  });

  it('keeps the problem and what is at stake from a sentence that also holds a demand, with the customer\'s gender', () => {
    const reading = read('ההזמנה שלי הגיעה שבורה בפעם השנייה ואני צריכה אותה ליום ההולדת של הבת שלי מחר!');
    expect(reading.reflection).toBe('ההזמנה שלך הגיעה שבורה בפעם השנייה ואת צריכה אותה ליום ההולדת של הבת שלך מחר');
    expect(reading.demands).toHaveLength(1);
    expect(reading.demands[0]).toMatchObject({ reasonGiven: true, question: null });
  });

  it('keeps a long message to about 30 words, and offers a shorter one', () => {
    const reading = read(
      'שלום, הזמנתי ספה ב-3 במרץ ושילמתי 4,800 ₪ מראש. המשלוח נקבע ליום שלישי שעבר, לקחתי יום חופש מהעבודה ואף אחד לא הגיע. התקשרתי ארבע פעמים ובכל פעם אומרים לי שיחזרו אליי, ואף אחד לא חוזר. ההורים שלי מגיעים אלינו בסוף השבוע ואין לנו על מה לשבת.',
    );
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
    expect(words(reading.reflection!)).toBeLessThanOrEqual(MAX_WORDS);
    expect(reading.reflectionShort).not.toBeNull();
    expect(words(reading.reflectionShort!)).toBeLessThan(words(reading.reflection!));
    for (const text of [reading.reflection!, reading.reflectionShort!]) expect(text).not.toMatch(/(?<![\u05D0-\u05EA])(?:שלי|לי|אותי|הזמנתי|שילמתי)(?![\u05D0-\u05EA])/u);
  });
});

describe('issue 12 in Hebrew: demands and the interest behind them', () => {
  it('finds "אני רוצה", "אני צריך", a refund, imperatives', () => {
    const texts = (message: string) => read(message).demands.map((demand) => demand.text);
    expect(texts('אני רוצה את הכסף שלי בחזרה.')).toEqual(['אני רוצה את הכסף שלי בחזרה']);
    expect(texts('אני רוצה שזה יסודר היום.')).toEqual(['אני רוצה שזה יסודר היום']);
    expect(texts('חויבתי פעמיים החודש. תתקנו את זה.')).toEqual(['תתקנו את זה']);
    expect(texts('אפשר זיכוי?')).toEqual(['אפשר זיכוי']);
  });

  it('asks the interest question, in Hebrew, only when no reason was given', () => {
    expect(read('אני צריך את הדוח עד יום שישי.').demands[0]!.question).toBe('מה הסיבה שדווקא עד יום שישי?');
    expect(read('אני צריך את הדוח עד יום שישי כי הבנק סוגר את המשכנתא ביום ראשון.').demands[0]).toMatchObject({ reasonGiven: true, question: null });
  });
});
