// Fetches the team policy from the URL a team lead hosts it at. This is the only network
// request the extension ever makes: no text, no identifiers, only a conditional GET.
// Hardened (issue 13): every hop of a redirect must stay on HTTPS (or loopback HTTP, as for
// the URL itself), the body is read as a stream and abandoned once it passes the size cap,
// and every failure, in the headers or the body, comes back as a failure (never thrown).
import type { Policy } from '../policy/types';
import { parseTeamPolicy } from './parse-team-policy';

/** Hosts allowed over plain HTTP, so tests and a lead's own machine can serve a policy. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A server that never answers must not hold up the next refresh (or an import) for ever: headers and body together. */
export const FETCH_TIMEOUT_MS = 30_000;

/** Policies are small; anything bigger is a mistake (a wrong URL serving a page or a file). */
export const MAX_POLICY_BYTES = 1_000_000;

/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

const LIMITS: FetchLimits = { timeoutMs: FETCH_TIMEOUT_MS, maxBytes: MAX_POLICY_BYTES };

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

/** A failure with its message for the agent, thrown inside and returned by fetchPolicy. */
class FetchFailure extends Error {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchPolicy(url: string, etag: string | null, fetchFn: typeof fetch, limits: Partial<FetchLimits> = {}): Promise<PolicyFetchResult> {
  const { timeoutMs, maxBytes } = { ...LIMITS, ...limits };
  const urlProblem = policyUrlProblem(url);
  if (urlProblem) return { status: 'failed', message: urlProblem };
  const signal = AbortSignal.timeout(timeoutMs);
  const tooSlow = `${url} took longer than ${Math.round(timeoutMs / 1000)} seconds to send the policy; check that the server is up, then try again`;
  let response: Response;
  try {
    response = await fetchFollowingHttps(url, etag, fetchFn, signal);
  } catch (error) {
    if (error instanceof FetchFailure) return { status: 'failed', message: error.message };
    if (signal.aborted) return { status: 'failed', message: tooSlow };
    return { status: 'failed', message: `could not reach ${url} (${(error as Error).message}); check the address and your connection` };
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return { status: 'failed', message: `${url} answered ${response.status} ${response.statusText}`.trim() + '; check that the policy file is published there' };
  }
  let text: string;
  try {
    text = await readCapped(response, maxBytes, signal, url);
  } catch (error) {
    if (error instanceof FetchFailure) return { status: 'failed', message: error.message };
    if (signal.aborted) return { status: 'failed', message: tooSlow };
    return { status: 'failed', message: `${url} stopped sending the policy part-way (${(error as Error).message}); try again later` };
  }
  const parsed = parseTeamPolicy(text);
  if (!parsed.ok) return { status: 'failed', message: `the policy at ${url} was refused: ${parsed.message}` };
  return { status: 'updated', policy: parsed.policy, etag: response.headers.get('ETag') };
}

/**
 * Follows redirects one hop at a time, each checked before it is requested. Where the runtime
 * hides a redirect (browsers answer `redirect: 'manual'` with an opaque response), the request
 * is made again following redirects, and the address it ended at is checked.
 */
async function fetchFollowingHttps(url: string, etag: string | null, fetchFn: typeof fetch, signal: AbortSignal): Promise<Response> {
  const init = (redirect: RequestRedirect): RequestInit => ({
    headers: etag ? { 'If-None-Match': etag, Accept: 'application/json' } : { Accept: 'application/json' },
    // The browser's HTTP cache would answer for the server and hide new versions.
    cache: 'no-store',
    credentials: 'omit',
    redirect,
    signal,
  });
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetchFn(current, init('manual'));
    if (response.type === 'opaqueredirect') {
      const followed = await fetchFn(current, init('follow'));
      const landed = followed.url || current;
      if (policyUrlProblem(landed)) {
        void followed.body?.cancel().catch(() => undefined);
        throw new FetchFailure(redirectedMessage(url, landed));
      }
      return followed;
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get('Location') : null;
    if (location === null) return response;
    void response.body?.cancel().catch(() => undefined);
    let next: string;
    try {
      next = new URL(location, current).href;
    } catch {
      throw new FetchFailure(`${url} redirected to "${location}", which is not an address; publish the policy at the URL itself`);
    }
    if (policyUrlProblem(next)) throw new FetchFailure(redirectedMessage(url, next));
    current = next;
  }
  throw new FetchFailure(`${url} redirected more than ${MAX_REDIRECTS} times; set the policy URL to the address the policy is at`);
}

function redirectedMessage(url: string, to: string): string {
  return `${url} redirected to ${to}, which is not HTTPS; a policy URL may only redirect to another HTTPS address`;
}

/** The body as text, read chunk by chunk and abandoned once it passes `maxBytes` or the time limit. */
async function readCapped(response: Response, maxBytes: number, signal: AbortSignal, url: string): Promise<string> {
  const tooBig = `${url} sent more than ${maxBytes.toLocaleString('en')} bytes, more than a policy can be; check that the address is the policy file`;
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new FetchFailure(tooBig);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new FetchFailure(tooBig);
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
