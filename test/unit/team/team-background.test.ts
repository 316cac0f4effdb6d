import { describe, expect, it, vi } from 'vitest';
import { lockedByCategory } from '../../../src/options/team/locked-by-team';
import { TEAM_POLICY_ALARM } from '../../../src/team/refresh-alarm';
import { createTeamBackground } from '../../../src/team/team-background';
import { fakeAlarms, jsonResponse, managedStorage, memoryStorage, scriptedFetch, teamPolicy } from './team-fakes';

describe('team background', () => {
  it("fetches the admin's URL on start and on its alarm, schedules the alarm, and reports each change", async () => {
    const alarms = fakeAlarms();
    const onStateChanged = vi.fn();
    const { fetchFn, requests } = scriptedFetch(jsonResponse(teamPolicy('1'), '"a"'), jsonResponse(teamPolicy('2'), '"b"'));
    const team = createTeamBackground({
      local: memoryStorage(),
      managed: managedStorage({ policyUrl: 'https://example.com/team.json', refreshMinutes: 20 }),
      fetch: fetchFn,
      now: () => Date.now(),
      alarms,
      onStateChanged,
    });
    expect((await team.start()).policy?.version).toBe('1');
    expect(alarms.periods.get(TEAM_POLICY_ALARM)).toBe(20);
    await team.onAlarm({ name: 'something-else' });
    expect(requests).toHaveLength(1);
    await team.onAlarm({ name: TEAM_POLICY_ALARM });
    expect((await team.handle({ type: 'team.state' })).policy?.version).toBe('2');
    expect(onStateChanged).toHaveBeenCalledTimes(2);
  });

  it('counts insight events sent by the page and new findings seen in coaching updates', async () => {
    const local = memoryStorage();
    const team = createTeamBackground({ local, managed: undefined, fetch: scriptedFetch().fetchFn, now: () => Date.now(), alarms: fakeAlarms(), onStateChanged: () => undefined });
    await team.handle({ type: 'insight.record', event: 'applied', category: 'blame' });
    const finding = { ruleId: 'blame-should-have', category: 'blame' as const };
    const state = { text: '', customer: null, url: '', report: { findings: [finding] } } as never;
    await team.observeCoaching(7, 0, state);
    await team.observeCoaching(7, 0, state);
    const [day] = Object.values(await team.handle({ type: 'insight.get' }));
    expect(day).toEqual({ flagged: { blame: 1 }, applied: { blame: 1 }, dismissed: {} });
  });
});

describe('lockedByCategory', () => {
  it("lists the team's locked rules under their categories, default rules included", () => {
    const policy = teamPolicy('1', { lock: ['acme-courier-date', 'over-promise-guarantee'] });
    expect(lockedByCategory(policy)).toEqual({ 'over-promise': ['over-promise-guarantee', 'acme-courier-date'] });
    expect(lockedByCategory(null)).toEqual({});
  });
});
