import { describe, expect, it } from 'vitest';
import { analyze, compileRule, PatternError } from '../../../src/core';
import { policyOf, rule } from './policies';

const compileError = (pattern: string): string => {
  try {
    compileRule(rule({ patterns: [pattern] }));
  } catch (error) {
    expect(error).toBeInstanceOf(PatternError);
    expect((error as PatternError).pattern).toBe(pattern);
    return (error as PatternError).message;
  }
  throw new Error(`"${pattern}" compiled`);
};

describe('English patterns', () => {
  it.each([
    ['you should have #PastTens', /tag #PastTens, which does not exist\. Did you mean #PastTense\?/],
    ['you (should|must have', /"\(" that is never closed/],
    ['you should) have', /"\)" without its opening bracket/],
    ['(you (should|must)) have', /group inside a group/],
    ['/you sh(ou)+ld/', /regular expression/],
    ['you @isShouting', /@isShouting, which is not a term check/],
    ['!!', /has no words.*repeated-punctuation/],
    [`you ${'really '.repeat(40)}should`, /characters long; keep patterns under 200/],
  ])('rejects %s with a message that says how to fix it', (pattern, message) => {
    expect(compileError(pattern)).toMatch(message);
  });

  it('checks exceptions as well as patterns', () => {
    expect(() => compileRule(rule({ patterns: ['manual'], exceptions: ['#Nope'] }))).toThrow(PatternError);
  });

  it('accepts a plain phrase with punctuation a writer would add', () => {
    const policy = policyOf({ id: 'plain', patterns: ['I hear you.', 'are you sure?'] });
    const found = analyze('Oh, I hear you. But are you sure about it?', policy).findings.map((finding) => finding.text);
    expect(found).toEqual(['I hear you', 'are you sure']);
  });

  it('matches a verb slot, not a verb list', () => {
    const policy = policyOf({ id: 'slot', patterns: ['you should have #PastTense'] });
    for (const verb of ['read', 'checked', 'backed up', 'downloaded', 'called']) {
      expect(analyze(`You should have ${verb} it first.`, policy).findings).toHaveLength(1);
    }
  });

  it('matches contractions in either form', () => {
    const policy = policyOf({ id: 'contraction', patterns: ['you did not read'] });
    expect(analyze("You didn't read the outline.", policy).findings.map((finding) => finding.text)).toEqual(["You didn't read"]);
  });

  it('stays fast on a long reply without sentence breaks, whatever the pattern', () => {
    const policy = policyOf({ id: 'greedy', patterns: ['* * * . * * sorry'] });
    const text = 'word '.repeat(4000);
    const started = performance.now();
    analyze(text, policy);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
