// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoachUi } from '../../../src/content/coach-ui';
import { EditorSession, type CardPlace } from '../../../src/content/editor-session';
import type { Port } from '../../../src/content/port';
import type { Message } from '../../../src/shared/protocol';
import { justReport } from './just-report';

/** An analyser that answers only when told to, flagging every "just". */
function slowAnalyser() {
  const pending: { text: string; answer: () => void }[] = [];
  const port: Port = {
    send: ((message: Message) => {
      if (message.type !== 'analyze') return Promise.resolve(undefined);
      return new Promise<unknown>((resolve) => pending.push({ text: message.text, answer: () => resolve({ ok: true, report: justReport(message.text, { removable: true }) }) }));
    }) as Port['send'],
    listen: () => () => undefined,
  };
  return { port, pending };
}

const card: CardPlace = { show: () => undefined, hide: () => undefined, press: () => false, isOpen: () => false, say: () => undefined };

describe('an editor session while the agent types', () => {
  let session: EditorSession | undefined;
  afterEach(() => session?.destroy());

  function start(port: Port) {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    session = new EditorSession(field, {
      port, ui: new CoachUi(document), card, painter: null, customer: () => null, activated: () => undefined, analysed: () => undefined, undoStepGapMs: 0,
    });
    const type = (text: string) => {
      field.value += text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    };
    return { field, type };
  }

  it('analyses once typing pauses, and publishes the count with a reframe:rendered event', async () => {
    const { port, pending } = slowAnalyser();
    const { field, type } = start(port);
    // An empty reply is not sent anywhere: zero findings at once.
    await vi.waitFor(() => expect(field.getAttribute('data-reframe-findings')).toBe('0'));
    expect(pending).toHaveLength(0);
    const rendered: number[] = [];
    field.addEventListener('reframe:rendered', (event) => rendered.push((event as CustomEvent<number>).detail));
    type('It is ');
    type('just a delay.');
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    expect(pending[0]!.text).toBe('It is just a delay.');
    pending[0]!.answer();
    await vi.waitFor(() => expect(field.getAttribute('data-reframe-findings')).toBe('1'));
    expect(rendered).toEqual([1]);
  });

  it('drops a result for text that changed while it was analysed; the newest text wins', async () => {
    const { port, pending } = slowAnalyser();
    const { field, type } = start(port);
    type('just wait.');
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    type(' It is just just that.'); // typed while the first analysis runs
    pending[0]!.answer();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(field.getAttribute('data-reframe-findings')).not.toBe('1');
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    expect(pending[1]!.text).toBe('just wait. It is just just that.');
    pending[1]!.answer();
    await vi.waitFor(() => expect(field.getAttribute('data-reframe-findings')).toBe('3'));
  });

  it('waits for an IME composition to end before analysing', async () => {
    const { port, pending } = slowAnalyser();
    const { field, type } = start(port);
    field.dispatchEvent(new CompositionEvent('compositionstart'));
    type('just ');
    type('かな');
    await new Promise((resolve) => setTimeout(resolve, 300)); // well past the analysis delay
    expect(pending).toHaveLength(0);
    field.dispatchEvent(new CompositionEvent('compositionend'));
    await vi.waitFor(() => expect(pending.map((request) => request.text)).toEqual(['just かな']));
  });
});
