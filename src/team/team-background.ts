// The background's side of the team policy and insight: answers their messages, refreshes
// on start, on the alarm and when the admin's managed settings change, and tells the caller
// when the active team policy changed so it can re-resolve and re-analyse.
import { clearInsight, loadInsight, recordInsight } from '../insight/insight-log';
import { createFlaggedTracker } from '../insight/newly-flagged';
import type { CoachingState, Message, MessageType, ResponseTo } from '../shared/protocol';
import { scheduleTeamPolicyRefresh, TEAM_POLICY_ALARM, type AlarmsApi } from './refresh-alarm';
import type { TeamPolicyState } from './team-policy-state';
import {
  importPolicyFile,
  loadTeamPolicyState,
  refreshTeamPolicy,
  removeImportedPolicy,
  setAgentPolicyUrl,
  type TeamPolicyDeps,
} from './team-policy-sync';

export interface TeamBackgroundDeps extends TeamPolicyDeps {
  alarms: AlarmsApi;
  /** Called after every state change that may change the active team policy. */
  onStateChanged: (state: TeamPolicyState) => void;
}

const TEAM_MESSAGES = [
  'team.state',
  'team.refresh',
  'team.import',
  'team.remove-import',
  'team.set-url',
  'insight.record',
  'insight.get',
  'insight.clear',
] as const satisfies readonly MessageType[];
export type TeamMessageType = (typeof TEAM_MESSAGES)[number];

export function isTeamMessage(message: Message): message is Message<TeamMessageType> {
  return (TEAM_MESSAGES as readonly string[]).includes(message.type);
}

export function createTeamBackground(deps: TeamBackgroundDeps) {
  const changed = async (state: TeamPolicyState): Promise<TeamPolicyState> => {
    await scheduleTeamPolicyRefresh(deps.alarms, state);
    deps.onStateChanged(state);
    return state;
  };
  const refresh = async () => changed(await refreshTeamPolicy(deps));
  const newlyFlagged = createFlaggedTracker();

  /** Answers one of the team messages. */
  async function handle<T extends TeamMessageType>(message: Message<T>): Promise<ResponseTo<T>>;
  async function handle(message: Message<TeamMessageType>): Promise<unknown> {
    switch (message.type) {
      case 'team.state':
        return loadTeamPolicyState(deps.local);
      case 'team.refresh':
        return refresh();
      case 'team.import': {
        const update = await importPolicyFile(deps, message.fileName, message.text);
        if (update.ok) await changed(update.state);
        return update;
      }
      case 'team.remove-import':
        return changed(await removeImportedPolicy(deps));
      case 'team.set-url': {
        const update = await setAgentPolicyUrl(deps, message.url);
        await changed(update.state);
        return update;
      }
      case 'insight.record':
        return recordInsight(deps.local, message.event, message.category, deps.now());
      case 'insight.get':
        return loadInsight(deps.local, deps.now());
      case 'insight.clear':
        return clearInsight(deps.local);
    }
  }

  return {
    handle,
    /** Run when the background starts: fetch once, then on the alarm. */
    start: refresh,
    /** For alarms.onAlarm. */
    onAlarm: (alarm: { name: string }) => (alarm.name === TEAM_POLICY_ALARM ? refresh().then(() => undefined) : Promise.resolve()),
    /** For every coaching.update: counts the findings that are new in that reply (insight). */
    async observeCoaching(tabId: number | undefined, frameId: number | undefined, state: CoachingState | null): Promise<void> {
      if (tabId === undefined) return;
      const categories = newlyFlagged(`${tabId}:${frameId ?? 0}`, state?.report.findings ?? null);
      for (const category of categories) await recordInsight(deps.local, 'flagged', category, deps.now());
    },
    /** For storage.onChanged: the admin changed the managed settings. */
    onStorageChanged: (_changes: unknown, areaName: string) => (areaName === 'managed' ? refresh().then(() => undefined) : Promise.resolve()),
  };
}
