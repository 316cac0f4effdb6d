// @vitest-environment happy-dom
// The card opened with Alt+Shift+R on a slow machine, in an editor that takes the focus back
// whenever it re-renders its selection (Lexical): an analysis landing and the editor re-selecting
// between the shortcut and Enter never let ArrowDown or Enter reach the editor, and never turn the
// card into another one; when the card's words are gone it closes and the keys are the editor's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Category, Finding, Report } from '../../../src/core/types';
import { CoachUi } from '../../../src/content/coach-ui';
import { EditorSession, type CardPlace } from '../../../src/content/editor-session';
import type { Port } from '../../../src/content/port';
import type { Message } from '../../../src/shared/protocol';
import { fakeFrameworkEditor, quiet, type FakeFrameworkEditor } from './fake-framework-editor';

const REPLY = 'Hi Noa, I understand your problem. You should have read the manual before ordering.';
const BLAME = { text: 'You should', category: 'blame' as Category, suggestions: ['It helps to', 'Next time, please'] };
const HOLLOW = { text: 'I understand your problem', category: 'hollow-acknowledgement' as Category, suggestions: ['So the manual left you stuck'] };

function report(text: string): Report {
  const findings = [BLAME, HOLLOW].flatMap(({ text: phrase, category, suggestions }): Finding[] => {
    const start = text.indexOf(phrase);
    if (start < 0) return [];
    const end = start + phrase.length;
    return [{
      ruleId: category, category, severity: 'warning', lang: 'en', text: phrase, start, end, message: 'm', why: 'w',
      suggestions: suggestions.map((suggestion) => ({ kind: 'replace' as const, label: 'Instead', text: suggestion, start, end })),
    }];
  });
  return {
    lang: 'en', moves: [], customer: null, findings,
    structure: { present: [], steps: { reflect: false, empathize: false, answer: false, offer: false }, orderOk: true, notes: [] },
  };
}

/** An analyser that answers only when told to (a busy machine). */
function slowAnalyser() {
  const pending: (() => void)[] = [];
  const port: Port = {
    send: ((message: Message) => {
      if (message.type !== 'analyze') return Promise.resolve(undefined);
      return new Promise<unknown>((resolve) => pending.push(() => resolve({ ok: true, report: report(message.text) })));
    }) as Port['send'],
    listen: () => () => undefined,
  };
  const answerAll = () => pending.splice(0).forEach((answer) => answer());
  return { port, pending, answerAll };
}

