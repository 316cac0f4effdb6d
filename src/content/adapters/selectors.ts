// Every selector the site adapters use, in one place, next to an example of the markup it
// reads (test/unit/content/adapters.test.ts runs each adapter on its example, so a selector
// cannot drift from its markup unnoticed). Sources: ../shared/research/dom_fixtures.md
// sections 1 and 2, and the fixture pages built from them.

export const GMAIL = {
  /** One received or sent message of the open thread, in thread order. */
  message: '.adn.ads',
  /** The message's body; quoted history and signatures inside it are left out by the text model. */
  body: '.a3s',
  example: `
    <div class="AO">
      <div class="adn ads" data-message-id="#msg-f:1001">
        <span class="gD" email="noa@example.com">Noa</span>
        <div class="a3s aiL">My order never came.</div>
      </div>
      <div class="adn ads" data-message-id="#msg-f:1002">
        <span class="gD" email="noa@example.com">Noa</span>
        <div class="a3s aiL"><div dir="ltr">I was charged twice!</div>
          <div class="gmail_quote"><blockquote class="gmail_quote">My order never came.</blockquote></div></div>
      </div>
    </div>`,
  exampleCustomerMessage: 'I was charged twice!',
} as const;

export const ZENDESK = {
  /** One comment of the ticket conversation (Agent Workspace). */
  comment: 'article[data-test-id="omni-log-comment-item"]',
  /** The comment's author is the ticket's requester, and the comment is public (not an internal note). */
  byRequester: '[data-author-role="requester"]',
  isPublic: '[data-comment-type="public"]',
  content: '[data-test-id="omni-log-message-content"]',
  example: `
    <div data-test-id="ticket-conversation">
      <article data-test-id="omni-log-comment-item" data-author-role="requester" data-comment-type="public">
        <strong data-test-id="omni-log-item-sender">Noa</strong>
        <div data-test-id="omni-log-message-content">Where is my refund?</div>
      </article>
      <article data-test-id="omni-log-comment-item" data-author-role="agent" data-comment-type="public">
        <div data-test-id="omni-log-message-content">We are looking into it.</div>
      </article>
      <article data-test-id="omni-log-comment-item" data-author-role="requester" data-comment-type="public">
        <div data-test-id="omni-log-message-content">Still nothing. I need it by Friday.</div>
      </article>
      <article data-test-id="omni-log-comment-item" data-author-role="agent" data-comment-type="internal">
        <div data-test-id="omni-log-message-content">Customer is upset.</div>
      </article>
    </div>`,
  exampleCustomerMessage: 'Still nothing. I need it by Friday.',
} as const;
