// Gmail: the customer's last message is the last message of the open thread.
import { buildTextModel } from '../text-model';
import { GMAIL } from './selectors';

export function lastGmailMessage(doc: Document): string | null {
  const messages = doc.querySelectorAll(GMAIL.message);
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const body = messages[index]!.querySelector(GMAIL.body);
    const text = body ? buildTextModel(body).text.trim() : '';
    if (text) return text;
  }
  return null;
}
