import { describe, expect, it } from 'vitest';
import { hebrew } from '../../../src/core/lang/he';
import type { Move } from '../../../src/core/types';

const movesIn = (sentence: string): Move[] => [...new Set(hebrew.moves(sentence).map((hit) => hit.move))].sort();

describe('Hebrew moves, sentence by sentence', () => {
  it('reads a reflection in the words of seeds 003 and 004, not a bare "I understood"', () => {
    expect(movesIn('אם אני מבין אותך נכון, השיחות שלך לא מוחזרות בזמן.')).toContain('reflection');
    expect(movesIn('אני מבינה שאת לא אוהבת את העיצוב של המצגת.')).toContain('reflection');
    expect(movesIn('כן, הבנתי את הבעיה.')).not.toContain('reflection');
  });

  it('tells a next step with a time from a time alone', () => {
    expect(movesIn('אחזור אלייך עד 14:00 היום.')).toContain('next-step-with-time');
    expect(movesIn('קבעתי לך טכנאי למחר בין 8:00 ל-10:00.')).toContain('next-step-with-time');
    expect(movesIn('המוקד פתוח בימים א׳-ה׳ בין 8:00 ל-16:00.')).not.toContain('next-step-with-time');
    expect(movesIn('היי יונתן, ההזמנה יצאה היום מהמחסן.')).not.toContain('next-step-with-time');
  });

  it('asks an interest question only in a question', () => {
    expect(movesIn('מה הסיבה שדווקא מחר?')).toContain('interest-question');
    expect(movesIn('מה הסיבה לעיכוב: החלק לא הגיע מהספק.')).not.toContain('interest-question');
  });

  it('finds an offer, but not one said in the negative', () => {
    expect(movesIn('מה שאני כן יכולה לעשות זה להקפיא את המנוי.')).toContain('alternative-offer');
    expect(movesIn('אם השעה לא מתאימה, תכתוב לי ואקבע מועד אחר.')).toContain('alternative-offer');
    expect(movesIn('לא נוכל להחליף את הכרטיס.')).not.toContain('alternative-offer');
    // A step the customer can take after the no: "if you switch to the other plan, ..."
    expect(movesIn('במסלול הזה אי אפשר להוסיף נהג צעיר, אבל אם תעברי למסלול המשפחתי הוא יכול לנהוג.')).toContain('alternative-offer');
    expect(movesIn('אם תעלה תמונה בלי הלוגו, המודעה תחזור לאתר תוך שעה.')).toContain('alternative-offer');
    expect(movesIn('אבל אם זה יקרה שוב, נצטרך לחסום את החשבון.')).not.toContain('alternative-offer');
    // "What can be done is ...", said without "I" (round eleven, read on test-i).
    expect(movesIn('מה שאפשר לעשות הוא להזמין עבורכם מגשים מוכנים ממפעל אחר.')).toContain('alternative-offer');
    expect(movesIn('מה שניתן לעשות זה להקדים את התור.')).toContain('alternative-offer');
    expect(movesIn('אין הרבה מה אפשר לעשות עם מכשיר כזה.')).not.toContain('alternative-offer');
    // And introduced with a colon (round twelve): "מה שאפשר: ...", "מה שנוכל: ...".
    expect(movesIn('מה שאפשר: להקפיא את המנוי מהשבוע הבא.')).toContain('alternative-offer');
    expect(movesIn('את מלוא הסכום לא נוכל להחזיר; מה שנוכל: שני שיעורים עם מורה אחר בחינם.')).toContain('alternative-offer');
  });

  it('finds apology and empathy', () => {
    expect(movesIn('אני מצטערת, זה באמת מתסכל לחכות שבוע.')).toEqual(expect.arrayContaining(['apology', 'empathy']));
  });

  it('offsets of every move slice the sentence, niqqud included', () => {
    const sentence = 'אֲנִי מִצְטַעֵר, זֶה מְתַסְכֵּל.';
    for (const hit of hebrew.moves(sentence)) {
      expect(hit.start).toBeGreaterThanOrEqual(0);
      expect(hit.end).toBeLessThanOrEqual(sentence.length);
      expect(hit.start).toBeLessThan(hit.end);
    }
    expect(hebrew.moves(sentence).map((hit) => sentence.slice(hit.start, hit.end))).toEqual(expect.arrayContaining(['מִצְטַעֵר', 'מְתַסְכֵּל']));
  });
});
