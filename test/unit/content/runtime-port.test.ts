// The page side's messaging: analyses, asked for on every keystroke, go over one long-lived
// connection (a sendMessage per keystroke costs the page a millisecond); nothing is lost when
// the connection closes with an analysis in flight.
import { describe, expect, it } from 'vitest';
import { runtimePort, type ConnectionLike } from '../../../src/content/runtime-port';
import { ANALYSIS_CONNECTION, type Message } from '../../../src/shared/protocol';

class FakeConnection implements ConnectionLike {
  readonly posted: { id: number; message: Message }[] = [];
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly disconnectListeners: (() => void)[] = [];
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.messageListeners.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.disconnectListeners.push(listener) };
  postMessage(message: unknown): void {
    this.posted.push(message as { id: number; message: Message });
  }
  answer(id: number, body: { response?: unknown; error?: string }): void {
    for (const listener of this.messageListeners) listener({ id, ...body });
  }
  close(): void {
    for (const listener of this.disconnectListeners) listener();
  }
}

function fakeRuntime() {
  const connections: FakeConnection[] = [];
  const names: string[] = [];
  const sent: Message[] = [];
  const runtime = {
    id: 'reframe',
    sendMessage: async (message: unknown) => {
      sent.push(message as Message);
      return { ok: true, via: 'sendMessage' };
    },
    connect: ({ name }: { name: string }) => {
      names.push(name);
      const connection = new FakeConnection();
      connections.push(connection);
      return connection;
    },
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
  };
  return { runtime, connections, names, sent };
}

const analyze = (text: string): Message<'analyze'> => ({ type: 'analyze', text, customer: null });

describe('the page side of the messaging', () => {
  it('sends every analysis over one connection and gives each answer to its own request', async () => {
    const { runtime, connections, names, sent } = fakeRuntime();
    const port = runtimePort(runtime);
    const first = port.send(analyze('Hi'));
    const second = port.send(analyze('Hi there'));
    expect(names).toEqual([ANALYSIS_CONNECTION]);
    const [connection] = connections;
    expect(connection!.posted.map(({ message }) => (message as Message<'analyze'>).text)).toEqual(['Hi', 'Hi there']);
    // Answered out of order: each still reaches the request it belongs to.
    connection!.answer(connection!.posted[1]!.id, { response: { ok: true, text: 'second' } });
    connection!.answer(connection!.posted[0]!.id, { response: { ok: true, text: 'first' } });
    expect(await first).toEqual({ ok: true, text: 'first' });
    expect(await second).toEqual({ ok: true, text: 'second' });
    expect(sent).toEqual([]);
  });

  it('sends the other messages with sendMessage', async () => {
    const { runtime, connections, sent } = fakeRuntime();
    const port = runtimePort(runtime);
    await port.send({ type: 'site.status', url: 'https://example.com' });
    expect(sent.map((message) => message.type)).toEqual(['site.status']);
    expect(connections).toEqual([]);
  });

  it('sends an analysis in flight again with sendMessage when the connection closes, and opens a new one for the next', async () => {
    const { runtime, connections, sent } = fakeRuntime();
    const port = runtimePort(runtime);
    const inFlight = port.send(analyze('Hi'));
    connections[0]!.close();
    expect(await inFlight).toEqual({ ok: true, via: 'sendMessage' });
    expect(sent.map((message) => (message as Message<'analyze'>).text)).toEqual(['Hi']);
    void port.send(analyze('Hi again'));
    expect(connections).toHaveLength(2);
    expect(connections[1]!.posted[0]!.message).toEqual(analyze('Hi again'));
  });

  it("rejects with the background's error", async () => {
    const { runtime, connections } = fakeRuntime();
    const port = runtimePort(runtime);
    const failing = port.send(analyze('Hi'));
    connections[0]!.answer(connections[0]!.posted[0]!.id, { error: 'analysis failed' });
    await expect(failing).rejects.toThrow('analysis failed');
  });

  it('falls back to sendMessage when a connection cannot be posted to', async () => {
    const { runtime, sent } = fakeRuntime();
    const port = runtimePort({
      ...runtime,
      connect: () => {
        const connection = new FakeConnection();
        connection.postMessage = () => {
          throw new Error('Attempting to use a disconnected port object');
        };
        return connection;
      },
    });
    expect(await port.send(analyze('Hi'))).toEqual({ ok: true, via: 'sendMessage' });
    expect(sent).toHaveLength(1);
  });
});
