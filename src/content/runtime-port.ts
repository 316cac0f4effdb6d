// The one place on the page side that touches the extension runtime: it turns
// runtime.sendMessage / runtime.onMessage into a Port. It needs no polyfill: Chrome's MV3
// sendMessage returns a promise, and sendResponse + `return true` works in both browsers.
// Analyses, asked for while the agent types, go over one long-lived connection instead: each
// sendMessage opens a channel, which costs the page about a millisecond a keystroke.
import type { Message, ResponseTo, MessageType } from '../shared/protocol';
import { ANALYSIS_CONNECTION, isMessage, type AnalysisReply } from '../shared/protocol';
import type { MessageHandler, Port } from './port';

interface RuntimeLike {
  /** Chrome clears it once the extension context is invalidated (after an update or a reload). */
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  connect?(info: { name: string }): ConnectionLike;
  onMessage: {
    addListener(listener: RuntimeListener): void;
    removeListener(listener: RuntimeListener): void;
  };
}
type RuntimeListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean;

/** The part of runtime.Port the page side uses. */
export interface ConnectionLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** webextension-polyfill in the background answers a rejected handler with this shape. */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

function isPolyfillRejection(value: unknown): value is PolyfillRejection {
  return typeof value === 'object' && value !== null && '__mozWebExtensionPolyfillReject__' in value;
}

function findRuntime(): RuntimeLike {
  const scope = globalThis as { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) throw new Error('Reframe: no extension runtime in this script');
  return runtime;
}

export function runtimePort(runtime: RuntimeLike = findRuntime()): Port {
  const sendMessage = async (message: Message): Promise<unknown> => {
    const response = await runtime.sendMessage(message);
    if (isPolyfillRejection(response)) throw new Error(response.message);
    return response;
  };
  const analyses = runtime.connect ? analysisConnection(runtime as Required<RuntimeLike>, sendMessage) : null;
  return {
    async send<T extends MessageType>(message: Message<T>): Promise<ResponseTo<T>> {
      const sent = message as Message;
      if (analyses && sent.type === 'analyze') return (await analyses(sent)) as ResponseTo<T>;
      return (await sendMessage(sent)) as ResponseTo<T>;
    },
    connected(): boolean {
      try {
        return Boolean(runtime.id);
      } catch {
        return false; // a dead object: the extension is gone
      }
    },
    listen(handler: MessageHandler): () => void {
      const listener: RuntimeListener = (message, _sender, sendResponse) => {
        if (!isMessage(message)) return false;
        const answer = handler(message);
        if (!answer) return false;
        answer.then(sendResponse, (error: unknown) => {
          console.warn('Reframe:', error);
          sendResponse(undefined);
        });
        return true;
      };
      runtime.onMessage.addListener(listener);
      return () => runtime.onMessage.removeListener(listener);
    },
  };
}

/**
 * Sends messages over one connection to the background, opened on first use and again after it
 * closes (the worker went idle, the page came back from the back-forward cache). A message in
 * flight when it closes is sent again with sendMessage, which wakes the worker.
 */
function analysisConnection(runtime: Required<RuntimeLike>, fallback: (message: Message) => Promise<unknown>): (message: Message) => Promise<unknown> {
  let connection: ConnectionLike | null = null;
  let nextId = 0;
  const pending = new Map<number, { message: Message; resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const open = (): ConnectionLike => {
    const opened = runtime.connect({ name: ANALYSIS_CONNECTION });
    opened.onMessage.addListener((reply) => {
      const { id, response, error } = reply as AnalysisReply;
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      if (error !== undefined) waiting.reject(new Error(error));
      else waiting.resolve(response);
    });
    opened.onDisconnect.addListener(() => {
      if (connection === opened) connection = null;
      const orphans = [...pending.values()];
      pending.clear();
      for (const { message, resolve, reject } of orphans) fallback(message).then(resolve, reject);
    });
    return opened;
  };
  return (message) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { message, resolve, reject });
      try {
        (connection ??= open()).postMessage({ id, message });
      } catch (error) {
        // The extension is gone or the connection closed under us: sendMessage says which.
        pending.delete(id);
        connection = null;
        fallback(message).then(resolve, reject);
      }
    });
}
