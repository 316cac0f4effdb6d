// Fetches the team policy from the URL a team lead hosts it at. This is the only network
// request the extension ever makes: no text, no identifiers, only a conditional GET.
import type { Policy } from '../policy/types';
import { parseTeamPolicy } from './parse-team-policy';

/** Hosts allowed over plain HTTP, so tests and a lead's own machine can serve a policy. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A server that never answers must not hold up the next refresh (or an import) for ever. */
export const FETCH_TIMEOUT_MS = 30_000;

/** Policies are small; anything bigger is a mistake (a wrong URL serving a page or a file). */
export const MAX_POLICY_BYTES = 1_000_000;

/** Null when the URL may be fetched, else what is wrong with it. */
export function policyUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL; use the full address, starting with https://`;
  }
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)) return null;
  return `"${url}" is not an HTTPS address; host the policy on HTTPS (plain HTTP only works on 127.0.0.1 or localhost)`;
}

export type PolicyFetchResult =
  | { status: 'updated'; policy: Policy; etag: string | null }
  | { status: 'not-modified' }
  | { status: 'failed'; message: string };

export async function fetchPolicy(url: string, etag: string | null, fetchFn: typeof fetch): Promise<PolicyFetchResult> {
  const urlProblem = policyUrlProblem(url);
  if (urlProblem) return { status: 'failed', message: urlProblem };
  let response: Response;
  try {
    response = await fetchFn(url, {
      headers: etag ? { 'If-None-Match': etag, Accept: 'application/json' } : { Accept: 'application/json' },
      // The browser's HTTP cache would answer for the server and hide new versions.
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    return { status: 'failed', message: `could not reach ${url} (${(error as Error).message}); check the address and your connection` };
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) {
    return { status: 'failed', message: `${url} answered ${response.status} ${response.statusText}`.trim() + '; check that the policy file is published there' };
  }
  const text = await response.text();
  if (text.length > MAX_POLICY_BYTES) {
    return { status: 'failed', message: `${url} sent ${text.length} characters, more than a policy can be (${MAX_POLICY_BYTES})` };
  }
  const parsed = parseTeamPolicy(text);
  if (!parsed.ok) return { status: 'failed', message: `the policy at ${url} was refused: ${parsed.message}` };
  return { status: 'updated', policy: parsed.policy, etag: response.headers.get('ETag') };
}
