// A policy URL on 127.0.0.1 for the tests: serves whatever body the test sets, with an ETag
// per body, answers 304 to a matching If-None-Match, and records what it was asked.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PolicyServer {
  url: string;
  /** The next answers serve this body (a policy object, or raw text for a broken one). */
  serve(body: unknown): void;
  requests: Array<{ ifNoneMatch: string | null }>;
  close(): Promise<void>;
}

export async function startPolicyServer(): Promise<PolicyServer> {
  let text = '{}';
  const requests: PolicyServer['requests'] = [];
  const server = createServer((request, response) => {
    const ifNoneMatch = request.headers['if-none-match'] ?? null;
    requests.push({ ifNoneMatch: typeof ifNoneMatch === 'string' ? ifNoneMatch : null });
    const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 12)}"`;
    if (ifNoneMatch === etag) {
      response.writeHead(304, { ETag: etag }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/team-policy.json`,
    serve(body) {
      text = typeof body === 'string' ? body : JSON.stringify(body);
    },
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
