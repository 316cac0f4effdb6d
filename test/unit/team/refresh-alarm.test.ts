import { describe, expect, it } from 'vitest';
import { scheduleTeamPolicyRefresh, TEAM_POLICY_ALARM } from '../../../src/team/refresh-alarm';
import { EMPTY_TEAM_POLICY_STATE } from '../../../src/team/team-policy-state';
import { fakeAlarms } from './team-fakes';

describe('scheduleTeamPolicyRefresh', () => {
  it('keeps one alarm at the configured period while a policy URL is set, and none without', async () => {
    const api = fakeAlarms();
    await scheduleTeamPolicyRefresh(api, { ...EMPTY_TEAM_POLICY_STATE, url: 'https://example.com/p.json', refreshMinutes: 30 });
    expect(api.periods.get(TEAM_POLICY_ALARM)).toBe(30);
    await scheduleTeamPolicyRefresh(api, { ...EMPTY_TEAM_POLICY_STATE, url: 'https://example.com/p.json', refreshMinutes: 5 });
    expect(api.periods.get(TEAM_POLICY_ALARM)).toBe(5);
    await scheduleTeamPolicyRefresh(api, EMPTY_TEAM_POLICY_STATE);
    expect(api.periods.has(TEAM_POLICY_ALARM)).toBe(false);
  });
});
