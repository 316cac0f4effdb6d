// @vitest-environment happy-dom
// The analysis schedule while an agent types without pausing (a fast typist: 35 ms a key).
// The old schedule waited for 120 ms of quiet, restarted on every key: nothing was analysed
// until the agent stopped. Now the text is analysed at least every 100 ms while typing, one
// analysis at a time per editor, and a result for text that has changed since is dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoachUi } from '../../../src/content/coach-ui';
import { EditorSession, type CardPlace } from '../../../src/content/editor-session';
import type { Port } from '../../../src/content/port';
import type { Message } from '../../../src/shared/protocol';
import { justReport } from './just-report';

const KEY_INTERVAL_MS = 35;
const REPLY = 'Hi Dana, I understand your problem and it is just a delay at the depot. We will send a new one today by express post.';

/** An analyser that takes `took` ms per request (fake time), flagging every "just". */
function timedAnalyser(took: number) {
  const requests: { text: string; at: number; doneAt: number | null }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const port: Port = {
    send: ((message: Message) => {
      if (message.type !== 'analyze') return Promise.resolve(undefined);
      const request = { text: message.text, at: Date.now(), doneAt: null as number | null };
      requests.push(request);
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      return new Promise<unknown>((resolve) =>
        setTimeout(() => {
          inFlight--;
          request.doneAt = Date.now();
          resolve({ ok: true, report: justReport(message.text) });
        }, took),
      );
    }) as Port['send'],
    listen: () => () => undefined,
  };
  return { port, requests, mostInFlight: () => mostInFlight };
}

const card: CardPlace = { show: () => undefined, hide: () => undefined, press: () => false, isOpen: () => false, say: () => undefined };

describe('the analysis schedule while the agent keeps typing', () => {
  let session: EditorSession | undefined;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    session?.destroy();
    session = undefined;
    vi.useRealTimers();
  });

  /** Types REPLY key by key, 35 ms apart, and records when each reframe:rendered came. */
  async function typeContinuously(port: Port) {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    session = new EditorSession(field, {
      port, ui: new CoachUi(document), card, painter: null, customer: () => null, activated: () => undefined, analysed: () => undefined,
    });
    const rendered: { at: number; count: number; text: string }[] = [];
    field.addEventListener('reframe:rendered', (event) => rendered.push({ at: Date.now(), count: (event as CustomEvent<number>).detail, text: field.value }));
    await vi.advanceTimersByTimeAsync(200);
    const start = Date.now();
    const keyAt: number[] = [];
    for (const char of REPLY) {
      field.value += char;
      keyAt.push(Date.now());
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await vi.advanceTimersByTimeAsync(KEY_INTERVAL_MS);
    }
    const typingEnded = Date.now();
    await vi.advanceTimersByTimeAsync(500);
    return { field, rendered, start, typingEnded, keyAt };
  }

  it('analyses at least every 100 ms while keys come 35 ms apart, without waiting for a pause', async () => {
    const analyser = timedAnalyser(10);
    const { rendered, start, typingEnded } = await typeContinuously(analyser.port);
    const whileTyping = analyser.requests.filter((request) => request.at > start && request.at <= typingEnded).map((request) => request.at);
    // The old debounce (120 ms of quiet, restarted by every key) sent nothing until typing stopped.
    expect(whileTyping.length).toBeGreaterThan(0);
    const gaps = [start, ...whileTyping, typingEnded].slice(1).map((at, index, all) => at - (index === 0 ? start : all[index - 1]!));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(100);
    // Fresh results reach the page while typing too, not only after the last key.
    expect(rendered.filter((render) => render.at <= typingEnded).length).toBeGreaterThan(REPLY.length / 4);
  });

  it('shows "just" within 100 ms of the key that completes it, while typing goes on', async () => {
    const analyser = timedAnalyser(10);
    const { rendered, keyAt } = await typeContinuously(analyser.port);
    const completed = keyAt[REPLY.indexOf('just ') + 4]!; // the space after "just" makes it a word
    const shown = rendered.find((render) => render.at >= completed && render.count === 1);
    expect(shown).toBeDefined();
    expect(shown!.at - completed).toBeLessThanOrEqual(100);
  });

  it('never has more than one analysis in flight, even when analysis is slower than typing', async () => {
    const analyser = timedAnalyser(80);
    const { field } = await typeContinuously(analyser.port);
    expect(analyser.mostInFlight()).toBe(1);
    // Every request after the first starts after the previous one is done.
    for (let i = 1; i < analyser.requests.length; i++) expect(analyser.requests[i]!.at).toBeGreaterThanOrEqual(analyser.requests[i - 1]!.doneAt!);
    // Analysis kept up at its own pace (about every 80 ms), not once at the end.
    expect(analyser.requests.length).toBeGreaterThan((REPLY.length * KEY_INTERVAL_MS) / 80 / 2);
    // Results for text that changed since were dropped; the last one, for the whole reply, is shown.
    expect(analyser.requests[analyser.requests.length - 1]!.text).toBe(REPLY);
    expect(field.getAttribute('data-reframe-findings')).toBe('1');
  });

  it('drops a result for text that changed while it was analysed', async () => {
    const analyser = timedAnalyser(80);
    const { rendered } = await typeContinuously(analyser.port);
    // (An empty reply is rendered without asking the analyser.)
    for (const render of rendered.filter((candidate) => candidate.text !== '')) {
      const request = analyser.requests.find((candidate) => candidate.doneAt === render.at && candidate.text === render.text);
      expect(request, `a reframe:rendered at ${render.at} for text that had changed`).toBeDefined();
    }
  });
});

