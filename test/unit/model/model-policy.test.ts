// A team policy switches the sentence model's findings off, re-grades or locks them by their ids
// (model:<category>), like any rule.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { MODEL_RULE_IDS } from '../../../src/core/model/rules';
import { CATEGORIES } from '../../../src/core/types';
import { effectivePolicy } from '../../../src/background/effective-policy';
import schema from '../../../src/policy/policy.schema.json';
import { formatPolicyError } from '../../../src/policy/policy-error';
import { resolvePolicy } from '../../../src/policy/resolve';
import type { EffectivePolicy, Policy } from '../../../src/policy/types';
import { validatePolicy } from '../../../src/policy/validate';
import { validTeamPolicy } from '../policy/policy-fixtures';
import { DEFAULT_PREFERENCES } from '../../../src/settings/preferences';

// Only the model flags this as minimizing (no rule of the category matches it).
const REPLY = "Thanks for the photos, Dana. Honestly it's only a cosmetic thing. The replacement ships on Monday.";
const modelFindings = (policy: EffectivePolicy) => analyze(REPLY, policy).findings.filter((finding) => finding.ruleId === 'model:minimizing');
const errors = (policy: Policy) => {
  const result = validatePolicy(policy);
  return result.ok ? [] : result.errors.map(formatPolicyError);
};

describe('model:<category> in a team policy', () => {
  it('validates in disable, severity and lock', () => {
    expect(errors({ ...validTeamPolicy(), disable: ['model:blame'], severity: { 'model:minimizing': 'info' }, lock: ['model:deflection'] })).toEqual([]);
  });

  it('names the model ids there are when one is misspelt', () => {
    const [error] = errors({ ...validTeamPolicy(), disable: ['model:blam'] });
    expect(error).toContain('"model:blam" is not a model id');
    expect(error).toContain('model:blame');
  });

  it('cannot be the id of a rule the team writes', () => {
    const policy = validTeamPolicy();
    policy.rules![0]!.id = 'model:blame';
    expect(errors(policy).join('\n')).toContain('is not a kebab-case rule id');
  });

  it('is unknown to a policy that starts from nothing, which has no model findings', () => {
    expect(errors({ ...validTeamPolicy(), extends: null, disable: ['model:blame'] }).join('\n')).toContain('"model:blame" is not a rule in this policy');
    expect(resolvePolicy({ team: { ...validTeamPolicy(), extends: null } }).model).toEqual({});
  });

  it('lists every category in the schema, as the code does', () => {
    expect(schema.definitions.ruleRef.pattern).toBe(`^([a-z0-9]+(-[a-z0-9]+)*|model:(${CATEGORIES.join('|')}))$`);
    expect(MODEL_RULE_IDS).toEqual(CATEGORIES.map((category) => `model:${category}`));
  });
});

describe('the model findings a policy runs', () => {
  it('are all on, as warnings, by default', () => {
    const findings = modelFindings(resolvePolicy({}));
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['model:minimizing', 'warning']]);
  });

  it('go when the team disables them, and take the severity it sets', () => {
    expect(modelFindings(resolvePolicy({ team: { ...validTeamPolicy(), disable: ['model:minimizing'] } }))).toEqual([]);
    const regraded = modelFindings(resolvePolicy({ team: { ...validTeamPolicy(), severity: { 'model:minimizing': 'error' } } }));
    expect(regraded.map((finding) => finding.severity)).toEqual(['error']);
  });

  it('stay on when an agent switches off one the team locked', () => {
    const team = { ...validTeamPolicy(), lock: ['model:minimizing'] };
    const policy = resolvePolicy({ team, personal: { disable: ['model:minimizing'] } });
    expect(policy.locked).toContain('model:minimizing');
    expect(modelFindings(policy)).toHaveLength(1);
    expect(modelFindings(resolvePolicy({ team: validTeamPolicy(), personal: { disable: ['model:minimizing'] } }))).toEqual([]);
  });

  it('go with a category the agent switches off in the options', () => {
    const policy = effectivePolicy(null, { ...DEFAULT_PREFERENCES, categoriesOff: ['minimizing'] });
    expect(modelFindings(policy)).toEqual([]);
  });

  it('leave alone the words of a rule the policy switched off', () => {
    const text = 'I understand your frustration.';
    const quiet = resolvePolicy({ team: { ...validTeamPolicy(), disable: ['hollow-i-understand'] } });
    expect(analyze(text, quiet).findings).toEqual([]);
  });
});
