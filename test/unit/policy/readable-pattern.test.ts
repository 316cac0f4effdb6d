import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/policy/default-policy';
import { readablePattern } from '../../../src/policy/readable-pattern';

const firstPatternOf = (id: string) => DEFAULT_POLICY.rules!.find((rule) => rule.id === id)!.patterns![0]!;

describe('a pattern read as a plain phrase', () => {
  it.each([
    ['hollow-i-understand', 'i understand your problem'],
    ['blame-should-have', 'you should have …'],
    ['blame-clearly-stated', 'is clearly stated'],
    ['deflection-not-our-fault', 'not our fault'],
    ['vague-timeline', 'soon'],
    ['over-promise-dont-worry', 'do not worry'],
    ['over-promise-certainty', 'definitely … today'],
    ['too-many-sorries', 'sorry'],
    ['confrontational-preface', 'with respect'],
    ['he-hollow-understood', 'הבנתי את הבעיה'],
    ['he-blame-as-i-said', 'כמו אמרתי כבר'],
    ['he-overpromise-guarantee', 'מבטיח ש…'],
    ['he-vague-looking-into-it', 'בודקים זה'],
  ])('names %s by "%s"', (id, phrase) => {
    expect(readablePattern(firstPatternOf(id))).toBe(phrase);
  });

  it('reads a plain phrase as itself', () => {
    expect(readablePattern("that's on the courier")).toBe("that's on the courier");
  });

  it('reads wildcards between words as "…"', () => {
    expect(readablePattern('(can not|cannot) .{0,6} but (you|we)')).toBe('can not … but you');
    expect(readablePattern('אם * לא מבין')).toBe('אם … לא מבין');
  });

  it('gives nothing for a pattern that names no word', () => {
    expect(readablePattern('#Adverb (#PastTense|#Participle)')).toBe('');
  });
});
