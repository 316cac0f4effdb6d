// The browsers are pointed at this proxy for every non-loopback request: nothing should reach it
// (the fixture server is on 127.0.0.1, which browsers never send through a proxy). Whatever does
// is recorded and refused, so "no request leaves the browser" is checked, the background
// service worker and content scripts included, without relying on per-target network hooks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OutboundSink {
  port: number;
  /** Every request that tried to go out, as "METHOD url", except the browsers' own services. */
  attempts: string[];
  close(): Promise<void>;
}

/**
 * The browsers' own background traffic (Chromium's time, update and autofill services, Firefox's
 * remote settings) that launch flags and prefs do not fully silence. The extension has no reason
 * to contact these hosts; anything else that reaches the sink fails the test.
 */
const BROWSER_SERVICES = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)$/;

function hostOf(target: string): string {
  try {
    return new URL(target.includes('://') ? target : `https://${target}`).hostname;
  } catch {
    return target;
  }
}

export async function startOutboundSink(): Promise<OutboundSink> {
  const attempts: string[] = [];
  const server: Server = createServer((request, response) => {
    if (!BROWSER_SERVICES.test(hostOf(request.url ?? ''))) attempts.push(`${request.method} ${request.url}`);
    response.writeHead(403).end('blocked by the Reframe end-to-end tests');
  });
  server.on('connect', (request, socket) => {
    if (!BROWSER_SERVICES.test(hostOf(request.url ?? ''))) attempts.push(`CONNECT ${request.url}`);
    // A browser may reset the tunnel before reading the refusal; that is no test failure.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
