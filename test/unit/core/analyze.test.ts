import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';
import { freshDefault, policyOf } from './policies';

describe('analyze', () => {
  it('finds the hollow acknowledgement and the blame in the issue example, with suggestions', () => {
    const text = 'I understand your problem. You should have read the manual.';
    const { findings } = analyze(text, DEFAULT_EFFECTIVE_POLICY);
    const blame = findings[1]!;
    expect(text.slice(0, blame.start) + blame.suggestions[0]!.text + text.slice(blame.end)).toBe('I understand your problem. It helps to have read the manual.');
    expect(findings.map((finding) => [finding.category, finding.text])).toEqual([
      ['hollow-acknowledgement', 'I understand your problem'],
      ['blame', 'You should have'],
    ]);
    for (const finding of findings) {
      expect(finding.suggestions.length).toBeGreaterThanOrEqual(1);
      expect(finding.suggestions.length).toBeLessThanOrEqual(3);
      expect(finding.why).not.toBe('');
    }
  });

  it('gives the same report twice, and the same with a fresh copy of the policy', () => {
    const text = 'Hi Sam, like I said, we cannot refund it. It will be fixed soon!!\n\nI hear you.';
    const customer = 'I was charged twice and nobody answered my emails. I need it fixed by tomorrow!';
    const first = analyze(text, DEFAULT_EFFECTIVE_POLICY, { customer });
    expect(analyze(text, DEFAULT_EFFECTIVE_POLICY, { customer })).toEqual(first);
    expect(analyze(text, freshDefault(), { customer })).toEqual(first);
  });

  it('keeps findings in text order', () => {
    const text = 'That is not true. You should have read the manual. We will fix it soon.';
    const starts = analyze(text, DEFAULT_EFFECTIVE_POLICY).findings.map((finding) => finding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(3);
  });

  it('reports nothing for an empty reply', () => {
    const report = analyze('   \n\n  ', DEFAULT_EFFECTIVE_POLICY);
    expect(report.findings).toEqual([]);
    expect(report.moves).toEqual([]);
    expect(report.customer).toBeNull();
  });

  it('chooses the language per paragraph: Hebrew script means Hebrew', () => {
    const text = 'You should have read the manual.\n\nשלום, אני בודק את ההזמנה שלך עכשיו ואחזור אליך היום.';
    const { findings, lang } = analyze(text, DEFAULT_EFFECTIVE_POLICY);
    expect(findings.filter((finding) => finding.category === 'blame').map((finding) => finding.lang)).toEqual(['en']);
    expect(lang).toBe('he');
  });

  it('lets the context force a language', () => {
    const english = policyOf({ id: 'english-only', patterns: ['manual'] });
    expect(analyze('Read the manual.', english, { lang: 'he' }).findings).toEqual([]);
    expect(analyze('Read the manual.', english, { lang: 'en' }).findings.map((finding) => finding.text)).toEqual(['manual']);
  });

  it('applies a rule only to text in its own language', () => {
    const hebrewRule = policyOf({ id: 'hebrew-rule', lang: 'he', patterns: ['manual'] });
    expect(analyze('Read the manual.', hebrewRule).findings).toEqual([]);
  });
});

describe('reply-level rules', () => {
  const sorry = { id: 'too-many-sorries', category: 'hollow-acknowledgement' as const, patterns: ['sorry'], minCount: 3 };

  it('minCount flags from the n-th hit on, and nothing below it', () => {
    const two = 'Sorry for the wait. Sorry about the mix-up.';
    expect(analyze(two, policyOf(sorry)).findings).toEqual([]);
    const three = `${two} Sorry again.`;
    const findings = analyze(three, policyOf(sorry)).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.start).toBe(three.lastIndexOf('Sorry'));
  });

  it('unlessMoves drops a refusal when the reply offers something anywhere', () => {
    const refusal = { id: 'refusal', category: 'bare-refusal' as const, patterns: ['(we|i) (can not|cannot) #Verb'], unlessMoves: ['alternative-offer' as const] };
    expect(analyze('We cannot refund this booking.', policyOf(refusal)).findings.map((finding) => finding.ruleId)).toEqual(['refusal']);
    expect(analyze('We cannot refund this booking. What I can do is move it to May.', policyOf(refusal)).findings).toEqual([]);
  });

  it('the default bare-refusal stays quiet when a concrete next step follows', () => {
    const categories = (text: string) => analyze(text, DEFAULT_EFFECTIVE_POLICY).findings.map((finding) => finding.category);
    expect(categories('Unfortunately we are unable to refund this booking.')).toEqual(['bare-refusal']);
    expect(categories('We cannot ship on Sunday, so I have booked it for Monday at 9 am.')).toEqual([]);
  });
});
