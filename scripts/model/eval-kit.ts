// What scripts/eval.mjs measures, bundled from TypeScript: the analyser and the three ways to
// run it (the rules alone, the sentence model alone, both, as Reframe ships).
import { analyze } from '../../src/core';
import type { Report } from '../../src/core/types';
import { DEFAULT_EFFECTIVE_POLICY } from '../../src/policy/default-policy';
import type { EffectivePolicy } from '../../src/policy/types';

export const SYSTEMS: Record<'rules' | 'model' | 'both', EffectivePolicy> = {
  rules: { ...DEFAULT_EFFECTIVE_POLICY, model: undefined },
  model: { ...DEFAULT_EFFECTIVE_POLICY, rules: [] },
  both: DEFAULT_EFFECTIVE_POLICY,
};

export function check(text: string, customer: string | undefined, system: keyof typeof SYSTEMS): Report {
  return analyze(text, SYSTEMS[system], customer ? { customer } : {});
}
