// Issue 13, "patterns that cannot blow up": no regular expression gets past validation in any
// position compromise reads one, every bad pattern of a rule is named, and a policy whose
// patterns cost too much to run is refused with the rule, the pattern and the costly part.
import { describe, expect, it } from 'vitest';
import { compileRule, PatternError } from '../../../src/core';
import { formatPolicyError } from '../../../src/policy/policy-error';
import { MAX_PATTERN_COST, MAX_POLICY_COST, MAX_RULE_COST } from '../../../src/policy/pattern-costs';
import type { Policy, PolicyRule } from '../../../src/policy/types';
import { validatePolicy } from '../../../src/policy/validate';
import { rule } from '../core/policies';
import { validTeamPolicy } from './policy-fixtures';

function teamRule(overrides: Partial<PolicyRule>): PolicyRule {
  return { ...validTeamPolicy().rules![0]!, ...overrides };
}

function errorsOf(policy: Policy): string[] {
  const result = validatePolicy(policy);
  return result.ok ? [] : result.errors.map(formatPolicyError);
}

/** The issue's own examples, and the other places compromise's parser reads /.../ as a RegExp. */
const REGEX_PATTERNS = [
  '!/(a+)+$/',
  '^/(a+)+$/',
  '[/(a+)+$/]',
  'delivery !/(a+)+$/',
  'delivery ^/(a+)+$/ tomorrow',
  'it will [/(a+)+$/] arrive',
  '~/(a+)+$/~ tomorrow',
  '(tomorrow|/(a+)+$/)',
  '[<when>/(a+)+$/]',
  '!^/(a+)+$/$',
  '/(a+)+$/? tomorrow',
  '!/(a+)+$/+',
];

describe('regular expressions', () => {
  it.each(REGEX_PATTERNS)('refuses %s as a pattern and as an exception', (pattern) => {
    for (const field of ['patterns', 'exceptions'] as const) {
      const base = teamRule({});
      const policy = { ...validTeamPolicy(), rules: [{ ...base, [field]: field === 'patterns' ? [pattern] : [pattern] }] };
      const errors = errorsOf(policy);
      expect(errors, `${field}: ${pattern}`).toContainEqual(expect.stringMatching(new RegExp(`field "${field}\\[0\\]": .*regular expression`)));
    }
  });

  it.each(REGEX_PATTERNS)('never compiles %s, so analysis cannot run it', (pattern) => {
    expect(() => compileRule(rule({ patterns: [pattern] }))).toThrow(PatternError);
    expect(() => compileRule(rule({ patterns: ['manual'], exceptions: [pattern] }))).toThrow(PatternError);
  });

  it('refuses them in the exceptions of a detector rule too', () => {
    const policy = { ...validTeamPolicy(), rules: [teamRule({ patterns: undefined, detector: 'shouting-caps', exceptions: ['!/(a+)+$/'] })] };
    expect(errorsOf(policy)).toContainEqual(expect.stringContaining('field "exceptions[0]": The pattern "!/(a+)+$/" looks like a /regular expression/'));
  });
});

describe('every bad pattern of a rule', () => {
  it('is named, not only the first', () => {
    const policy = { ...validTeamPolicy(), rules: [teamRule({ patterns: ['it will arrive', '#Nope', 'you (should', '!/x+/'], exceptions: ['fine', '@nothing'] })] };
    const errors = errorsOf(policy);
    expect(errors.filter((error) => error.includes('field "patterns['))).toHaveLength(3);
    expect(errors).toContainEqual(expect.stringContaining('field "patterns[1]": The pattern "#Nope"'));
    expect(errors).toContainEqual(expect.stringContaining('field "patterns[2]": The pattern "you (should"'));
    expect(errors).toContainEqual(expect.stringContaining('field "patterns[3]": The pattern "!/x+/"'));
    expect(errors).toContainEqual(expect.stringContaining('field "exceptions[1]": The pattern "@nothing"'));
  });
});

