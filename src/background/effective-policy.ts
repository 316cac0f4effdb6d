// The policy analyze() runs: defaults, then the team's policy, then the agent's categories
// switched off (as personal "disable" entries, so the rules the team locks stay on), the
// sentence model's findings in those categories with them.
import { MODEL_RULE_IDS } from '../core/model/rules';
import { resolvePolicy } from '../policy/resolve';
import type { EffectivePolicy, Policy } from '../policy/types';
import type { Category } from '../core/types';
import type { Preferences } from '../settings/preferences';

export function effectivePolicy(team: Policy | null, preferences: Preferences): EffectivePolicy {
  const layers = team ? { team } : {};
  const off = new Set(preferences.categoriesOff);
  if (off.size === 0) return resolvePolicy(layers);
  const disable = [
    ...resolvePolicy(layers)
      .rules.filter((rule) => off.has(rule.category))
      .map((rule) => rule.id),
    ...MODEL_RULE_IDS.filter((id) => off.has(id.slice('model:'.length) as Category)),
  ];
  return resolvePolicy({ ...layers, personal: { disable } });
}
