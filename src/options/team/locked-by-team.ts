// Which rules the team locks, by category, for the options page's category switches: a
// locked rule stays on whatever the agent switches, so its switch shows "set by your team".
import { useEffect, useState } from 'preact/hooks';
import type { Category } from '../../core/types';
import { resolvePolicy } from '../../policy/resolve';
import type { Policy } from '../../policy/types';
import type { Send } from '../../shared/protocol';

export type LockedByCategory = Partial<Record<Category, string[]>>;

export function lockedByCategory(team: Policy | null): LockedByCategory {
  if (!team) return {};
  const effective = resolvePolicy({ team });
  const locked: LockedByCategory = {};
  for (const rule of effective.rules) {
    if (effective.locked.includes(rule.id)) (locked[rule.category] ??= []).push(rule.id);
  }
  return locked;
}

/** The locked rules of the active team policy, kept current as the policy changes. */
export function useLockedByTeam(send: Send, subscribe: (onChange: () => void) => () => void): LockedByCategory {
  const [locked, setLocked] = useState<LockedByCategory>({});
  useEffect(() => {
    const load = () => void send({ type: 'team.state' }).then((state) => setLocked(lockedByCategory(state.policy)));
    load();
    return subscribe(load);
  }, [send, subscribe]);
  return locked;
}
