import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { compileRule } from '../../../src/core/compile';
import type { Lang } from '../../../src/core/types';
import { patternFromPhrase } from '../../../src/policy/phrase-pattern';
import { resolvePolicy } from '../../../src/policy/resolve';
import type { PolicyRule } from '../../../src/policy/types';

const ruleOf = (lang: Lang, patterns: string[]): PolicyRule => ({
  id: 'team-phrase',
  category: 'deflection',
  severity: 'warning',
  lang,
  patterns,
  message: 'm',
  why: 'w',
  suggestions: ['s'],
  examples: { flag: ['f'], pass: ['p'] },
});

/** The words a phrase, made a pattern, flags in a reply. */
function flagged(phrase: string, lang: Lang, reply: string): string[] {
  const policy = resolvePolicy({ team: { name: 't', version: '1', extends: null, rules: [ruleOf(lang, [patternFromPhrase(phrase, lang)])] } });
  return analyze(reply, policy).findings.map((finding) => finding.text);
}

describe('a plain phrase as a pattern', () => {
  it('lower-cases, drops punctuation and collapses spaces', () => {
    expect(patternFromPhrase('  Not   our PROBLEM. ', 'en')).toBe('not our problem');
    expect(patternFromPhrase("That’s on the courier!", 'en')).toBe("that's on the courier");
    expect(patternFromPhrase('a follow-up - soon', 'en')).toBe('a follow-up soon');
  });

  it('keeps no compromise syntax: tags, choices, groups, anchors and wildcards become spaces', () => {
    expect(patternFromPhrase('#PastTense (you|we) [should] have? ^done$ @hasComma {refund} .*', 'en')).toBe(
      'pasttense you we should have done hascomma refund',
    );
  });

  it('keeps Hebrew words as words, with no prefix marks, alternatives or optional words', () => {
    expect(patternFromPhrase('זה לא הבעיה שלנו', 'he')).toBe('זה לא הבעיה שלנו');
    expect(patternFromPhrase('ש- מבין/מבינה כן? =בדיוק (אולי)', 'he')).toBe('ש מבין מבינה כן בדיוק אולי');
    expect(patternFromPhrase('הזמנת צ׳יפס לת״א', 'he')).toBe('הזמנת צ׳יפס לת״א');
    expect(patternFromPhrase("צ'יפס אצל ד\"ר כהן", 'he')).toBe('צ׳יפס אצל ד״ר כהן');
  });

  it('leaves nothing when the phrase has no words', () => {
    expect(patternFromPhrase(' !!! ?? ', 'en')).toBe('');
  });

  it('finds the phrase a lead typed, in any case and with punctuation around it', () => {
    expect(flagged("That's on the courier!", 'en', "Sorry, THAT'S on the courier.")).toEqual(["THAT'S on the courier"]);
    expect(flagged('not our problem', 'en', 'Honestly, that is not our problem!')).toEqual(['not our problem']);
    expect(flagged('זו לא הבעיה שלנו', 'he', 'זו לא הבעיה שלנו, תפנו לדואר.')).toEqual(['זו לא הבעיה שלנו']);
  });

  it('always gives a pattern the analyser accepts, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: fc.constantFrom(...'ab זה׳״”#@()[]{}*+?^$~<>|!.,;:"\'’/=&-_\\ 1%'.split('')) }), fc.constantFrom<Lang>('en', 'he'), (phrase, lang) => {
        const pattern = patternFromPhrase(phrase, lang);
        if (!/[\p{L}\p{N}]/u.test(pattern)) return;
        expect(() => compileRule(ruleOf(lang, [pattern]))).not.toThrow();
        expect(patternFromPhrase(pattern, lang)).toBe(pattern);
      }),
    );
  });
});
