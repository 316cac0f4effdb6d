// The team policy state in the UI language, the same in the popup and the options page.
// (The failure's own message comes from the background as it wrote it.)
import { t, uiLocale } from '../../platform/i18n';
import type { TeamPolicyState } from '../../team/team-policy-state';

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
    title: policy ? t('teamPolicyTitle', policy.name, policy.version) : t('teamPolicyBuiltIn'),
    source: sourceText(state),
    changes: changesText(state),
    problem: state.error ? t('lastUpdateFailed', timeText(state.error.at), state.error.message) : null,
  };
}

function sourceText(state: TeamPolicyState): string {
  switch (state.source) {
    case 'managed':
      return t('sourceManaged');
    case 'url': {
      // The policy in force may be the last good copy from the previous address, while a new one fails.
      const from = state.fetched?.url ?? state.url ?? '';
      return state.lastFetchAt && from === state.url ? t('sourceUrlChecked', from, timeText(state.lastFetchAt)) : t('sourceUrl', from);
    }
    case 'file':
      return state.imported ? t('sourceFile', state.imported.fileName) : t('sourceSomeFile');
    case 'default':
      return t('sourceNone');
  }
}

function changesText(state: TeamPolicyState): string | null {
  const changes = state.changes;
  if (!changes || !changes.fromVersion) return null;
  const parts = [
    changes.added.length ? t('changesAdded', changes.added.join(', ')) : '',
    changes.removed.length ? t('changesRemoved', changes.removed.join(', ')) : '',
    changes.changed.length ? t('changesChanged', changes.changed.join(', ')) : '',
  ].filter(Boolean);
  const list = parts.length ? parts.join('; ') : t('changesNone');
  return changes.fromName && changes.fromName !== state.policy?.name
    ? t('changesSincePolicy', changes.fromName, changes.fromVersion, list)
    : t('changesSinceVersion', changes.fromVersion, list);
}

/** In the UI language's own date and time format. */
function timeText(epochMs: number): string {
  return new Date(epochMs).toLocaleString(uiLocale(), { dateStyle: 'short', timeStyle: 'short' });
}
