// Shape problems a team lead makes, and what they are told: the rule, the field, what is
// wrong and how to fix it.
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../../src/policy/policy-error';
import { schemaErrors } from '../../../src/policy/schema-errors';
import { validTeamPolicy, withRule } from './policy-fixtures';

describe('schemaErrors', () => {
  it('accepts a well-formed policy', () => {
    expect(schemaErrors(validTeamPolicy())).toEqual([]);
  });

  it.each([
    {
      problem: 'an unknown category',
      policy: withRule((r) => (r.category = 'apologies')),
      field: 'rules[0].category',
      text: 'rule "no-courier-date-promise": field "category": "apologies" is not a category; use one of: hollow-acknowledgement, blame, deflection, over-promise, minimizing, bare-refusal, vague-timeline, confrontational.',
    },
    {
      problem: 'a misspelt category',
      policy: withRule((r) => (r.category = 'minimising')),
      field: 'rules[0].category',
      text: 'use one of: hollow-acknowledgement, blame, deflection, over-promise, minimizing, bare-refusal, vague-timeline, confrontational. Did you mean "minimizing"?',
    },
    {
      problem: 'an unknown severity',
      policy: withRule((r) => (r.severity = 'high')),
      field: 'rules[0].severity',
      text: '"high" is not a severity; use one of: info, warning, error.',
    },
    {
      problem: 'an unknown language',
      policy: withRule((r) => (r.lang = 'fr')),
      field: 'rules[0].lang',
      text: '"fr" is not a language; use one of: en, he.',
    },
    {
      problem: 'missing suggestions',
      policy: withRule((r) => delete r.suggestions),
      field: 'rules[0].suggestions',
      text: 'field "suggestions": is missing; add one to three replacements',
    },
    {
      problem: 'an empty suggestion list',
      policy: withRule((r) => (r.suggestions = [])),
      field: 'rules[0].suggestions',
      text: 'needs at least 1 item; add one to three suggestions.',
    },
    {
      problem: 'four suggestions',
      policy: withRule((r) => (r.suggestions = ['a', 'b', 'c', 'd'])),
      field: 'rules[0].suggestions',
      text: 'has 4 items; at most 3 are allowed',
    },
    {
      problem: 'a suggestion that is a number',
      policy: withRule((r) => (r.suggestions = [42])),
      field: 'rules[0].suggestions[0]',
      text: 'must be a suggestion: text in double quotes, or an object like',
    },
    {
      problem: 'a suggestion with an unknown kind',
      policy: withRule((r) => (r.suggestions = [{ text: 'What I can do is ...', kind: 'append' }])),
      field: 'rules[0].suggestions[0].kind',
      text: '"append" is not a suggestion kind; use one of: replace, replace-clause, insert-before',
    },
    {
      problem: 'patterns written as one string',
      policy: withRule((r) => (r.patterns = 'you should have')),
      field: 'rules[0].patterns',
      text: 'must be a list in [ ], not the text "you should have".',
    },
    {
      problem: 'a misspelt field',
      policy: withRule((r) => (r.pattern = ['x'])),
      field: 'rules[0].pattern',
      text: 'is not a known field. Did you mean "patterns"?',
    },
    {
      problem: 'an id that is not kebab-case',
      policy: withRule((r) => (r.id = 'NoCourierDate')),
      field: 'rules[0].id',
      text: 'rule "NoCourierDate": field "id": "NoCourierDate" is not a kebab-case rule id; use lowercase letters, digits and single hyphens, e.g. "no-courier-date".',
    },
    {
      problem: 'a rule without examples',
      policy: withRule((r) => delete r.examples),
      field: 'rules[0].examples',
      text: 'is missing; add replies the rule must flag and must pass',
    },
    {
      problem: 'no must-pass example',
      policy: withRule((r) => (r.examples = { flag: ['x'], pass: [] })),
      field: 'rules[0].examples.pass',
      text: 'needs at least 1 item; add a list of replies this rule must leave alone',
    },
    {
      problem: 'an overlong pattern',
      policy: withRule((r) => (r.patterns = ['word '.repeat(50)])),
      field: 'rules[0].patterns[0]',
      text: 'is 250 characters long; at most 200 are allowed.',
    },
    {
      problem: 'too many patterns',
      policy: withRule((r) => (r.patterns = Array.from({ length: 51 }, (_, i) => `phrase ${i}`))),
      field: 'rules[0].patterns',
      text: 'has 51 items; at most 50 are allowed (this keeps analysis fast).',
    },
    {
      problem: 'a policy without a name',
      policy: (() => {
        const p = validTeamPolicy() as Partial<ReturnType<typeof validTeamPolicy>>;
        delete p.name;
        return p;
      })(),
      field: 'name',
      text: 'field "name": is missing; add the policy\'s name',
    },
    {
      problem: 'a wrong "extends"',
      policy: { ...validTeamPolicy(), extends: 'default' },
      field: 'extends',
      text: 'is "default"; use "reframe:default" to build on the built-in rules, or null to start from nothing.',
    },
    {
      problem: 'a severity override that is not a severity',
      policy: { ...validTeamPolicy(), severity: { 'no-courier-date-promise': 'loud' } },
      field: 'severity["no-courier-date-promise"]',
      text: '"loud" is not a severity',
    },
    {
      problem: 'a severity override keyed by something that is not a rule id',
      policy: { ...validTeamPolicy(), severity: { 'No Sorry': 'info' } },
      field: 'severity["No Sorry"]',
      text: '"No Sorry" is not a kebab-case rule id',
    },
    {
      problem: 'a list where an object belongs',
      policy: [],
      field: '',
      text: 'policy: must be a JSON object like {"name": "...", "version": "1", "rules": [...]}, not a list.',
    },
  ])('explains $problem', ({ policy, field, text }) => {
    const errors = schemaErrors(policy);
    const error = errors.find((e) => e.field === field);
    expect(error, JSON.stringify(errors, null, 1)).toBeDefined();
    expect(formatPolicyError(error!)).toContain(text);
  });

  it('names the rule by its id in every error inside a rule that has one', () => {
    const policy = withRule((r) => {
      r.category = 'apologies';
      r.severity = 'high';
    });
    const errors = schemaErrors(policy);
    expect(errors).toHaveLength(2);
    for (const error of errors) expect(error.ruleId).toBe('no-courier-date-promise');
  });

  it('reports a bad key once', () => {
    expect(schemaErrors({ ...validTeamPolicy(), severity: { 'No Sorry': 'info' } })).toHaveLength(1);
  });

  it('reports one error, not one per alternative, for a wrong suggestion', () => {
    expect(schemaErrors(withRule((r) => (r.suggestions = [42])))).toHaveLength(1);
    expect(schemaErrors(withRule((r) => (r.suggestions = ['']))).map((e) => e.message)).toEqual([
      'must not be empty; write some text or remove the field.',
    ]);
  });
});
