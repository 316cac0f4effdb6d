// Keeps the team policy current from its three sources and picks the active one:
// a policy the admin pushed (managed storage) wins, then the policy URL (named by the admin
// or, when the admin named none, by the agent), then an imported file, then the built-in
// defaults. Every candidate is validated whole before it replaces anything, and the last
// good copy from the URL is kept when a fetch fails.
import type { Policy } from '../policy/types';
import { noChanges, policyChanges } from './policy-changes';
import { fetchPolicy, policyUrlProblem } from './policy-url';
import { oneAtATime } from './one-at-a-time';
import { parseTeamPolicy } from './parse-team-policy';
import { readManagedSettings, type ManagedSettings } from './read-managed-settings';
import type { ManagedArea, StorageArea } from './storage-area';
import {
  DEFAULT_REFRESH_MINUTES,
  EMPTY_TEAM_POLICY_STATE,
  type PolicyProblem,
  type PolicySource,
  type TeamPolicyState,
} from './team-policy-state';

export const TEAM_POLICY_KEY = 'teamPolicy';

export interface TeamPolicyDeps {
  local: StorageArea;
  managed: ManagedArea | undefined;
  fetch: typeof fetch;
  now: () => number;
}

export type TeamPolicyUpdate = { ok: true; state: TeamPolicyState } | { ok: false; message: string; state: TeamPolicyState };

export async function loadTeamPolicyState(local: StorageArea): Promise<TeamPolicyState> {
  const stored = (await local.get(TEAM_POLICY_KEY))[TEAM_POLICY_KEY];
  return stored && typeof stored === 'object' ? { ...EMPTY_TEAM_POLICY_STATE, ...(stored as Partial<TeamPolicyState>) } : EMPTY_TEAM_POLICY_STATE;
}

/** Re-reads the managed settings, fetches the policy URL if there is one, and saves the result. */
export function refreshTeamPolicy(deps: TeamPolicyDeps): Promise<TeamPolicyState> {
  return serialized(async () => {
    const state = await loadTeamPolicyState(deps.local);
    const managed = await readManagedSettings(deps.managed);
    const next = withManaged(state, managed, deps.now());
    // A policy the admin pushed wins over any URL, so the URL is not even fetched.
    if (next.url && !managed.policy) await fetchInto(next, deps);
    return save(deps, state, next);
  });
}

/** Imports a policy file the agent picked. A bad file changes nothing. */
export function importPolicyFile(deps: TeamPolicyDeps, fileName: string, text: string): Promise<TeamPolicyUpdate> {
  return serialized(async () => {
    const state = await loadTeamPolicyState(deps.local);
    const parsed = parseTeamPolicy(text);
    if (!parsed.ok) return { ok: false, message: `${fileName} was not imported: ${parsed.message}`, state };
    const next: TeamPolicyState = {
      ...state,
      imported: { policy: parsed.policy, fileName, importedAt: deps.now() },
      error: state.error?.source === 'file' ? null : state.error,
    };
    return { ok: true, state: await save(deps, state, next) };
  });
}

/** Forgets the imported file (the URL or the defaults take over). */
export function removeImportedPolicy(deps: TeamPolicyDeps): Promise<TeamPolicyState> {
  return serialized(async () => {
    const state = await loadTeamPolicyState(deps.local);
    return save(deps, state, { ...state, imported: null });
  });
}

/** The agent sets (or, with null, removes) their own policy URL; refused when the admin set one. */
export async function setAgentPolicyUrl(deps: TeamPolicyDeps, url: string | null): Promise<TeamPolicyUpdate> {
  const current = await loadTeamPolicyState(deps.local);
  if (current.urlSetBy === 'admin') {
    return { ok: false, message: 'The policy URL is set by your administrator and cannot be changed here.', state: current };
  }
  const trimmed = url?.trim() || null;
  const problem = trimmed ? policyUrlProblem(trimmed) : null;
  if (problem) return { ok: false, message: problem, state: current };
  await serialized(async () => {
    const state = await loadTeamPolicyState(deps.local);
    await save(deps, state, { ...state, url: trimmed, urlSetBy: trimmed ? 'agent' : null });
  });
  const state = await refreshTeamPolicy(deps);
  return state.error?.source === 'url' ? { ok: false, message: state.error.message, state } : { ok: true, state };
}

/** Applies what the admin set: their URL overrides the agent's, their problems are reported. */
function withManaged(state: TeamPolicyState, managed: ManagedSettings, now: number): TeamPolicyState {
  const next: TeamPolicyState = { ...state, refreshMinutes: managed.refreshMinutes ?? DEFAULT_REFRESH_MINUTES };
  if (managed.policyUrl) {
    next.url = managed.policyUrl;
    next.urlSetBy = 'admin';
  } else if (state.urlSetBy === 'admin') {
    // The admin removed their URL: nothing of theirs stays in force.
    next.url = null;
    next.urlSetBy = null;
  }
  // The last good copy from a URL stays in force until the new URL delivers one (issue 13:
  // a failing new address must not silently drop the team policy); without a URL it goes.
  if (next.fetched && !next.url) next.fetched = null;
  if (managed.problem) next.error = problem(managed.problem, now, 'managed');
  else if (next.error?.source === 'managed') next.error = null;
  next.managedPolicy = managed.policy;
  return next;
}

async function fetchInto(state: TeamPolicyState, deps: TeamPolicyDeps): Promise<void> {
  const url = state.url as string;
  // The ETag belongs to the address it came from.
  const etag = state.fetched?.url === url ? state.fetched.etag : null;
  let result: Awaited<ReturnType<typeof fetchPolicy>>;
  try {
    result = await fetchPolicy(url, etag, deps.fetch);
  } catch (error) {
    // fetchPolicy answers every failure it knows; anything else is recorded the same way.
    result = { status: 'failed', message: `could not fetch ${url} (${(error as Error).message})` };
  }
  const now = deps.now();
  if (result.status === 'failed') {
    state.error = problem(result.message, now, 'url');
    return;
  }
  state.lastFetchAt = now;
  if (state.error?.source === 'url') state.error = null;
  if (result.status === 'updated') state.fetched = { url, policy: result.policy, etag: result.etag };
}

/** Picks the active policy by precedence and records what changed when it changed. */
async function save(deps: TeamPolicyDeps, previous: TeamPolicyState, candidate: TeamPolicyState): Promise<TeamPolicyState> {
  const [source, policy] = pick(candidate);
  const next: TeamPolicyState = { ...candidate, source, policy };
  const previousPolicy = previous.policy;
  if (JSON.stringify(previousPolicy) !== JSON.stringify(policy)) {
    const changes = policyChanges(previousPolicy, policy);
    const renamed = previousPolicy?.name !== policy?.name || previousPolicy?.version !== policy?.version;
    next.changes = noChanges(changes) && !renamed ? previous.changes : changes;
  }
  await deps.local.set({ [TEAM_POLICY_KEY]: next });
  return next;
}

function pick(state: TeamPolicyState): [PolicySource, Policy | null] {
  if (state.managedPolicy) return ['managed', state.managedPolicy];
  if (state.url && state.fetched) return ['url', state.fetched.policy];
  if (state.imported) return ['file', state.imported.policy];
  return ['default', null];
}

function problem(message: string, at: number, source: PolicyProblem['source']): PolicyProblem {
  return { message, at, source };
}

/** State updates run one after another, so a refresh and an import cannot overwrite each other. */
const serialized = oneAtATime();