describe('the card opened from the keyboard while the machine is busy', () => {
  let session: EditorSession | undefined;
  let editor: FakeFrameworkEditor | undefined;
  afterEach(() => {
    session?.destroy();
    editor?.destroy();
    document.querySelectorAll('reframe-coach').forEach((host) => host.remove());
  });

  async function start() {
    editor = fakeFrameworkEditor(REPLY);
    const analyser = slowAnalyser();
    const ui = new CoachUi(document);
    // The coach's own card place: the real card, its keyboard and its focus.
    const place: CardPlace = {
      show: (owner, finding, anchor, actions, focus) => ui.showCard(owner, finding, anchor, actions, focus),
      hide: (owner) => ui.hideCard(owner),
      press: (owner, key) => ui.pressInCard(owner, key),
      isOpen: (owner) => ui.isCardOpen(owner),
      say: () => undefined,
    };
    session = new EditorSession(editor.root, {
      port: analyser.port, ui, card: place, painter: null, customer: () => null, activated: () => undefined, analysed: () => undefined, undoStepGapMs: 0,
    });
    await vi.waitFor(() => expect(analyser.pending).toHaveLength(1));
    analyser.answerAll();
    await vi.waitFor(() => expect(editor!.root.getAttribute('data-reframe-findings')).toBe('2'));
    const cardTitle = () => (ui.isCardOpen(session!.id) ? ui.shadow.querySelector('[role="dialog"]')!.getAttribute('data-category') : null);
    return { editor, analyser, ui, cardTitle };
  }

  /** A key pressed where the focus is now, as the browser delivers it (into the card's shadow root too). */
  function pressKey(key: string, modifiers: Pick<KeyboardEventInit, 'altKey' | 'shiftKey' | 'code'> = {}): void {
    let target: Element | null = document.activeElement;
    while (target?.shadowRoot?.activeElement) target = target.shadowRoot.activeElement;
    (target ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...modifiers }));
  }

  const shortcut = () => pressKey('R', { altKey: true, shiftKey: true, code: 'KeyR' });

  it('an analysis lands and the editor takes the focus back between the shortcut and Enter: ArrowDown, Enter apply the first suggestion', async () => {
    const { editor, analyser, cardTitle } = await start();
    // The agent typed on; its analysis is still on the way when the shortcut comes.
    editor.type(REPLY.length, ' Thanks');
    const typed = `${REPLY} Thanks`;
    await vi.waitFor(() => expect(analyser.pending).toHaveLength(1));
    editor.click(typed.indexOf('should') + 3);
    shortcut();
    expect(cardTitle()).toBe('blame');
    editor.reselect();
    pressKey('ArrowDown');
    analyser.answerAll();
    await quiet();
    expect(cardTitle()).toBe('blame');
    editor.reselect();
    pressKey('Enter');
    await quiet();
    expect(editor.text()).toBe(typed.replace(BLAME.text, BLAME.suggestions[0]!));
    expect(cardTitle()).toBeNull();
  });

  it('ArrowDown twice picks the second suggestion even when the editor re-selects after each key', async () => {
    const { editor, cardTitle } = await start();
    editor.click(REPLY.indexOf('should') + 3);
    shortcut();
    pressKey('ArrowDown');
    editor.reselect();
    pressKey('ArrowDown');
    editor.reselect();
    pressKey('Enter');
    await quiet();
    expect(editor.text()).toBe(REPLY.replace(BLAME.text, BLAME.suggestions[1]!));
    expect(cardTitle()).toBeNull();
  });

  it('Enter before any suggestion was chosen applies the first one: the reply is not split, the card closes', async () => {
    const { editor, cardTitle } = await start();
    editor.click(REPLY.indexOf('should') + 3);
    shortcut();
    editor.reselect();
    pressKey('Enter');
    await quiet();
    expect(editor.text()).toBe(REPLY.replace(BLAME.text, BLAME.suggestions[0]!));
    expect(cardTitle()).toBeNull();
  });

  it('stays the keyboard card on its words when text lands before them, and applies there', async () => {
    const { editor, analyser, cardTitle } = await start();
    editor.click(REPLY.indexOf('should') + 3);
    shortcut();
    // An edit the editor renders late lands at the start of the reply while the card is open.
    editor.type(0, 'Hello. ');
    const moved = `Hello. ${REPLY}`;
    await vi.waitFor(() => expect(analyser.pending).toHaveLength(1));
    analyser.answerAll();
    await quiet();
    expect(cardTitle()).toBe('blame');
    editor.reselect();
    pressKey('ArrowDown');
    editor.reselect();
    pressKey('Enter');
    await quiet();
    expect(editor.text()).toBe(moved.replace(BLAME.text, BLAME.suggestions[0]!));
  });

  it('Esc after text landed before its words gives the caret back where it was in the moved text', async () => {
    const { editor, cardTitle } = await start();
    const inShould = REPLY.indexOf('should') + 3;
    editor.click(inShould);
    shortcut();
    editor.type(0, 'Hello. ');
    await quiet();
    expect(cardTitle()).toBe('blame');
    pressKey('Escape');
    expect(cardTitle()).toBeNull();
    expect(editor.caret()).toEqual({ start: inShould + 'Hello. '.length, end: inShould + 'Hello. '.length });
  });

  it('closes when its words are gone; the next keys are the editor\'s and nothing is applied', async () => {
    const { editor, cardTitle } = await start();
    const inShould = REPLY.indexOf('should') + 3;
    editor.click(inShould);
    shortcut();
    pressKey('ArrowDown');
    editor.reselect();
    // The agent's typing reaches the editor and changes the flagged words.
    editor.type(inShould, 'x');
    const edited = `${REPLY.slice(0, inShould)}x${REPLY.slice(inShould)}`;
    await quiet();
    expect(cardTitle()).toBeNull();
    pressKey('Enter');
    await quiet();
    expect(editor.text()).toBe(`${edited.slice(0, inShould + 1)}\n${edited.slice(inShould + 1)}`);
  });
});
