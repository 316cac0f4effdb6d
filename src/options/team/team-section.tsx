// Everything the team policy issue adds to the options page, in one section the options
// page mounts: the active team policy, the rule editor with its live tester, and insight.
import { dayKey } from '../../insight/insight-log';
import type { Send } from '../../shared/protocol';
import type { StorageArea } from '../../team/storage-area';
import { downloadText } from './download';
import { InsightPanel } from './insight-panel';
import { PolicyEditor } from './policy-editor';
import { TeamPolicyStatus } from './team-policy-status';
import { TEAM_STYLES } from './team-styles';

interface Props {
  send: Send;
  storage: StorageArea;
  /** Subscribes to storage changes, so the status follows refreshes made in the background. */
  subscribe?: (onChange: () => void) => () => void;
}

export function TeamSection({ send, storage, subscribe }: Props) {
  return (
    <div class="rf-team">
      <style>{TEAM_STYLES}</style>
      <TeamPolicyStatus send={send} subscribe={subscribe} />
      <PolicyEditor send={send} storage={storage} download={downloadText} />
      <InsightPanel send={send} download={downloadText} today={() => dayKey(Date.now())} />
    </div>
  );
}
