// The one place on the page side that touches the extension runtime: it turns
// runtime.sendMessage / runtime.onMessage into a Port. It needs no polyfill: Chrome's MV3
// sendMessage returns a promise, and sendResponse + `return true` works in both browsers.
import type { Message, ResponseTo, MessageType } from '../shared/protocol';
import { isMessage } from '../shared/protocol';
import type { MessageHandler, Port } from './port';

interface RuntimeLike {
  /** Chrome clears it once the extension context is invalidated (after an update or a reload). */
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: RuntimeListener): void;
    removeListener(listener: RuntimeListener): void;
  };
}
type RuntimeListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean;

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
  return {
    async send<T extends MessageType>(message: Message<T>): Promise<ResponseTo<T>> {
      const response = await runtime.sendMessage(message);
      if (isPolyfillRejection(response)) throw new Error(response.message);
      return response as ResponseTo<T>;
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
