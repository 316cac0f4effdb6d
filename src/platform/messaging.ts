// Typed sending over the extension's message channels (protocol.ts is the contract).
import type { Message, MessageType, ResponseTo, Send } from '../shared/protocol';
import { browser } from './browser';

/** To the background, from a page of the extension or a content script. */
export const send: Send = (message) => browser.runtime.sendMessage(message);

/** To one frame of a tab (the frame whose editor the agent is using). */
export function sendToFrame<T extends MessageType>(tabId: number, frameId: number, message: Message<T>): Promise<ResponseTo<T>> {
  return browser.tabs.sendMessage(tabId, message, { frameId });
}
