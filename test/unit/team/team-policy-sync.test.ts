import { describe, expect, it } from 'vitest';
import {
  importPolicyFile,
  loadTeamPolicyState,
  refreshTeamPolicy,
  removeImportedPolicy,
  setAgentPolicyUrl,
  type TeamPolicyDeps,
} from '../../../src/team/team-policy-sync';
import { jsonResponse, managedStorage, memoryStorage, scriptedFetch, teamPolicy } from './team-fakes';

const URL_A = 'http://127.0.0.1:9000/team.json';

function deps(overrides: Partial<TeamPolicyDeps> = {}): TeamPolicyDeps {
  let clock = 1_000;
  return { local: memoryStorage(), managed: undefined, fetch: scriptedFetch().fetchFn, now: () => (clock += 1_000), ...overrides };
}

describe('team policy from a URL', () => {
  it('is picked up, replaced by a new version with a change summary, and kept when a version is broken', async () => {
    const broken = { ...teamPolicy('3'), rules: [{ ...teamPolicy('3').rules![0]!, category: 'rudeness' }] };
    const v2 = teamPolicy('2', { rules: [{ ...teamPolicy('2').rules![0]!, id: 'acme-no-eta' }], lock: [] });
    const { fetchFn, requests } = scriptedFetch(
      jsonResponse(teamPolicy('1'), '"v1"'),
      jsonResponse(v2, '"v2"'),
      jsonResponse(broken, '"v3"'),
      new Response(null, { status: 304 }),
    );
    const d = deps({ fetch: fetchFn });

    let state = (await setAgentPolicyUrl(d, URL_A)).state;
    expect(state).toMatchObject({ source: 'url', url: URL_A, urlSetBy: 'agent', policy: { version: '1' }, error: null });
    expect(state.changes?.added).toEqual(['acme-courier-date']);

    state = await refreshTeamPolicy(d);
    expect(state.policy?.version).toBe('2');
    expect(state.changes).toMatchObject({ fromVersion: '1', added: ['acme-no-eta'], removed: ['acme-courier-date'] });
    expect(requests[1]!.headers['If-None-Match']).toBe('"v1"');

    state = await refreshTeamPolicy(d);
    expect(state.policy?.version).toBe('2');
    expect(state.error).toMatchObject({ source: 'url' });
    expect(state.error?.message).toMatch(/refused.*acme-courier-date.*category/);
    expect(state.changes?.fromVersion).toBe('1');

    // The server says nothing changed since v2: the error goes, the last good copy stays.
    state = await refreshTeamPolicy(d);
    expect(requests[3]!.headers['If-None-Match']).toBe('"v2"');
    expect(state).toMatchObject({ source: 'url', policy: { version: '2' }, error: null });
    expect(await loadTeamPolicyState(d.local)).toEqual(state);
  });

  it('refuses a plain-HTTP URL outside the loopback address without saving it', async () => {
    const d = deps();
    const result = await setAgentPolicyUrl(d, 'http://intranet.example.com/team.json');
    expect(result.ok).toBe(false);
    expect((await loadTeamPolicyState(d.local)).url).toBeNull();
  });
});

describe('precedence of team policy sources', () => {
  it('puts a managed policy above a URL, and a URL above an imported file', async () => {
    const local = memoryStorage();
    const file = JSON.stringify(teamPolicy('file-1'));
    let d = deps({ local });
    expect((await importPolicyFile(d, 'team.json', file)).state).toMatchObject({ source: 'file', policy: { version: 'file-1' } });

    d = deps({ local, fetch: scriptedFetch(jsonResponse(teamPolicy('url-1'))).fetchFn });
    expect((await setAgentPolicyUrl(d, URL_A)).state).toMatchObject({ source: 'url', policy: { version: 'url-1' } });

    const { fetchFn, requests } = scriptedFetch();
    d = deps({ local, fetch: fetchFn, managed: managedStorage({ policy: JSON.stringify(teamPolicy('managed-1')) }) });
    const state = await refreshTeamPolicy(d);
    expect(state).toMatchObject({ source: 'managed', policy: { version: 'managed-1' } });
    expect(requests).toHaveLength(0);

    // The admin withdraws the policy: the URL's last good copy is active again.
    d = deps({ local, fetch: scriptedFetch(new Response(null, { status: 304 })).fetchFn, managed: managedStorage({}) });
    expect(await refreshTeamPolicy(d)).toMatchObject({ source: 'url', policy: { version: 'url-1' } });
  });

  it("lets an admin's policy URL replace the agent's and stops the agent changing it", async () => {
    const local = memoryStorage();
    const adminUrl = 'https://policies.example.com/support.json';
    const { fetchFn, requests } = scriptedFetch(jsonResponse(teamPolicy('admin-1')));
    const d = deps({ local, fetch: fetchFn, managed: managedStorage({ policyUrl: adminUrl, refreshMinutes: 15 }) });
    await local.set({ teamPolicy: { url: URL_A, urlSetBy: 'agent' } });
    const state = await refreshTeamPolicy(d);
    expect(requests[0]!.url).toBe(adminUrl);
    expect(state).toMatchObject({ source: 'url', urlSetBy: 'admin', refreshMinutes: 15, policy: { version: 'admin-1' } });
    const change = await setAgentPolicyUrl(d, URL_A);
    expect(change.ok).toBe(false);
    expect(change.ok ? '' : change.message).toMatch(/administrator/);
  });

  it('falls back to the defaults when the imported file is removed', async () => {
    const d = deps();
    await importPolicyFile(d, 'team.json', JSON.stringify(teamPolicy('7')));
    const state = await removeImportedPolicy(d);
    expect(state).toMatchObject({ source: 'default', policy: null, changes: { fromVersion: '7', removed: ['acme-courier-date'] } });
  });

  it('imports nothing from a broken file and says why', async () => {
    const d = deps();
    const result = await importPolicyFile(d, 'team.json', '{"name": "Acme"');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/team\.json was not imported: .*JSON/);
    expect((await loadTeamPolicyState(d.local)).source).toBe('default');
  });
});
