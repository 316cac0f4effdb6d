import { describe, expect, it } from 'vitest';
import { COMMIT_WAIT_SETTLES, applyEdit, locate, type EditTarget } from '../../../src/content/apply-ladder';
import { editMethods, type EditMethod } from '../../../src/content/editor-kind';

/**
 * A fake editor: `behaviour` says what each method does to the selected span. 'apply' edits it,
 * 'ignore' does nothing, 'revert' edits then puts the old text back (CKEditor 5 and
 * execCommand), 'double' inserts twice, 'silent' edits but does not cancel the event (CKEditor 5
 * takes a beforeinput at a collapsed caret without preventDefault).
 * Like Lexical and Draft.js, it reads its selection when it takes an edit and shows the result
 * only after the current turn: `commitAfter` settles later (1: the next one).
 * `agent.afterCommit` and `agent.afterSelect` are what the agent does at those moments.
 */
type Behaviour = 'apply' | 'ignore' | 'revert' | 'double' | 'silent';
interface Agent {
  afterCommit?: () => void;
  afterSelect?: () => void;
}
function fakeEditor(
  text: string,
  behaviour: Partial<Record<EditMethod, Behaviour>>,
  { clipboard = true, commitAfter = 1, agent = {} as Agent } = {},
) {
  const state = { text, tried: [] as EditMethod[], clipboard: null as string | null, selection: { start: 0, end: 0 } };
  let pending: { settlesLeft: number; commit: () => void }[] = [];
  const target: EditTarget = {
    read: () => state.text,
    select(start, end) {
      state.selection = { start, end };
      const act = agent.afterSelect;
      agent.afterSelect = undefined;
      act?.();
      return true;
    },
    attempt(method, replacement) {
      state.tried.push(method);
      const does = behaviour[method] ?? 'ignore';
      if (does === 'ignore') return false;
      const { start, end } = state.selection;
      pending.push({
        settlesLeft: commitAfter,
        commit: () => {
          const before = state.text;
          const edited = before.slice(0, start) + replacement.repeat(does === 'double' ? 2 : 1) + before.slice(end);
          state.text = does === 'revert' ? before : edited;
        },
      });
      return does !== 'silent';
    },
    async settle() {
      for (const edit of pending) edit.settlesLeft -= 1;
      const due = pending.filter((edit) => edit.settlesLeft <= 0);
      pending = pending.filter((edit) => edit.settlesLeft > 0);
      for (const edit of due) {
        edit.commit();
        const act = agent.afterCommit;
        agent.afterCommit = undefined;
        act?.();
      }
    },
    async copy(copiedText) {
      if (!clipboard) return false;
      state.clipboard = copiedText;
      return true;
    },
  };
  /** Lets every edit the editor took show, as time passing would. */
  const drain = async () => {
    for (let i = 0; i < 20; i += 1) await target.settle();
  };
  return { target, state, drain };
}

const reply = 'Hi. Calm down, I will check it.';
const edit = { start: 4, end: 13, expected: 'Calm down', replacement: 'I hear you' };

describe('applying a suggestion', () => {
  it('an editor that takes the edit without cancelling the event gets it once, not again through the next method', async () => {
    const insert = { start: 3, end: 3, expected: '', replacement: ' We do this because of the law.' };
    const { target, state, drain } = fakeEditor('Hi.', { beforeinput: 'silent', paste: 'apply' });
    expect(await applyEdit(target, insert, editMethods('ckeditor5'))).toEqual({ ok: true, method: 'beforeinput' });
    await drain();
    expect(state.text).toBe('Hi. We do this because of the law.');
    expect(state.tried).toEqual(['beforeinput']);
  });

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
    const refused = fakeEditor(reply, {}, { clipboard: false });
    expect(await applyEdit(refused.target, edit, ['execCommand'])).toMatchObject({ copied: false });
  });
});

describe('an apply is one transaction: once the agent acts, it never writes again', () => {
  it('does not write an undone edit again when the agent pressed Ctrl+Z while it was being checked', async () => {
    const agent = new AbortController();
    const editor = fakeEditor(reply, { beforeinput: 'apply', execCommand: 'apply', paste: 'apply' }, {
      agent: {
        afterCommit: () => {
          editor.state.text = reply; // Ctrl+Z, at once
          agent.abort('agent');
        },
      },
    });
    const outcome = await applyEdit(editor.target, edit, editMethods('lexical'), agent.signal);
    await editor.drain();
    expect(editor.state.text).toBe(reply);
    expect(editor.state.tried).toEqual(['beforeinput']);
    // The editor took the edit; what the agent did with it afterwards is the agent's.
    expect(outcome).toEqual({ ok: true, method: 'beforeinput' });
  });

  it('writes nothing at a caret the agent placed while the flagged words were being selected', async () => {
    const agent = new AbortController();
    const editor = fakeEditor(reply, { beforeinput: 'apply', execCommand: 'apply', paste: 'apply' }, {
      agent: {
        afterSelect: () => {
          editor.state.selection = { start: 20, end: 20 }; // a click into "will"
          agent.abort('agent');
        },
      },
    });
    const outcome = await applyEdit(editor.target, edit, editMethods('lexical'), agent.signal);
    await editor.drain();
    expect(editor.state.text).toBe(reply);
    expect(editor.state.tried).toEqual([]);
    expect(outcome).toMatchObject({ ok: false, copied: false, error: expect.stringContaining('nothing was changed') });
  });

  it('gives an editor that commits late time to show the edit, rather than a second method that doubles it', async () => {
    const { target, state, drain } = fakeEditor(reply, { beforeinput: 'apply', execCommand: 'apply' }, { commitAfter: COMMIT_WAIT_SETTLES });
    expect(await applyEdit(target, edit, editMethods('lexical'))).toEqual({ ok: true, method: 'beforeinput' });
    await drain();
    expect(state.text).toBe('Hi. I hear you, I will check it.');
    expect(state.tried).toEqual(['beforeinput']);
  });

  it('runs the next method only while the text is exactly as before: a commit that lands meanwhile is the result', async () => {
    const { target, state, drain } = fakeEditor(reply, { beforeinput: 'apply', execCommand: 'apply' }, { commitAfter: COMMIT_WAIT_SETTLES + 1 });
    expect(await applyEdit(target, edit, editMethods('lexical'))).toEqual({ ok: true, method: 'beforeinput' });
    await drain();
    expect(state.text).toBe('Hi. I hear you, I will check it.');
    expect(state.tried).toEqual(['beforeinput']);
  });

  it('stops, writing nothing more, when the text changes under it in some other way', async () => {
    const editor = fakeEditor(reply, { beforeinput: 'ignore', execCommand: 'apply' }, {
      agent: { afterSelect: () => (editor.state.text = 'Hi. Calm down, I will check it now.') },
    });
    const outcome = await applyEdit(editor.target, edit, editMethods('lexical'));
    await editor.drain();
    expect(editor.state.text).toBe('Hi. Calm down, I will check it now.');
    expect(editor.state.tried).toEqual([]);
    expect(outcome).toMatchObject({ ok: false, copied: false, error: expect.stringContaining('nothing was changed') });
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
