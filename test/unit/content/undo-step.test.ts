// @vitest-environment happy-dom
// An apply is an undo step of its own: it waits until the agent's last edit is a moment past
// (editors merge closely following edits into one undo step), and an insertion is written as
// the replacement of its neighbour (editors that merge adjacent inserts keep it apart).
import { describe, expect, it } from 'vitest';
import { withNeighbour } from '../../../src/content/insert-with-neighbour';
import { TypingClock } from '../../../src/content/typing-pause';

describe('an insertion is written with its neighbour, and the text comes out the same', () => {
  const apply = (text: string, edit: { start: number; end: number; expected: string; replacement: string }) =>
    text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);

  it('takes the character before it, and puts it back', () => {
    const edit = withNeighbour('We cannot refund it.', { start: 20, end: 20, expected: '', replacement: ' What I can do is this.' });
    expect(edit).toEqual({ start: 19, end: 20, expected: '.', replacement: '. What I can do is this.' });
    expect(apply('We cannot refund it.', edit)).toBe('We cannot refund it. What I can do is this.');
  });

  it('takes an emoji before it whole, and the first character at the very start', () => {
    expect(withNeighbour('Thanks 😊', { start: 9, end: 9, expected: '', replacement: ' Bye.' })).toMatchObject({ start: 7, expected: '😊' });
    expect(withNeighbour('the refund', { start: 0, end: 0, expected: '', replacement: 'Hi. ' })).toEqual({ start: 0, end: 1, expected: 't', replacement: 'Hi. t' });
  });

  it('never takes a line break: after a greeting line it takes the next character instead', () => {
    expect(withNeighbour('Hi Noa,\nThe refund.', { start: 8, end: 8, expected: '', replacement: 'Sorry. ' })).toEqual({ start: 8, end: 9, expected: 'T', replacement: 'Sorry. T' });
    expect(withNeighbour('Hi,\n\nBye', { start: 4, end: 4, expected: '', replacement: 'x' })).toEqual({ start: 4, end: 4, expected: '', replacement: 'x' });
  });

  it('leaves replacements, empty replies and moved text alone', () => {
    const replacement = { start: 0, end: 4, expected: 'Just', replacement: '' };
    expect(withNeighbour('Just restart.', replacement)).toBe(replacement);
    expect(withNeighbour('', { start: 0, end: 0, expected: '', replacement: 'Hi.' })).toEqual({ start: 0, end: 0, expected: '', replacement: 'Hi.' });
  });
});

describe('the apply waits for a pause in the typing', () => {
  it('resolves at once when the last edit is long past, after the gap when it is recent, false once the agent acts', async () => {
    const root = document.createElement('div');
    const lifetime = new AbortController();
    const clock = new TypingClock(root, lifetime.signal);
    expect(await clock.pause(60, new AbortController().signal)).toBe(true);

    root.dispatchEvent(new Event('input'));
    const started = performance.now();
    expect(await clock.pause(60, new AbortController().signal)).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);

    root.dispatchEvent(new Event('beforeinput'));
    const agent = new AbortController();
    const waiting = clock.pause(60, agent.signal);
    agent.abort();
    expect(await waiting).toBe(false);
    lifetime.abort();
  });

  it('keys that only move through the card (Alt+Shift+R, arrows, Enter) are not typing', async () => {
    const root = document.createElement('div');
    const clock = new TypingClock(root, new AbortController().signal);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const started = performance.now();
    expect(await clock.pause(200, new AbortController().signal)).toBe(true);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