describe('a long reply', () => {
  let session: EditorSession | undefined;
  afterEach(() => session?.destroy());

  it('shows the underlines of the paragraphs around an edit first, then analyses the whole reply', async () => {
    const sent: string[] = [];
    const analyser = timedAnalyser(5);
    const port: Port = {
      send: ((message: Message) => {
        if (message.type === 'analyze') sent.push(message.text);
        return analyser.port.send(message as never);
      }) as Port['send'],
      listen: () => () => undefined,
    };
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    const paragraph = 'We checked the order with the warehouse team today and it left on time.';
    field.value = Array.from({ length: 600 }, () => paragraph).join('\n\n'); // about 44,000 characters
    session = new EditorSession(field, {
      port, ui: new CoachUi(document), card, painter: null, customer: () => null, activated: () => undefined, analysed: () => undefined,
    });
    await vi.waitFor(() => expect(field.getAttribute('data-reframe-findings')).toBe('0'));
    sent.length = 0;
    // An edit in the middle of the reply.
    const at = field.value.indexOf(paragraph, 20_000);
    field.value = `${field.value.slice(0, at)}It is just a delay. ${field.value.slice(at)}`;
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await vi.waitFor(() => expect(field.getAttribute('data-reframe-findings')).toBe('1'));
    expect(sent.map((text) => text.length)).toHaveLength(2);
    expect(sent[0]!.length).toBeLessThan(10_000);
    expect(sent[0]).toContain('It is just a delay.');
    expect(sent[1]).toBe(field.value);
  });

  it('analyses replies up to 500,000 characters', async () => {
    const analyser = timedAnalyser(5);
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const field = document.getElementById('reply') as HTMLTextAreaElement;
    field.value = `It is just a delay. ${'We checked the order today. '.repeat(17_000)}`; // about 476,000 characters
    session = new EditorSession(field, {
      port: analyser.port, ui: new CoachUi(document), card, painter: null, customer: () => null, activated: () => undefined, analysed: () => undefined,
    });
    await vi.waitFor(() => expect(field.getAttribute('data-reframe-findings')).toBe('1'), { timeout: 5_000 });
    expect(analyser.requests.at(-1)!.text).toBe(field.value);
  });
});
