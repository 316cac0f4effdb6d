// What the extension knows about the team policy: where the active one came from, when it
// was last fetched, what went wrong last, and what changed since the previous version.
// Kept in storage.local; the popup and the options page show it.
import type { Policy } from '../policy/types';

/** Where the active team policy came from. `default`: no team policy, the built-in rules. */
export type PolicySource = 'managed' | 'url' | 'file' | 'default';

/** Rule ids that differ between the previous active version and the current one. */
export interface PolicyChanges {
  /** The version this one replaced ("" when the previous one had none, e.g. the defaults). */
  fromName: string;
  fromVersion: string;
  added: string[];
  removed: string[];
  changed: string[];
}

export interface PolicyProblem {
  message: string;
  /** Epoch milliseconds. */
  at: number;
  /** Which source the problem came from. */
  source: Exclude<PolicySource, 'default'>;
}

/** The last good copy fetched from a policy URL. */
export interface FetchedPolicy {
  url: string;
  policy: Policy;
  /** The server's ETag, sent back as If-None-Match. */
  etag: string | null;
}

export interface ImportedPolicy {
  policy: Policy;
  fileName: string;
  /** Epoch milliseconds. */
  importedAt: number;
}

export interface TeamPolicyState {
  source: PolicySource;
  /** The active team policy, or null when the built-in defaults apply. */
  policy: Policy | null;
  /** The policy URL in use, and who set it (an agent cannot change one the admin set). */
  url: string | null;
  urlSetBy: 'admin' | 'agent' | null;
  /** The policy the admin pushed through managed storage, as last read. */
  managedPolicy: Policy | null;
  /** Minutes between fetches of the policy URL. */
  refreshMinutes: number;
  fetched: FetchedPolicy | null;
  imported: ImportedPolicy | null;
  /** Epoch milliseconds of the last answer from the policy URL (200 or 304). */
  lastFetchAt: number | null;
  /** The last thing that went wrong, cleared when the same source works again. */
  error: PolicyProblem | null;
  changes: PolicyChanges | null;
}

export const DEFAULT_REFRESH_MINUTES = 60;

export const EMPTY_TEAM_POLICY_STATE: TeamPolicyState = {
  source: 'default',
  policy: null,
  url: null,
  urlSetBy: null,
  managedPolicy: null,
  refreshMinutes: DEFAULT_REFRESH_MINUTES,
  fetched: null,
  imported: null,
  lastFetchAt: null,
  error: null,
  changes: null,
};
