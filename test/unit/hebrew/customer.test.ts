import { describe, expect, it } from 'vitest';
import { hebrew } from '../../../src/core/lang/he';

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
    expect(reflection('אני רוצה החזר.')).toBe('"אני רוצה החזר"');
    expect(reflection('אני אבוא מחר לסניף.')).toBe('"אני אבוא מחר לסניף"');
    expect(reflection('הזמנו שולחן ולא הגיע.')).toBe('"הזמנו שולחן ולא הגיע"');
    expect(reflection('אמרת לי שזה יגיע אתמול.')).toBe('"אמרת לי שזה יגיע אתמול"');
    expect(reflection('תבטלו לי את ההזמנה.')).toBe('"תבטלו לי את ההזמנה"');
  });

  it('has nothing to reflect in a bare question, and never reflects insults or anger', () => {
    expect(reflection('מה קורה עם ההחזר?')).toBeNull();
    expect(reflection('אתם חבורה של גנבים. החשבון שלי חסום מאתמול.')).toBe('החשבון שלך חסום מאתמול');
    expect(reflection('אני צריך את זה מוכן מחר, בלי תירוצים.')).toBe('אתה צריך את זה מוכן מחר');
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
    expect(message.slice(demand!.start, demand!.end)).toBe('אני צריך את זה למחר, בלי תירוצים.');
  });

  it('asks about the deadline the customer named, or about the urgency', () => {
    expect(hebrew.readCustomer('תבטלו את ההזמנה ותחזירו לי את הכסף עד יום חמישי.').demands[0]!.question).toBe('מה הסיבה שדווקא עד יום חמישי?');
    expect(hebrew.readCustomer('הזמנתי ולא הגיע, ואני צריך אותה עד מחר.').demands[0]!.question).toBe('מה הסיבה שדווקא מחר?');
    expect(hebrew.readCustomer('אני צריכה טכנאי. זה דחוף.').demands[0]!.question).toBe('מה הסיבה שזה דחוף דווקא עכשיו?');
  });

  it('does not take a question or a wish without a deadline for a demand', () => {
    expect(hebrew.readCustomer('אני צריך לשנות כתובת, איך עושים את זה?').demands).toEqual([]);
    expect(hebrew.readCustomer('מתי תגיע ההזמנה?').demands).toEqual([]);
  });
});
