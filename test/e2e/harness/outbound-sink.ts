// The browsers are pointed at this proxy for every non-loopback request: nothing should reach it
// (the fixture server is on 127.0.0.1, which browsers never send through a proxy). Whatever does
// is recorded and refused, so "no request leaves the browser" is checked, the background
// service worker and content scripts included, without relying on per-target network hooks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OutboundSink {
  port: number;
  /** Every request the browser tried to send out, as "METHOD url". */
  attempts: string[];
  close(): Promise<void>;
}

export async function startOutboundSink(): Promise<OutboundSink> {
  const attempts: string[] = [];
  const server: Server = createServer((request, response) => {
    attempts.push(`${request.method} ${request.url}`);
    response.writeHead(403).end('blocked by the Reframe end-to-end tests');
  });
  server.on('connect', (request, socket) => {
    attempts.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
