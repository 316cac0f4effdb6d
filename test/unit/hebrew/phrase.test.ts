import { describe, expect, it } from 'vitest';
import { PatternError } from '../../../src/core/language';
import { hebrew } from '../../../src/core/lang/he';
import type { PolicyRule } from '../../../src/policy/types';

function rule(patterns: string[], exceptions: string[] = []): PolicyRule {
  return {
    id: 'probe', category: 'blame', severity: 'warning', lang: 'he', patterns, exceptions,
    message: 'm', why: 'w', suggestions: ['s'], examples: { flag: [], pass: [] },
  };
}

/** The flagged words of `sentence`, as a user would see them underlined. */
function flagged(patterns: string[], sentence: string, exceptions: string[] = []): string[] {
  return hebrew.match(sentence, [hebrew.compile(rule(patterns, exceptions))]).map((hit) => sentence.slice(hit.start, hit.end));
}

function compileError(pattern: string): string {
  try {
    hebrew.compile(rule([pattern]));
  } catch (error) {
    expect(error).toBeInstanceOf(PatternError);
    return (error as PatternError).message;
  }
  throw new Error(`"${pattern}" compiled`);
}

describe('prefix letters', () => {
  it('finds a pattern word behind any chain of ו ה ש כ ל ב מ', () => {
    expect(flagged(['אמרתי'], 'וכשאמרתי לך')).toEqual(['וכשאמרתי']);
    expect(flagged(['הבנתי'], 'שהבנתי את זה')).toEqual(['שהבנתי']);
    expect(flagged(['הבעיה'], 'מהבעיה הזאת')).toEqual(['מהבעיה']);
    expect(flagged(['בעיה'], 'ולבעיה, ומהבעיה')).toEqual(['ולבעיה', 'ומהבעיה']);
  });

  it('never reads letters of the word itself as prefixes', () => {
    expect(flagged(['מבין'], 'אני מבין')).toEqual(['מבין']);
    expect(flagged(['בין'], 'אני מבין')).toEqual(['מבין']);
    expect(flagged(['לקוח'], 'לקוח קשה')).toEqual(['לקוח']);
    expect(flagged(['קוח'], 'לקוח קשה')).toEqual(['לקוח']);
    expect(flagged(['לקוח'], 'קוח')).toEqual([]);
  });

  it('rejects chains Hebrew does not write: ו only first, ה only last, four letters at most', () => {
    expect(flagged(['בעיה'], 'הובעיה')).toEqual([]);
    expect(flagged(['בעיה'], 'שהלבעיה')).toEqual([]);
    expect(flagged(['ספר'], 'ושכשלספר')).toEqual([]);
  });

  it('finds "הבעיה" after ב כ ל, where the article is not written', () => {
    expect(flagged(['הבעיה'], 'בבעיה ולבעיה')).toEqual(['בבעיה', 'ולבעיה']);
    expect(flagged(['הבעיה'], 'מבעיה')).toEqual([]);
  });

  it('reads a pattern written with niqqud or final letters like the plain words', () => {
    expect(flagged(['הֲבַנְתִּי אֶת הַבְּעָיָה'], 'כן, הבנתי את הבעיה')).toEqual(['הבנתי את הבעיה']);
    expect(flagged(['צריך'], 'צריכה')).toEqual(['צריכה']);
  });

  it('with "=" takes the word exactly as written', () => {
    expect(flagged(['=כן'], 'כן, ולכן')).toEqual(['כן']);
    expect(flagged(['כן'], 'ולכן')).toEqual(['ולכן']);
  });
});

