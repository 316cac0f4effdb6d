// Merges the three layers into the policy analyze() runs: the built-in defaults, then the
// team's policy, then the agent's own preferences, except for what the team locks.
import { isModelRuleId } from '../core/model/rules';
import type { Severity } from '../core/types';
import { DEFAULT_MODEL, DEFAULT_POLICY } from './default-policy';
import type { EffectivePolicy, ModelSettings, Policy, PolicyRule } from './types';

/** What an agent may change for themselves (never a locked rule). */
export interface PersonalPreferences {
  disable?: string[];
  severity?: Record<string, Severity>;
}

export interface PolicyLayers {
  /** A team policy that passed validatePolicy. */
  team?: Policy;
  personal?: PersonalPreferences;
}

export function resolvePolicy(layers: PolicyLayers): EffectivePolicy {
  return mergePolicies(DEFAULT_POLICY, layers);
}

/**
 * The merge itself, over any defaults (so it can be tested on generated ones):
 * - a team rule with a default rule's id replaces that rule where it stands; others follow;
 * - "extends": null drops the defaults;
 * - disabled rules are gone; severity overrides apply; personal changes skip locked rules;
 * - the sentence model's findings ("model:blame" ...) come with the defaults and take the
 *   same disable, severity and lock entries as rules.
 */
export function mergePolicies(defaults: Policy, { team, personal }: PolicyLayers, model: ModelSettings = DEFAULT_MODEL): EffectivePolicy {
  const base = team?.extends === null ? [] : applyChanges(defaults.rules ?? [], defaults, new Set());
  const teamRules = team ? applyChanges(overlay(base, team.rules ?? []), team, new Set()) : base;
  const baseModel = team?.extends === null ? {} : model;
  const teamModel = team ? modelChanges(baseModel, team, new Set()) : baseModel;
  const locked = new Set((team?.lock ?? []).filter((id) => teamRules.some((rule) => rule.id === id) || (isModelRuleId(id) && teamModel[id] !== undefined)));
  const rules = personal ? applyChanges(teamRules, personal, locked) : teamRules;
  const written = overlay(team?.extends === null ? [] : (defaults.rules ?? []), team?.rules ?? []);
  const running = new Set(rules.map((rule) => rule.id));
  return {
    name: team?.name ?? defaults.name,
    version: team?.version ?? defaults.version,
    rules,
    locked: [...locked],
    model: personal ? modelChanges(teamModel, personal, locked) : teamModel,
    silenced: written.filter((rule) => !running.has(rule.id)),
  };
}

/** A layer's disable and severity entries for the model's findings, leaving the protected ids as they are. */
function modelChanges(model: ModelSettings, layer: PersonalPreferences, protectedIds: Set<string>): ModelSettings {
  const changed: ModelSettings = {};
  for (const [id, severity] of Object.entries(model) as [keyof ModelSettings, Severity][]) {
    if (protectedIds.has(id)) {
      changed[id] = severity;
      continue;
    }
    if (layer.disable?.includes(id)) continue;
    const override = layer.severity && Object.hasOwn(layer.severity, id) ? layer.severity[id] : undefined;
    changed[id] = override ?? severity;
  }
  return changed;
}

/** Rules with `added` replacing same-id rules in place and the rest appended. */
function overlay(rules: PolicyRule[], added: PolicyRule[]): PolicyRule[] {
  const byId = new Map(added.map((rule) => [rule.id, rule]));
  const replaced = rules.map((rule) => byId.get(rule.id) ?? rule);
  const present = new Set(rules.map((rule) => rule.id));
  return [...replaced, ...added.filter((rule) => !present.has(rule.id))];
}

/** A layer's disable and severity changes, leaving the protected ids as they are. */
function applyChanges(rules: PolicyRule[], layer: PersonalPreferences, protectedIds: Set<string>): PolicyRule[] {
  const disabled = new Set((layer.disable ?? []).filter((id) => !protectedIds.has(id)));
  const severity = layer.severity ?? {};
  return rules
    .filter((rule) => !disabled.has(rule.id))
    .map((rule) => {
      const override = protectedIds.has(rule.id) || !Object.hasOwn(severity, rule.id) ? undefined : severity[rule.id];
      return override && override !== rule.severity ? { ...rule, severity: override } : rule;
    });
}
