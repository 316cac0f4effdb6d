import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/lang/he/tokens';

const words = (text: string) => tokenize(text).map((token) => token.word);
const slices = (text: string) => tokenize(text).map((token) => text.slice(token.start, token.end));

describe('Hebrew tokens', () => {
  it('writes final letters as ordinary ones, so "שלך" and "שלכם" share a stem', () => {
    expect(words('שלך שלכם מחכים ארץ כף')).toEqual(['שלכ', 'שלכמ', 'מחכימ', 'ארצ', 'כפ']);
  });

  it('ignores niqqud and cantillation but slices the word with its marks', () => {
    const text = 'כֵּן, הֵבַנְתִּי אֶת הַבְּעָיָה';
    expect(words(text)).toEqual(['כנ', 'הבנתי', 'את', 'הבעיה']);
    expect(slices(text)).toEqual(['כֵּן', 'הֵבַנְתִּי', 'אֶת', 'הַבְּעָיָה']);
  });

  it('keeps gershayim and geresh inside the word they belong to', () => {
    const text = 'שלום ד"ר כהן, ימים א׳-ה׳ וצ\'יפס ו־ד״ר';
    expect(words(text)).toEqual(['שלומ', 'דר', 'כהנ', 'ימימ', 'א', 'ה', 'וציפס', 'ו', 'דר']);
    expect(slices(text)).toEqual(['שלום', 'ד"ר', 'כהן', 'ימים', 'א׳', 'ה׳', "וצ'יפס", 'ו', 'ד״ר']);
  });

  it('does not swallow a closing quotation mark into the word', () => {
    expect(slices('סימנתי "ללא החלפות" בחשבון')).toEqual(['סימנתי', 'ללא', 'החלפות', 'בחשבון']);
  });

  it('skips direction marks and keeps English words and numbers apart from Hebrew', () => {
    const text = '\u200Fשלחתי SMS ב-14:00 ✅';
    expect(words(text)).toEqual(['שלחתי', 'sms', 'ב', '14', '00']);
    expect(slices(text)).toEqual(['שלחתי', 'SMS', 'ב', '14', '00']);
  });
});