describe('gender and number forms', () => {
  it('finds feminine and plural forms of a participle written in the masculine', () => {
    expect(flagged(['אני מבין'], 'אני מבינה')).toEqual(['אני מבינה']);
    expect(flagged(['יכול'], 'יכולה, יכולים, יכולות')).toEqual(['יכולה', 'יכולים', 'יכולות']);
    expect(flagged(['היית צריך'], 'היית צריכה; הייתם צריכים')).toEqual(['היית צריכה', 'הייתם צריכים']);
  });

  it('finds the masculine when the pattern is written in the feminine', () => {
    expect(flagged(['מבינה'], 'מבין')).toEqual(['מבין']);
    expect(flagged(['טועה'], 'אתם טועים')).toEqual(['טועים']);
  });

  it('finds "we" forms of a first person past verb, never "you" forms', () => {
    expect(flagged(['הבנתי את הבעיה'], 'הבנו את הבעיה')).toEqual(['הבנו את הבעיה']);
    expect(flagged(['ביטלתי'], 'ביטלנו')).toEqual(['ביטלנו']);
    expect(flagged(['הבנתי'], 'הבנת')).toEqual([]);
    expect(flagged(['קראת'], 'קראתם את זה, קראתי את זה')).toEqual(['קראתם']);
  });

  it('finds the other pronoun forms of "you"', () => {
    expect(flagged(['אתה טועה'], 'את טועה')).toEqual(['את טועה']);
    expect(flagged(['אשמתך'], 'זו אשמתכם')).toEqual(['אשמתכם']);
    expect(flagged(['אל תדאג'], 'אל תדאגי, אל תדאגו')).toEqual(['אל תדאגי', 'אל תדאגו']);
  });

  it("makes a team lead's plain phrase work with prefixes and forms together", () => {
    expect(flagged(['הבנתי את הבעיה'], 'וכשהבנו את הבעיות, תיקנו')).toEqual(['וכשהבנו את הבעיות']);
  });
});

describe('phrase syntax', () => {
  it('takes alternatives with / or (a|b), and ? for an optional word', () => {
    expect(flagged(['כן? הבנתי/מבין אותך'], 'כן, הבנתי אותך. מבין אותך.')).toEqual(['כן, הבנתי אותך', 'מבין אותך']);
    expect(flagged(['(מבין|יודע) אותך'], 'יודעת אותך')).toEqual(['יודעת אותך']);
  });

  it('takes . for one word and * for up to three', () => {
    expect(flagged(['היית . לבדוק'], 'היית צריך לבדוק')).toEqual(['היית צריך לבדוק']);
    expect(flagged(['אין * במלאי'], 'אין את זה במלאי')).toEqual(['אין את זה במלאי']);
    expect(flagged(['אין * במלאי'], 'אין לנו את הדגם הזה במלאי')).toEqual([]);
  });

  it('takes "ש-" for any word written with that prefix', () => {
    expect(flagged(['מבטיח לך? ש-'], 'אני מבטיחה לך שזה יגיע')).toEqual(['מבטיחה לך שזה']);
    expect(flagged(['מבטיח לך? ש-'], 'אני מבטיחה לחזור אלייך')).toEqual([]);
  });

  it('takes "$" after a word that must end a clause', () => {
    expect(flagged(['הבנתי$'], 'תאמין לי שהבנתי. הבנתי, אז ככה.')).toEqual(['שהבנתי', 'הבנתי']);
    expect(flagged(['הבנתי$'], 'הבנתי את הטעות ותיקנתי')).toEqual([]);
  });

  it('drops a hit when its sentence has an exception', () => {
    expect(flagged(['אשמתך'], 'זו לא אשמתך', ['לא אשמתך'])).toEqual([]);
    expect(flagged(['אשמתך'], 'זו אשמתך', ['לא אשמתך'])).toEqual(['אשמתך']);
  });
});

describe('patterns that cannot be used', () => {
  it.each([
    ['#Verb אותך', 'uses "#"'],
    ['^הבנתי$', 'uses "^"'],
    ['הב$נתי', 'uses "$"'],
    ['', 'has no words'],
    ['!!', 'has no words'],
    ['* הבנתי', 'begins or ends with "." or "*"'],
    ['כן?', 'has only optional words'],
    ['מבין//מבינה', 'empty alternative'],
    ['(מבין אותך)', 'brackets that do not close around one word'],
    ['ק- אותך', '"ק" is not a chain of the prefix letters'],
    ['א ב ג ד ה ו ז ח ט י כ ל מ', 'at most 12 are allowed'],
    ['14:00', 'not one word'],
  ])('"%s" gets a message saying what to do (%s)', (pattern, expected) => {
    const message = compileError(pattern);
    expect(message).toContain(`The pattern "${pattern}"`);
    expect(message).toContain(expected);
  });

  it('rejects a pattern over 200 characters', () => {
    expect(compileError('מילה '.repeat(41).trim())).toContain('characters long');
  });
});

describe('work stays linear', () => {
  it('matches the largest allowed pattern against a long text in well under a second', () => {
    const pattern = Array.from({ length: 12 }, (_, at) => (at % 2 === 0 ? 'א/ב/ג/ד/ה/ו/ז/ח/ט/י/כ/ל?' : '*')).join(' ').replace(/\*$/, 'מ');
    const compiled = hebrew.compile(rule([pattern]));
    const text = 'א ב '.repeat(2500);
    const started = performance.now();
    hebrew.match(text, [compiled]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
