import { describe, expect, it } from 'vitest';
import { scheduleTeamPolicyRefresh, TEAM_POLICY_ALARM, type AlarmsApi } from '../../../src/team/refresh-alarm';
import { EMPTY_TEAM_POLICY_STATE } from '../../../src/team/team-policy-state';

function fakeAlarms(): AlarmsApi & { alarms: Map<string, number> } {
  const alarms = new Map<string, number>();
  return {
    alarms,
    get: async (name) => (alarms.has(name) ? { periodInMinutes: alarms.get(name)! } : undefined),
    create: (name, info) => void alarms.set(name, info.periodInMinutes),
    clear: async (name) => alarms.delete(name),
  };
}

describe('scheduleTeamPolicyRefresh', () => {
  it('keeps one alarm at the configured period while a policy URL is set, and none without', async () => {
    const api = fakeAlarms();
    await scheduleTeamPolicyRefresh(api, { ...EMPTY_TEAM_POLICY_STATE, url: 'https://example.com/p.json', refreshMinutes: 30 });
    expect(api.alarms.get(TEAM_POLICY_ALARM)).toBe(30);
    await scheduleTeamPolicyRefresh(api, { ...EMPTY_TEAM_POLICY_STATE, url: 'https://example.com/p.json', refreshMinutes: 5 });
    expect(api.alarms.get(TEAM_POLICY_ALARM)).toBe(5);
    await scheduleTeamPolicyRefresh(api, EMPTY_TEAM_POLICY_STATE);
    expect(api.alarms.has(TEAM_POLICY_ALARM)).toBe(false);
  });
});