describe('what patterns cost', () => {
  /** The hostile policy: rules of wildcard-heavy alternations, one #Noun each. */
  const HOSTILE = '(. . .|. .|.) .* (. . .|. .) .* .+ .* #Noun';

  it('refuses a pattern that costs too much, naming the rule, the pattern and the costly part', () => {
    const errors = errorsOf({ ...validTeamPolicy(), rules: [teamRule({ id: 'wildcards', patterns: [HOSTILE] })] });
    const error = errors.find((each) => each.includes('field "patterns[0]"'));
    expect(error).toBeDefined();
    expect(error).toContain('rule "wildcards": field "patterns[0]":');
    expect(error).toContain(`The pattern "${HOSTILE}" costs`);
    expect(error).toContain(`at most ${MAX_PATTERN_COST}`);
    expect(error).toMatch(/"\.\*" \(any number of words\) costs \d+, 3 times/);
    expect(error).toContain('tried on every sentence');
  });

  it('refuses a rule whose patterns together cost too much, naming its costliest pattern', () => {
    const patterns = Array.from({ length: 12 }, (_, i) => `word${i} .* #Noun`);
    const errors = errorsOf({ ...validTeamPolicy(), rules: [teamRule({ id: 'many-runs', patterns })] });
    const error = errors.find((each) => each.startsWith('rule "many-runs": field "patterns":'));
    expect(error, errors.join('\n')).toBeDefined();
    expect(error).toContain(`one rule may cost at most ${MAX_RULE_COST}`);
    expect(error).toMatch(/The costliest is "word\d+ \.\* #Noun" \(\d+\): The costly parts: "\.\*" \(any number of words\)/);
    expect(errors.filter((each) => each.includes('field "patterns['))).toEqual([]);
  });

  it('refuses a policy whose rules together cost too much, naming the costliest rules', () => {
    const rules = Array.from({ length: 200 }, (_, i) =>
      teamRule({ id: `heavy-${i}`, patterns: [`w${i} .* #Noun`, `x${i} .* #Verb`, `y${i} (#Noun|#Verb|#Adverb) .* z`] }),
    );
    const errors = errorsOf({ ...validTeamPolicy(), rules });
    const error = errors.find((each) => each.startsWith('field "rules":'));
    expect(error, errors.join('\n')).toBeDefined();
    expect(error).toContain(`a policy may cost at most ${MAX_POLICY_COST}`);
    expect(error).toMatch(/The costliest rules are "heavy-\d+" \(\d+\)/);
  });

  it('accepts a run between two required words, and refuses one that is tried on every sentence', () => {
    expect(errorsOf({ ...validTeamPolicy(), rules: [teamRule({ patterns: ['you .* fault', 'you .{0,5} fault'] })] })).toEqual([]);
    expect(errorsOf({ ...validTeamPolicy(), rules: [teamRule({ patterns: ['.* #Noun'] })] })).toContainEqual(expect.stringContaining('field "patterns[0]": The pattern ".* #Noun" costs 86'));
  });

  it('accepts large policies of plain phrases, and the built-in rules', () => {
    const rules = Array.from({ length: 300 }, (_, i) =>
      teamRule({ id: `phrase-${i}`, patterns: [`it will arrive by day ${i}`, `we promise delivery ${i}`, `guaranteed by noon ${i}`] }),
    );
    expect(errorsOf({ ...validTeamPolicy(), rules })).toEqual([]);
  });

  it('refuses the issue\'s hostile policy: 500 rules of wildcard alternations', () => {
    const rules = Array.from({ length: 500 }, (_, i) => teamRule({ id: `r-${i}`, patterns: [HOSTILE, `${HOSTILE} #Verb`, `#Verb ${HOSTILE}`, `#Adverb ${HOSTILE}`] }));
    expect(validatePolicy({ ...validTeamPolicy(), rules }).ok).toBe(false);
  });
});

describe('broken placeholders in suggestions', () => {
  it.each(['Try {{match}} instead.', 'Try { match } instead.', 'Try {match instead.', 'Try match} instead.', 'Try {reflection}} now.'])('are named: %s', (suggestion) => {
    const errors = errorsOf({ ...validTeamPolicy(), rules: [teamRule({ suggestions: [suggestion] })] });
    expect(errors).toContainEqual(expect.stringMatching(/field "suggestions\[0\]": .*placeholder/));
  });

  it('leave well-formed placeholders alone', () => {
    expect(errorsOf({ ...validTeamPolicy(), rules: [teamRule({ suggestions: ['Instead of {match}: {reflection} ({clause})'] })] })).toEqual([]);
  });
});
