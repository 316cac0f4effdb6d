// "What changed since the last version": the rule ids a new team policy adds, removes or
// changes, so an agent sees why their coaching changed. A rule counts as changed when its
// definition changes or when the policy starts or stops disabling, locking or re-grading it.
import type { Policy, PolicyRule } from '../policy/types';
import type { PolicyChanges } from './team-policy-state';

export function policyChanges(previous: Policy | null, next: Policy | null): PolicyChanges {
  const before = rulesById(previous);
  const after = rulesById(next);
  const added = [...after.keys()].filter((id) => !before.has(id));
  const removed = [...before.keys()].filter((id) => !after.has(id));
  const changed = new Set<string>();
  for (const [id, rule] of after) {
    if (before.has(id) && stableJson(before.get(id)) !== stableJson(rule)) changed.add(id);
  }
  for (const id of settingIds(previous, next)) {
    if (!added.includes(id) && !removed.includes(id)) changed.add(id);
  }
  return {
    fromName: previous?.name ?? '',
    fromVersion: previous?.version ?? '',
    added: added.sort(),
    removed: removed.sort(),
    changed: [...changed].sort(),
  };
}

/** True when the summary has nothing to tell. */
export function noChanges(changes: PolicyChanges): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length === 0;
}

function rulesById(policy: Policy | null): Map<string, PolicyRule> {
  return new Map((policy?.rules ?? []).map((rule) => [rule.id, rule]));
}

/** Ids whose disable / lock / severity setting differs between the two policies. */
function settingIds(previous: Policy | null, next: Policy | null): string[] {
  const ids = new Set<string>();
  const symmetricDifference = (a: string[] = [], b: string[] = []) => {
    for (const id of a) if (!b.includes(id)) ids.add(id);
    for (const id of b) if (!a.includes(id)) ids.add(id);
  };
  symmetricDifference(previous?.disable, next?.disable);
  symmetricDifference(previous?.lock, next?.lock);
  const severityBefore = previous?.severity ?? {};
  const severityAfter = next?.severity ?? {};
  for (const id of new Set([...Object.keys(severityBefore), ...Object.keys(severityAfter)])) {
    if (severityBefore[id] !== severityAfter[id]) ids.add(id);
  }
  return [...ids];
}

/** JSON with object keys sorted, so key order in the file does not count as a change. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
