// Policies the core tests analyse with: the shipped default, and small hand-made ones.
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';
import type { EffectivePolicy, PolicyRule } from '../../../src/policy/types';

/** A fresh copy of the default policy: nothing cached for it yet. */
export function freshDefault(): EffectivePolicy {
  return structuredClone(DEFAULT_EFFECTIVE_POLICY);
}

export function policyOf(...rules: Partial<PolicyRule>[]): EffectivePolicy {
  return { name: 'test', version: '1', locked: [], rules: rules.map(rule) };
}

export function rule(overrides: Partial<PolicyRule>): PolicyRule {
  return {
    id: 'test-rule',
    category: 'blame',
    severity: 'warning',
    lang: 'en',
    message: 'A test finding.',
    why: 'Because the test says so.',
    suggestions: ['instead'],
    examples: { flag: [], pass: [] },
    ...overrides,
  };
}
