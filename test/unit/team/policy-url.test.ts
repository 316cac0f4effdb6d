import { describe, expect, it } from 'vitest';
import { fetchPolicy, policyUrlProblem } from '../../../src/team/policy-url';
import { jsonResponse, scriptedFetch, teamPolicy } from './team-fakes';

describe('policyUrlProblem', () => {
  it('allows HTTPS anywhere and plain HTTP only on the loopback address', () => {
    expect(policyUrlProblem('https://intranet.example.com/reframe.json')).toBeNull();
    expect(policyUrlProblem('http://127.0.0.1:8123/policy.json')).toBeNull();
    expect(policyUrlProblem('http://localhost/policy.json')).toBeNull();
    expect(policyUrlProblem('http://intranet.example.com/reframe.json')).toMatch(/HTTPS/);
    expect(policyUrlProblem('ftp://example.com/p.json')).toMatch(/HTTPS/);
    expect(policyUrlProblem('intranet/policy.json')).toMatch(/not a URL/);
  });
});

describe('fetchPolicy', () => {
  const url = 'https://example.com/team.json';

  it('returns the validated policy and the ETag to send next time', async () => {
    const { fetchFn, requests } = scriptedFetch(jsonResponse(teamPolicy('1'), '"v1"'));
    const result = await fetchPolicy(url, null, fetchFn);
    expect(result).toMatchObject({ status: 'updated', etag: '"v1"', policy: { version: '1' } });
    expect(requests[0]!.headers['If-None-Match']).toBeUndefined();
  });

  it('sends If-None-Match and reports 304 as not modified', async () => {
    const { fetchFn, requests } = scriptedFetch(new Response(null, { status: 304 }));
    expect(await fetchPolicy(url, '"v1"', fetchFn)).toEqual({ status: 'not-modified' });
    expect(requests[0]!.headers['If-None-Match']).toBe('"v1"');
  });

  it('refuses a non-HTTPS URL without any request', async () => {
    const { fetchFn, requests } = scriptedFetch();
    const result = await fetchPolicy('http://example.com/team.json', null, fetchFn);
    expect(result.status).toBe('failed');
    expect(requests).toHaveLength(0);
  });

  it('explains server errors, network errors, bad JSON and invalid policies', async () => {
    const { fetchFn } = scriptedFetch(
      new Response('gone', { status: 404, statusText: 'Not Found' }),
      new TypeError('Failed to fetch'),
      jsonResponse('{"name": "Acme",'),
      jsonResponse({ ...teamPolicy('2'), rules: [{ ...teamPolicy('2').rules![0]!, severity: 'fatal' }] }),
    );
    const messages = [];
    for (let i = 0; i < 4; i++) {
      const result = await fetchPolicy(url, null, fetchFn);
      expect(result.status).toBe('failed');
      messages.push(result.status === 'failed' ? result.message : '');
    }
    expect(messages[0]).toContain('404');
    expect(messages[1]).toContain('could not reach');
    expect(messages[2]).toMatch(/JSON/);
    expect(messages[3]).toMatch(/acme-courier-date.*severity/);
  });
});
