// @vitest-environment happy-dom
// Issue 13, "tell the agent": a reply over the coaching limit, a coach cut off from the
// extension (offer to reload), and a rule stopped for time each show one calm notice in the
// page, in the reply's language; data-reframe-findings is absent (not "0") when the reply was
// not analysed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../src/core/types';
import { CoachUi } from '../../../src/content/coach-ui';
import { EditorSession, type CardPlace } from '../../../src/content/editor-session';
import { MAX_TEXT } from '../../../src/content/reply-limit';
import type { Port } from '../../../src/content/port';
import type { Message } from '../../../src/shared/protocol';
import { justReport } from './just-report';

const COUNT = 'data-reframe-findings';


/** A background that answers at once, or has gone away (the extension was updated or reloaded). */
function background(options: { gone?: () => boolean; extra?: Partial<Report> } = {}) {
  const asked: string[] = [];
  const port: Port = {
    send: (async (message: Message) => {
      if (message.type !== 'analyze') return undefined;
      asked.push(message.text);
      if (options.gone?.()) throw new Error('Extension context invalidated.');
      return { ok: true, report: justReport(message.text, { extra: options.extra }) };
    }) as Port['send'],
    listen: () => () => undefined,
    connected: () => !options.gone?.(),
  };
  return { port, asked };
}

function notices() {
  const said: { message: string; action?: string }[] = [];
  const card: CardPlace = {
    show: () => undefined,
    hide: () => undefined,
    press: () => false,
    isOpen: () => false,
    say: (message) => void said.push({ message }),
    offerReload: (message, label) => void said.push({ message, action: label }),
  };
  return { card, said };
}

describe('notices in the page', () => {
  let session: EditorSession | undefined;
  afterEach(() => session?.destroy());

  function start(port: Port, card: CardPlace) {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    session = new EditorSession(field, {
      port, ui: new CoachUi(document), card, painter: null, customer: () => null, activated: () => undefined, analysed: () => undefined,
    });
    const type = (text: string) => {
      field.value += text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 400));
    return { field, type, settle };
  }

  it('say once that a reply over the limit is not coached, and leave the count off', async () => {
    const { port, asked } = background();
    const { card, said } = notices();
    const { field, type, settle } = start(port, card);
    type('It is just a delay. ');
    await vi.waitFor(() => expect(field.getAttribute(COUNT)).toBe('1'));
    type('x'.repeat(MAX_TEXT));
    await settle();
    expect(field.hasAttribute(COUNT)).toBe(false);
    expect(field.getAttribute('data-reframe-unanalysed')).toBe('too-long');
    type(' more words');
    await settle();
    expect(said).toEqual([{ message: expect.stringMatching(/too long for Reframe to coach \(over 500,000 characters\)/) }]);
    expect(asked.every((text) => text.length <= MAX_TEXT)).toBe(true);
    // Back under the limit: coached again, and a later crossing is told again.
    field.value = 'It is just fine.';
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.waitFor(() => expect(field.getAttribute(COUNT)).toBe('1'));
    expect(field.hasAttribute('data-reframe-unanalysed')).toBe(false);
    type('y'.repeat(MAX_TEXT));
    await settle();
    expect(said).toHaveLength(2);
  });

  it('say it in Hebrew for a Hebrew reply', async () => {
    const { port } = background();
    const { card, said } = notices();
    const { type, settle } = start(port, card);
    type('שלום רב, '.repeat(Math.ceil(MAX_TEXT / 9) + 1));
    await settle();
    expect(said[0]!.message).toMatch(/ארוכה מדי/);
  });

  it('offer to reload once when the coach is cut off from the extension, and leave the count off', async () => {
    let gone = false;
    const { port } = background({ gone: () => gone });
    const { card, said } = notices();
    const { field, type, settle } = start(port, card);
    type('It is just a delay.');
    await vi.waitFor(() => expect(field.getAttribute(COUNT)).toBe('1'));
    gone = true;
    type(' And just one more.');
    await settle();
    expect(field.hasAttribute(COUNT)).toBe(false);
    expect(field.getAttribute('data-reframe-unanalysed')).toBe('disconnected');
    type(' Still typing.');
    await settle();
    expect(said).toEqual([{ message: expect.stringMatching(/Reframe was updated or restarted/), action: 'Reload to coach again' }]);
  });

  it('say once that a rule was stopped for taking too long, with no rule id', async () => {
    const { port } = background({ extra: { stoppedRules: [{ ruleId: 'acme-slow-rule', category: 'over-promise', lang: 'en', reason: 'time' }] } });
    const { card, said } = notices();
    const { field, type, settle } = start(port, card);
    type('It is just a delay.');
    await vi.waitFor(() => expect(field.getAttribute(COUNT)).toBe('1'));
    type(' Another just.');
    await vi.waitFor(() => expect(field.getAttribute(COUNT)).toBe('2'));
    await settle();
    expect(said).toEqual([{ message: expect.stringMatching(/took too long on this reply and was paused; the other rules still coach it/) }]);
    expect(said[0]!.message).not.toContain('acme-slow-rule');
  });

  it('keep "0" for an empty reply, which needs no analysis', async () => {
    const { port, asked } = background();
    const { card, said } = notices();
    const { field } = start(port, card);
    await vi.waitFor(() => expect(field.getAttribute(COUNT)).toBe('0'));
    expect(asked).toEqual([]);
    expect(said).toEqual([]);
  });
});
