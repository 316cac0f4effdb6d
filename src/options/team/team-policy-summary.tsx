// The active team policy in a few lines (name, version, source, what changed, the last
// failure), shown the same way in the popup and the options page.
import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../../shared/protocol';
import { describeTeamPolicy } from './describe-team-policy';
import type { TeamPolicyState } from '../../team/team-policy-state';

export function TeamPolicySummaryView({ state }: { state: TeamPolicyState }) {
  const summary = describeTeamPolicy(state);
  return (
    <div class="rf-team-summary" data-source={state.source}>
      <p>
        <strong data-testid="team-policy-title">{summary.title}</strong> <span data-testid="team-policy-source">({summary.source})</span>
      </p>
      {summary.changes && <p data-testid="team-policy-changes">{summary.changes}</p>}
      {summary.problem && (
        <p class="rf-notice-error" role="alert" data-testid="team-policy-problem">
          {summary.problem}
        </p>
      )}
    </div>
  );
}

/** For the popup: loads the state once and shows it; nothing while there is no team policy and no problem. */
export function PopupTeamPolicy({ send }: { send: Send }) {
  const [state, setState] = useState<TeamPolicyState | null>(null);
  useEffect(() => {
    void send({ type: 'team.state' }).then(setState);
  }, [send]);
  if (!state || (state.source === 'default' && !state.error)) return null;
  return <TeamPolicySummaryView state={state} />;
}
