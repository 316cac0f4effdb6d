import { describe, expect, it } from 'vitest';
import { applyEdit, locate, type EditTarget } from '../../../src/content/apply-ladder';
import { editMethods, type EditMethod } from '../../../src/content/editor-kind';

/**
 * A fake editor: `behaviour` says what each method does to the selected span. 'apply' edits it,
 * 'ignore' does nothing, 'revert' edits then puts the old text back (CKEditor 5 and
 * execCommand), 'double' inserts twice (a framework that handles an event without saying so).
 */
type Behaviour = 'apply' | 'ignore' | 'revert' | 'double';
function fakeEditor(text: string, behaviour: Partial<Record<EditMethod, Behaviour>>, clipboard = true) {
  const state = { text, tried: [] as EditMethod[], clipboard: null as string | null };
  let selection = { start: 0, end: 0 };
  let pending: (() => void) | null = null;
  const target: EditTarget = {
    read: () => state.text,
    select(start, end) {
      selection = { start, end };
      return true;
    },
    attempt(method, replacement) {
      state.tried.push(method);
      const does = behaviour[method] ?? 'ignore';
      if (does === 'ignore') return false;
      const before = state.text;
      const edited = (times: number) =>
        before.slice(0, selection.start) + replacement.repeat(times) + before.slice(selection.end);
      // Frameworks commit after the current turn: the result shows only after settle().
      pending = () => (state.text = does === 'revert' ? before : edited(does === 'double' ? 2 : 1));
      return true;
    },
    async settle() {
      pending?.();
      pending = null;
    },
    async copy(copiedText) {
      if (!clipboard) return false;
      state.clipboard = copiedText;
      return true;
    },
  };
  return { target, state };
}

const reply = 'Hi. Calm down, I will check it.';
const edit = { start: 4, end: 13, expected: 'Calm down', replacement: 'I hear you' };

describe('applying a suggestion', () => {
  it('changes only the flagged span through the first method the editor takes', async () => {
    const { target, state } = fakeEditor(reply, { execCommand: 'apply' });
    expect(await applyEdit(target, edit, editMethods('prosemirror'))).toEqual({ ok: true, method: 'execCommand' });
    expect(state.text).toBe('Hi. I hear you, I will check it.');
  });

  it('moves on to the next method when an editor silently reverts one (CKEditor 5)', async () => {
    const { target, state } = fakeEditor(reply, { execCommand: 'revert', paste: 'apply' });
    expect(await applyEdit(target, edit, ['execCommand', 'paste'])).toEqual({ ok: true, method: 'paste' });
    expect(state.text).toBe('Hi. I hear you, I will check it.');
  });

  it('uses beforeinput for CKEditor 5 and stops there when it works', async () => {
    const { target, state } = fakeEditor(reply, { beforeinput: 'apply', execCommand: 'revert', paste: 'apply' });
    expect(await applyEdit(target, edit, editMethods('ckeditor5'))).toEqual({ ok: true, method: 'beforeinput' });
    expect(state.tried).toEqual(['beforeinput']);
  });

  it('never tries a second method after a wrong result, so text is not inserted twice', async () => {
    const { target, state } = fakeEditor(reply, { beforeinput: 'double', execCommand: 'apply' });
    const outcome = await applyEdit(target, edit, editMethods('lexical'));
    expect(outcome.ok).toBe(false);
    expect(outcome).toMatchObject({ copied: false, error: expect.stringContaining('Ctrl+Z') });
    expect(state.tried).toEqual(['beforeinput']);
  });

  it('finds the flagged words again when the agent typed before them since the check', async () => {
    const { target, state } = fakeEditor('Hello. ' + reply, { execCommand: 'apply' });
    expect((await applyEdit(target, edit, ['execCommand'])).ok).toBe(true);
    expect(state.text).toBe('Hello. Hi. I hear you, I will check it.');
  });

  it('refuses, changing nothing, when the flagged words are gone', async () => {
    const { target, state } = fakeEditor('Hi. I will check it.', { execCommand: 'apply' });
    const outcome = await applyEdit(target, edit, ['execCommand']);
    expect(outcome).toMatchObject({ ok: false, copied: false, error: expect.stringContaining('"Calm down" is no longer') });
    expect(state.tried).toEqual([]);
    expect(state.text).toBe('Hi. I will check it.');
  });

  it('puts the suggestion on the clipboard and says so when no method works', async () => {
    const { target, state } = fakeEditor(reply, {});
    const outcome = await applyEdit(target, edit, ['execCommand', 'paste']);
    expect(outcome).toMatchObject({ ok: false, copied: true, error: expect.stringContaining('clipboard') });
    expect(state.clipboard).toBe('I hear you');
    expect(state.text).toBe(reply);
    const refused = fakeEditor(reply, {}, false);
    expect(await applyEdit(refused.target, edit, ['execCommand'])).toMatchObject({ copied: false });
  });
});

describe('locating the flagged words', () => {
  it('prefers the occurrence nearest to where they were', () => {
    const text = 'sorry. sorry. sorry.';
    expect(locate(text, { start: 8, end: 13, expected: 'sorry', replacement: '' })).toEqual({ start: 7, end: 12 });
    expect(locate(text, { start: 0, end: 5, expected: 'sorry', replacement: '' })).toEqual({ start: 0, end: 5 });
  });

  it('keeps an insertion point while it is inside the text', () => {
    expect(locate('abc', { start: 3, end: 3, expected: '', replacement: 'x' })).toEqual({ start: 3, end: 3 });
    expect(locate('abc', { start: 9, end: 9, expected: '', replacement: 'x' })).toBeNull();
  });
});

describe('locating after the agent shortened the reply', () => {
  it('finds the words that moved towards the start', () => {
    expect(locate('Calm down.', { start: 30, end: 39, expected: 'Calm down', replacement: '' })).toEqual({ start: 0, end: 9 });
  });
});
