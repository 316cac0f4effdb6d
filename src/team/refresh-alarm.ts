// The timer behind "fetch on a refresh interval": one chrome.alarms alarm, which survives the
// MV3 service worker being stopped between events (a setInterval would not).
import type { TeamPolicyState } from './team-policy-state';

export const TEAM_POLICY_ALARM = 'reframe.team-policy-refresh';

/** The slice of the alarms API used here (browser.alarms in both browsers). */
export interface AlarmsApi {
  get(name: string): Promise<{ periodInMinutes?: number } | undefined | null>;
  create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
}

/** Keeps the alarm in step with the state: one period per configured URL, none without a URL. */
export async function scheduleTeamPolicyRefresh(alarms: AlarmsApi, state: TeamPolicyState): Promise<void> {
  if (!state.url) {
    await alarms.clear(TEAM_POLICY_ALARM);
    return;
  }
  const existing = await alarms.get(TEAM_POLICY_ALARM);
  if (existing?.periodInMinutes === state.refreshMinutes) return;
  await alarms.create(TEAM_POLICY_ALARM, { delayInMinutes: state.refreshMinutes, periodInMinutes: state.refreshMinutes });
}
