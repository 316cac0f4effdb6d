// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readCustomerMessage } from '../../../src/content/adapters/customer-message';
import { lastGmailMessage } from '../../../src/content/adapters/gmail';
import { GMAIL, ZENDESK } from '../../../src/content/adapters/selectors';
import { lastRequesterComment } from '../../../src/content/adapters/zendesk';

describe('site adapters read the customer\'s last message from their example markup', () => {
  it('Gmail: the last message of the thread, without its quoted history', () => {
    document.body.innerHTML = GMAIL.example;
    expect(lastGmailMessage(document)).toBe(GMAIL.exampleCustomerMessage);
    expect(readCustomerMessage(document)).toEqual({ text: GMAIL.exampleCustomerMessage, source: 'gmail' });
  });

  it('Zendesk: the last public comment by the requester, not an agent reply or internal note', () => {
    document.body.innerHTML = ZENDESK.example;
    expect(lastRequesterComment(document)).toBe(ZENDESK.exampleCustomerMessage);
    expect(readCustomerMessage(document)).toEqual({ text: ZENDESK.exampleCustomerMessage, source: 'zendesk' });
  });

  it('finds nothing on a page without a thread', () => {
    document.body.innerHTML = '<textarea></textarea>';
    expect(readCustomerMessage(document)).toBeNull();
  });
});
