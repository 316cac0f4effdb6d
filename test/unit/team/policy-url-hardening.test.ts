// Issue 13, the policy URL: the body is read as a stream and abandoned once it passes the
// size cap; a redirect may not leave HTTPS (loopback HTTP allowed, as for the URL itself);
// and every failure, in the headers or in the body, is recorded as a failure with the last
// good policy kept.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPolicy, MAX_POLICY_BYTES } from '../../../src/team/policy-url';
import { loadTeamPolicyState, refreshTeamPolicy, setAgentPolicyUrl, type TeamPolicyDeps } from '../../../src/team/team-policy-sync';
import { jsonResponse, memoryStorage, scriptedFetch, teamPolicy } from './team-fakes';

const URL_HTTPS = 'https://policies.example.com/team.json';
const CHUNK = 64 * 1024;

/** A body that sends `total` bytes of spaces (as a chunked answer would), counting what was read. */
function endlessBody(total = 200 * 1024 * 1024) {
  let sent = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(32));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, sent: () => sent, cancelled: () => cancelled };
}

/** A body that sends a little, then fails (a reset connection), or never ends. */
function brokenBody(kind: 'reset' | 'stall'): ReadableStream<Uint8Array> {
  let step = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (step++ === 0) return controller.enqueue(new TextEncoder().encode('{"name": "Acme", '));
      if (kind === 'reset') return controller.error(new TypeError('terminated: other side closed'));
      return new Promise(() => undefined); // nothing more, ever
    },
  });
}

function withUrl(response: Response, url: string): Response {
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('the policy body', () => {
  it('is abandoned as soon as it passes the size cap, without reading the rest', async () => {
    const body = endlessBody();
    const { fetchFn } = scriptedFetch(new Response(body.stream, { status: 200 }));
    const result = await fetchPolicy(URL_HTTPS, null, fetchFn);
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining(`more than ${MAX_POLICY_BYTES.toLocaleString('en')} bytes`) });
    expect(body.sent()).toBeLessThanOrEqual(MAX_POLICY_BYTES + 2 * CHUNK);
    expect(body.cancelled()).toBe(true);
  });

  it('is not read at all when its Content-Length says it is too big', async () => {
    const body = endlessBody(4 * CHUNK);
    const { fetchFn } = scriptedFetch(new Response(body.stream, { status: 200, headers: { 'Content-Length': String(MAX_POLICY_BYTES * 200) } }));
    const result = await fetchPolicy(URL_HTTPS, null, fetchFn);
    expect(result.status).toBe('failed');
    expect(body.sent()).toBeLessThanOrEqual(CHUNK);
  });

  it('that fails part-way is a failure, not an exception', async () => {
    const { fetchFn } = scriptedFetch(new Response(brokenBody('reset'), { status: 200 }));
    const result = await fetchPolicy(URL_HTTPS, null, fetchFn);
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('stopped sending') });
  });

  it('that is too slow is given up at the time limit', async () => {
    const { fetchFn } = scriptedFetch(new Response(brokenBody('stall'), { status: 200 }));
    const result = await fetchPolicy(URL_HTTPS, null, fetchFn, { timeoutMs: 200 });
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('took longer than') });
  });
});

