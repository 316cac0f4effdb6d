// The team policy state in words, the same in the popup and the options page.
import type { TeamPolicyState } from './team-policy-state';

export interface TeamPolicySummary {
  /** "Acme support, version 3" or "Built-in defaults". */
  title: string;
  /** Where it came from: "set by your administrator", "from https://…", "imported from team.json". */
  source: string;
  /** "Changed since version 2: added a; removed b; changed c", or null on a first or unchanged policy. */
  changes: string | null;
  /** The last failure with its time, or null. */
  problem: string | null;
}

export function describeTeamPolicy(state: TeamPolicyState): TeamPolicySummary {
  const policy = state.policy;
  return {
    title: policy ? `${policy.name}, version ${policy.version}` : 'Built-in defaults',
    source: sourceText(state),
    changes: changesText(state),
    problem: state.error ? `Last update failed (${timeText(state.error.at)}): ${state.error.message}` : null,
  };
}

function sourceText(state: TeamPolicyState): string {
  switch (state.source) {
    case 'managed':
      return 'set by your administrator';
    case 'url':
      return `from ${state.url}` + (state.lastFetchAt ? `, checked ${timeText(state.lastFetchAt)}` : '');
    case 'file':
      return `imported from ${state.imported?.fileName ?? 'a file'}`;
    case 'default':
      return 'no team policy';
  }
}

function changesText(state: TeamPolicyState): string | null {
  const changes = state.changes;
  if (!changes || !changes.fromVersion) return null;
  const parts = [
    changes.added.length ? `added ${changes.added.join(', ')}` : '',
    changes.removed.length ? `removed ${changes.removed.join(', ')}` : '',
    changes.changed.length ? `changed ${changes.changed.join(', ')}` : '',
  ].filter(Boolean);
  const from = changes.fromName && changes.fromName !== state.policy?.name ? `${changes.fromName} ${changes.fromVersion}` : `version ${changes.fromVersion}`;
  return `Changed since ${from}: ${parts.length ? parts.join('; ') : 'no rule changes'}`;
}

function timeText(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}
