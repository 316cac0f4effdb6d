// What the page side is handed instead of extension APIs (Harper's pattern): a way to send a
// message and a way to hear one. src/content/runtime-port.ts wires the real runtime; unit
// tests hand in fakes.
import type { Message, Send } from '../shared/protocol';

/** Answers a message meant for this frame, or returns undefined to let another frame answer. */
export type MessageHandler = (message: Message) => Promise<unknown> | undefined;

export interface Port {
  send: Send;
  /** Starts listening; the returned function stops. */
  listen(handler: MessageHandler): () => void;
  /** False once this page's script has lost the extension (updated, reloaded or removed); undefined when unknown. */
  connected?(): boolean;
}
