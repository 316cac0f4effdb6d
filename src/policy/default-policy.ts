// The built-in coaching policy: every rule traces back to a principle (docs/why-these-rules.md).
// Each language keeps its rules in its own file (default/en.json, default/he.json).
import { MODEL_RULE_IDS } from '../core/model/rules';
import { DEFAULT_POLICY_NAME } from './default-name';
import type { EffectivePolicy, ModelSettings, Policy, PolicyRule } from './types';
import english from './default/en.json';
import hebrew from './default/he.json';

export const DEFAULT_POLICY: Policy = {
  name: DEFAULT_POLICY_NAME,
  version: '1.0.0',
  description: 'What makes a difficult customer angrier, and what to write instead (COACHING.md).',
  extends: null,
  rules: [...(english.rules as PolicyRule[]), ...(hebrew.rules as PolicyRule[])],
};

/**
 * The sentence model's findings the defaults bring, each a warning like the rules of its
 * category. A policy disables or re-grades them by id ("model:blame"), like any rule.
 */
export const DEFAULT_MODEL: ModelSettings = Object.fromEntries(MODEL_RULE_IDS.map((id) => [id, 'warning']));

/** The default policy as analyze() runs it when nothing else is configured. */
export const DEFAULT_EFFECTIVE_POLICY: EffectivePolicy = {
  name: DEFAULT_POLICY.name,
  version: DEFAULT_POLICY.version,
  rules: DEFAULT_POLICY.rules ?? [],
  locked: [],
  model: DEFAULT_MODEL,
};
