// validatePolicy: a policy is accepted whole or refused with every problem explained.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/policy/default-policy';
import { formatPolicyError } from '../../../src/policy/policy-error';
import { MAX_TOTAL_PATTERNS } from '../../../src/policy/semantic-checks';
import type { Policy } from '../../../src/policy/types';
import { validatePolicy, validatePolicyText } from '../../../src/policy/validate';
import { BROKEN_POLICIES } from './broken-policies';
import { validTeamPolicy, withRule } from './policy-fixtures';

const fixture = (file: string) => readFileSync(`test/fixtures/policies/${file}`, 'utf8');

describe('validatePolicy', () => {
  it('returns the whole policy when it is valid', () => {
    const policy = validTeamPolicy();
    expect(validatePolicy(policy)).toEqual({ ok: true, policy });
  });

  it('accepts the built-in default policy', () => {
    const result = validatePolicy(DEFAULT_POLICY);
    expect(result.ok ? [] : result.errors.map(formatPolicyError)).toEqual([]);
  });

  it("leaves room for a team's own rules beside a copy of the built-in ones", () => {
    const own = validTeamPolicy().rules![0]!;
    const teamRules = Array.from({ length: 30 }, (_, i) => ({
      ...own,
      id: `team-rule-${i}`,
      patterns: [`(we|i) (can not|cannot) (refund|replace|repair) (it|this|your #Noun) ${i}`, `as (i|we) (said|mentioned|explained) before ${i}`],
    }));
    const result = validatePolicy({ ...DEFAULT_POLICY, rules: [...DEFAULT_POLICY.rules!, ...teamRules] });
    expect(result.ok ? [] : result.errors.map(formatPolicyError)).toEqual([]);
  });

  it('accepts disabling, locking and re-grading built-in rules', () => {
    const [first, second] = DEFAULT_POLICY.rules ?? [];
    const policy: Policy = { ...validTeamPolicy(), disable: [first!.id], lock: [second!.id], severity: { [second!.id]: 'error' } };
    expect(validatePolicy(policy).ok).toBe(true);
  });

  it('refuses references to built-in rules when the policy starts from nothing', () => {
    const builtIn = DEFAULT_POLICY.rules![0]!.id;
    const result = validatePolicy({ ...validTeamPolicy(), extends: null, disable: [builtIn] });
    expect(result.ok ? [] : result.errors.map(formatPolicyError)).toEqual([
      `field "disable[0]": "${builtIn}" is not a rule in this policy (it starts from nothing: "extends" is null). Fix the id or remove it.`,
    ]);
  });

  it.each(BROKEN_POLICIES)('explains what is wrong with $file', ({ file, errors }) => {
    const result = validatePolicyText(fixture(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(errors.length);
    for (const expected of errors) {
      const error = result.errors.find((e) => e.field === expected.field);
      expect(error, `no error at ${expected.field}: ${JSON.stringify(result.errors)}`).toBeDefined();
      expect(error!.ruleId).toBe(expected.ruleId);
      expect(error!.message.slice(0, expected.says.length)).toBe(expected.says);
    }
  });

  it.each([
    ['a rule with both patterns and a detector', withRule((r) => (r.detector = 'shouting-caps')), 'rules[0].detector', 'is set together with "patterns"'],
    ['a rule with neither patterns nor a detector', withRule((r) => delete r.patterns), 'rules[0].patterns', 'is missing; add the phrases to flag'],
    ['an unknown placeholder', withRule((r) => (r.suggestions = ['Try {reflexion} instead.'])), 'rules[0].suggestions[0]', '{reflexion} is not a placeholder. Did you mean "reflection"?'],
    ['a pattern with no words', withRule((r) => (r.patterns = ['!!'])), 'rules[0].patterns[0]', 'has no words'],
  ])('refuses %s', (_case, policy, field, says) => {
    const result = validatePolicy(policy);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.find((e) => e.field === field)?.message).toContain(says);
  });

  it('caps the patterns of a whole policy so that no policy makes analysis slow', () => {
    const perRule = 50;
    const rules = Array.from({ length: Math.ceil(MAX_TOTAL_PATTERNS / perRule) + 1 }, (_, i) => ({
      ...validTeamPolicy().rules![0]!,
      id: `rule-${i}`,
      patterns: Array.from({ length: perRule }, (_, j) => `phrase ${i} ${j}`),
    }));
    const result = validatePolicy({ ...validTeamPolicy(), rules });
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['rules']);
  });

  it('never returns a policy together with errors', () => {
    for (const { file } of BROKEN_POLICIES) expect(validatePolicyText(fixture(file))).not.toHaveProperty('policy');
  });
});
