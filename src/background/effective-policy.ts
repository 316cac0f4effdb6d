// The policy analyze() runs: defaults, then the team's policy, then the agent's categories
// switched off (as personal "disable" entries, so the rules the team locks stay on).
import { resolvePolicy } from '../policy/resolve';
import type { EffectivePolicy, Policy } from '../policy/types';
import type { Preferences } from '../settings/preferences';

export function effectivePolicy(team: Policy | null, preferences: Preferences): EffectivePolicy {
  const layers = team ? { team } : {};
  const off = new Set(preferences.categoriesOff);
  if (off.size === 0) return resolvePolicy(layers);
  const disable = resolvePolicy(layers)
    .rules.filter((rule) => off.has(rule.category))
    .map((rule) => rule.id);
  return resolvePolicy({ ...layers, personal: { disable } });
}
