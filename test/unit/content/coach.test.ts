// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Coach } from '../../../src/content/coach-main';
import type { MessageHandler, Port } from '../../../src/content/port';
import { GMAIL } from '../../../src/content/adapters/selectors';
import type { CoachingState, Message } from '../../../src/shared/protocol';

function fakeBackground() {
  const sent: Message[] = [];
  let deliver: MessageHandler = () => undefined;
  const port: Port = {
    send: (async (message: Message) => {
      sent.push(message);
      if (message.type === 'analyze') {
        const start = message.text.indexOf('calm down');
        const findings =
          start < 0
            ? []
            : [{ ruleId: 'r', category: 'confrontational', severity: 'warning', lang: 'en', text: 'calm down', start, end: start + 9, message: 'm', why: 'w', suggestions: [] }];
        return { ok: true, report: { lang: 'en', findings, moves: [], customer: null, structure: { present: [], steps: { reflect: false, empathize: false, answer: false, offer: false }, orderOk: true, notes: [] } } };
      }
      if (message.type === 'site.status') return { host: 'x', setting: 'on', snoozedUntil: null };
      return undefined;
    }) as Port['send'],
    listen: (handler) => {
      deliver = handler;
      return () => undefined;
    },
  };
  return { port, sent, ask: (message: Message) => deliver(message) };
}

const updates = (sent: Message[]) =>
  sent.filter((m): m is Message<'coaching.update'> => m.type === 'coaching.update').map((m) => m.state as CoachingState);

describe('the coach of a page', () => {
  it('coaches a reply box, tells the popup about it with the customer\'s last message, and takes a chosen one', async () => {
    document.body.innerHTML = `${GMAIL.example}<textarea id="reply"></textarea>`;
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    field.focus();
    const { port, sent, ask } = fakeBackground();
    const stop = new Coach(port, window).start();
    field.value = 'Please calm down.';
    field.dispatchEvent(new InputEvent('input'));
    await vi.waitFor(() => expect(field.getAttribute('data-reframe-findings')).toBe('1'));
    const analysed = sent.find((m): m is Message<'analyze'> => m.type === 'analyze' && m.text !== '');
    expect(analysed?.customer).toBe(GMAIL.exampleCustomerMessage);
    await vi.waitFor(() => expect(updates(sent).at(-1)?.report.findings).toHaveLength(1));
    expect(updates(sent).at(-1)).toMatchObject({ text: 'Please calm down.', customer: { source: 'gmail', text: GMAIL.exampleCustomerMessage } });

    // "Use the selected text as the customer's message": nothing selected says what to do.
    expect(await ask({ type: 'customer.use-selection' })).toMatchObject({ ok: false, error: expect.stringContaining('Select') });
    await ask({ type: 'customer.set', text: ' My blender broke. ' });
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'analyze' && m.customer === 'My blender broke.')).toBe(true));

    // Messages for coaching are answered only where an editor is active; others are left alone.
    expect(ask({ type: 'coaching.get', tabId: 1 })).toBeUndefined();
    stop();
    expect(field.hasAttribute('data-reframe-findings')).toBe(false);
    expect(document.querySelector('reframe-coach')).toBeNull();
  });

  it('leaves a page alone that another coach already drew on', async () => {
    document.body.innerHTML = '<reframe-coach></reframe-coach><textarea id="reply">calm down</textarea>';
    const { port, sent } = fakeBackground();
    const stop = new Coach(port, window).start();
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the analysis delay
    expect(sent.filter((m) => m.type === 'analyze')).toEqual([]);
    expect(document.getElementById('reply')!.hasAttribute('data-reframe-findings')).toBe(false);
    expect(document.querySelectorAll('reframe-coach')).toHaveLength(1);
    stop();
  });
});
