// Reads what an administrator pushed through the browser's enterprise policy (Chrome's
// storage.managed with our managed schema; Firefox's policies.json "3rdparty" section).
// Defensive like uBlock Origin's admin-storage reader: a missing API, a throw or a value of
// the wrong shape all mean "no policy", never a crash. Firefox has no schema, so every value
// is checked here.
import type { Policy } from '../policy/types';
import { parseTeamPolicy } from './parse-team-policy';
import type { ManagedArea } from './storage-area';

export interface ManagedSettings {
  policy: Policy | null;
  policyUrl: string | null;
  refreshMinutes: number | null;
  /** Why a value the admin set was ignored, to show the agent (and the admin on their screen). */
  problem: string | null;
}

export const NO_MANAGED_SETTINGS: ManagedSettings = { policy: null, policyUrl: null, refreshMinutes: null, problem: null };

/** Refresh intervals outside this range are clamped: chrome.alarms fires at most every 30 s. */
export const MIN_REFRESH_MINUTES = 1;
export const MAX_REFRESH_MINUTES = 7 * 24 * 60;

export async function readManagedSettings(area: ManagedArea | undefined): Promise<ManagedSettings> {
  let values: Record<string, unknown>;
  try {
    if (!area || typeof area.get !== 'function') return NO_MANAGED_SETTINGS;
    values = (await area.get(null)) ?? {};
    if (typeof values !== 'object') return NO_MANAGED_SETTINGS;
  } catch {
    // Chrome without a schema, Firefox without policies, or a browser without the API.
    return NO_MANAGED_SETTINGS;
  }
  const problems: string[] = [];
  let policy: Policy | null = null;
  if (values.policy !== undefined && values.policy !== '') {
    const parsed = parseTeamPolicy(values.policy);
    if (parsed.ok) policy = parsed.policy;
    else problems.push(`the policy set by your administrator was ignored: ${parsed.message}`);
  }
  let policyUrl: string | null = null;
  if (typeof values.policyUrl === 'string' && values.policyUrl.trim() !== '') {
    policyUrl = values.policyUrl.trim();
  } else if (values.policyUrl !== undefined && values.policyUrl !== '') {
    problems.push('the policyUrl set by your administrator was ignored: it must be a string');
  }
  let refreshMinutes: number | null = null;
  const minutes = typeof values.refreshMinutes === 'string' ? Number(values.refreshMinutes) : values.refreshMinutes;
  if (typeof minutes === 'number' && Number.isFinite(minutes)) {
    refreshMinutes = Math.min(MAX_REFRESH_MINUTES, Math.max(MIN_REFRESH_MINUTES, Math.round(minutes)));
  } else if (values.refreshMinutes !== undefined) {
    problems.push('refreshMinutes set by your administrator was ignored: it must be a number of minutes');
  }
  return { policy, policyUrl, refreshMinutes, problem: problems.length ? problems.join('; ') : null };
}
