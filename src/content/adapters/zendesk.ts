// Zendesk: the customer's last message is the last public comment by the ticket's requester.
import { buildTextModel } from '../text-model';
import { ZENDESK } from './selectors';

export function lastRequesterComment(doc: Document): string | null {
  const comments = doc.querySelectorAll(`${ZENDESK.comment}${ZENDESK.byRequester}${ZENDESK.isPublic}`);
  for (let index = comments.length - 1; index >= 0; index -= 1) {
    const content = comments[index]!.querySelector(ZENDESK.content);
    const text = content ? buildTextModel(content).text.trim() : '';
    if (text) return text;
  }
  return null;
}
