// The customer's last message on the page, from whichever site adapter recognises the markup
// (by markup, not by host, so self-hosted and test copies work too).
import type { CustomerMessage } from '../../shared/protocol';
import { lastGmailMessage } from './gmail';
import { lastRequesterComment } from './zendesk';

const ADAPTERS: readonly { source: CustomerMessage['source']; read: (doc: Document) => string | null }[] = [
  { source: 'gmail', read: lastGmailMessage },
  { source: 'zendesk', read: lastRequesterComment },
];

export function readCustomerMessage(doc: Document): CustomerMessage | null {
  for (const adapter of ADAPTERS) {
    const text = adapter.read(doc);
    if (text) return { text, source: adapter.source };
  }
  return null;
}