describe('redirects', () => {
  it('are followed from HTTPS to HTTPS', async () => {
    const { fetchFn, requests } = scriptedFetch(
      new Response(null, { status: 301, headers: { Location: 'https://cdn.example.com/team-v2.json' } }),
      jsonResponse(teamPolicy('2')),
    );
    expect(await fetchPolicy(URL_HTTPS, null, fetchFn)).toMatchObject({ status: 'updated', policy: { version: '2' } });
    expect(requests.map((request) => request.url)).toEqual([URL_HTTPS, 'https://cdn.example.com/team-v2.json']);
  });

  it.each([
    ['plain HTTP', 'http://policies.example.com/team.json'],
    ['plain HTTP on another port', 'http://policies.example.com:8080/team.json'],
    ['another scheme', 'ftp://policies.example.com/team.json'],
  ])('are refused when they lead to %s, before any request goes there', async (_case, location) => {
    const { fetchFn, requests } = scriptedFetch(new Response(null, { status: 302, headers: { Location: location } }));
    const result = await fetchPolicy(URL_HTTPS, null, fetchFn);
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining(`redirected to ${location}`) });
    expect(requests).toHaveLength(1);
  });

  it('are refused by where they ended when the browser hides them (an opaque redirect)', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as unknown as Response;
    const { fetchFn } = scriptedFetch(opaque, withUrl(jsonResponse(teamPolicy('2')), 'http://evil.example.com/team.json'));
    const result = await fetchPolicy(URL_HTTPS, null, fetchFn);
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('redirected to http://evil.example.com/team.json') });
  });

  it('stop after a few hops', async () => {
    const hops = Array.from({ length: 10 }, (_, i) => new Response(null, { status: 302, headers: { Location: `https://policies.example.com/${i}.json` } }));
    const result = await fetchPolicy(URL_HTTPS, null, scriptedFetch(...hops).fetchFn);
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('redirected more than') });
  });

  describe('with a real server on the loopback address', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      server = createServer((request, response) => {
        if (request.url === '/moved') response.writeHead(302, { Location: '/team.json' }).end();
        else if (request.url === '/away') response.writeHead(302, { Location: 'http://policies.invalid/team.json' }).end();
        else response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(teamPolicy('7')));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('follows a redirect that stays on the loopback address', async () => {
      expect(await fetchPolicy(`${base}/moved`, null, fetch)).toMatchObject({ status: 'updated', policy: { version: '7' } });
    });

    it('refuses one that leaves it for plain HTTP elsewhere', async () => {
      const result = await fetchPolicy(`${base}/away`, null, fetch);
      expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('redirected to http://policies.invalid/team.json') });
    });
  });
});

describe('a failure while reading the policy', () => {
  const URL_A = 'http://127.0.0.1:9000/team.json';

  function deps(fetchFn: typeof fetch, local = memoryStorage()): TeamPolicyDeps {
    let clock = 1_000;
    return { local, managed: undefined, fetch: fetchFn, now: () => (clock += 1_000) };
  }

  it('set from the options page is recorded and shown, never thrown', async () => {
    const d = deps(scriptedFetch(new Response(brokenBody('reset'), { status: 200 })).fetchFn);
    const result = await setAgentPolicyUrl(d, URL_A);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain('stopped sending');
    expect(await loadTeamPolicyState(d.local)).toMatchObject({ url: URL_A, error: { source: 'url', message: expect.stringContaining('stopped sending') } });
  });

  it('on the refresh alarm is recorded, and the last good policy stays in force', async () => {
    const local = memoryStorage();
    await setAgentPolicyUrl(deps(scriptedFetch(jsonResponse(teamPolicy('1'), '"v1"')).fetchFn, local), URL_A);
    const state = await refreshTeamPolicy(deps(scriptedFetch(new Response(brokenBody('reset'), { status: 200 })).fetchFn, local));
    expect(state).toMatchObject({ source: 'url', policy: { version: '1' }, error: { source: 'url', message: expect.stringContaining('stopped sending') } });
    expect(await loadTeamPolicyState(local)).toEqual(state);
  });

  it('is recorded even when fetch itself throws something unexpected', async () => {
    const local = memoryStorage();
    await setAgentPolicyUrl(deps(scriptedFetch(jsonResponse(teamPolicy('1'))).fetchFn, local), URL_A);
    const throwing = (() => {
      throw new RangeError('boom');
    }) as unknown as typeof fetch;
    const state = await refreshTeamPolicy(deps(throwing, local));
    expect(state).toMatchObject({ source: 'url', policy: { version: '1' }, error: { source: 'url' } });
  });

  it('of a new URL keeps the last good team policy in force, and says why', async () => {
    const local = memoryStorage();
    await setAgentPolicyUrl(deps(scriptedFetch(jsonResponse(teamPolicy('1'))).fetchFn, local), URL_A);
    const result = await setAgentPolicyUrl(deps(scriptedFetch(new Response('gone', { status: 404 })).fetchFn, local), 'http://127.0.0.1:9000/other.json');
    expect(result.ok).toBe(false);
    expect(result.state).toMatchObject({ source: 'url', policy: { version: '1' }, error: { source: 'url', message: expect.stringContaining('404') } });
  });
});
