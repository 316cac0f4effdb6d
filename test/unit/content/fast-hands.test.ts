// @vitest-environment happy-dom
// An agent with fast hands in an editor that commits after the current turn (Lexical): the
// suggestion applied is exactly the one the agent chose, on the words its card shows, and an
// apply the agent undid or moved past never writes again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Category, Finding, Report } from '../../../src/core/types';
import type { CardActions } from '../../../src/content/card';
import { CoachUi } from '../../../src/content/coach-ui';
import { EditorSession, type CardPlace } from '../../../src/content/editor-session';
import type { Port } from '../../../src/content/port';
import type { Message } from '../../../src/shared/protocol';
import { fakeFrameworkEditor, quiet, type FakeFrameworkEditor } from './fake-framework-editor';

const REPLY = 'Hi Noa, I understand your problem. You should have read the manual before ordering.';
const BLAME = { text: 'You should', category: 'blame' as Category, suggestion: 'It helps to' };
const HOLLOW = { text: 'I understand your problem', category: 'hollow-acknowledgement' as Category, suggestion: 'So the manual left you stuck' };

/** The analyser: flags both phrases wherever they are, each with one replacement. */
const port: Port = {
  send: ((message: Message) => {
    if (message.type !== 'analyze') return Promise.resolve(undefined);
    const findings = [BLAME, HOLLOW].flatMap(({ text, category, suggestion }): Finding[] => {
      const start = message.text.indexOf(text);
      if (start < 0) return [];
      const end = start + text.length;
      return [{
        ruleId: category, category, severity: 'warning', lang: 'en', text, start, end, message: 'm', why: 'w',
        suggestions: [{ kind: 'replace', label: 'Instead', text: suggestion, start, end }],
      }];
    });
    const report: Report = {
      lang: 'en', moves: [], customer: null, findings,
      structure: { present: [], steps: { reflect: false, empathize: false, answer: false, offer: false }, orderOk: true, notes: [] },
    };
    return Promise.resolve({ ok: true, report });
  }) as Port['send'],
  listen: () => () => undefined,
};

/** The card as the agent sees it: the finding it shows and its buttons. */
function cardPlace() {
  const shown: { finding: Finding; actions: CardActions }[] = [];
  const said: string[] = [];
  let open = false;
  const place: CardPlace = {
    show: (_owner, finding, _anchor, actions) => {
      shown.push({ finding, actions });
      open = true;
    },
    hide: () => (open = false),
    press: () => false,
    isOpen: () => open,
    say: (message) => said.push(message),
  };
  return { place, shown, said, last: () => shown[shown.length - 1]! };
}

const replaced = (text: string, phrase: string, by: string) => text.replace(phrase, by);

describe('fast hands in an editor that commits after the current turn', () => {
  let session: EditorSession | undefined;
  let editor: FakeFrameworkEditor | undefined;
  afterEach(() => {
    session?.destroy();
    editor?.destroy();
  });

  async function start() {
    editor = fakeFrameworkEditor(REPLY);
    const card = cardPlace();
    session = new EditorSession(editor.root, {
      port, ui: new CoachUi(document), card: card.place, painter: null, customer: () => null, activated: () => undefined, analysed: () => undefined, undoStepGapMs: 0,
    });
    await vi.waitFor(() => expect(editor!.root.getAttribute('data-reframe-findings')).toBe('2'));
    return { editor, session, card };
  }

  /** Alt+Shift+R with the caret in `word`: the card of the finding there. */
  function openFromKeyboard(editor: FakeFrameworkEditor, card: ReturnType<typeof cardPlace>, word: string) {
    editor.click(REPLY.indexOf(word) + 2);
    editor.press('R', { altKey: true, shiftKey: true, code: 'KeyR' });
    return card.last();
  }

  /** A click on `word`: the caret goes there and the card of the finding there opens (what the coach does with a click on an underline). */
  function clickOn(editor: FakeFrameworkEditor, session: EditorSession, word: string, inText = REPLY) {
    editor.click(inText.indexOf(word) + 5);
    session.openCard(session.findingAtCaret()!, false);
  }

  it('apply, Ctrl+Z at once, then another suggestion: only that one is applied, the undone one never comes back', async () => {
    const { editor, session, card } = await start();
    const blameCard = openFromKeyboard(editor, card, 'should');
    expect(blameCard.finding.category).toBe('blame');
    editor.afterNextCommit(() => {
      expect(editor.text()).toBe(replaced(REPLY, BLAME.text, BLAME.suggestion));
      editor.press('z', { ctrlKey: true });
      expect(editor.text()).toBe(REPLY);
      clickOn(editor, session, 'understand');
      expect(card.last().finding.category).toBe('hollow-acknowledgement');
      card.last().actions.apply(0);
    });
    blameCard.actions.apply(0);
    await quiet();
    expect(editor.text()).toBe(replaced(REPLY, HOLLOW.text, HOLLOW.suggestion));
    expect(card.said).toEqual([]);
  });

  it('writes nothing at the caret when the agent clicks elsewhere while the flagged words are being selected', async () => {
    const { editor, card } = await start();
    const blameCard = openFromKeyboard(editor, card, 'should');
    const inUnderstand = REPLY.indexOf('understand') + 5;
    editor.afterNextSelect(() => editor.click(inUnderstand));
    blameCard.actions.apply(0);
    await quiet();
    expect(editor.text()).toBe(REPLY);
    expect(editor.caret()).toEqual({ start: inUnderstand, end: inUnderstand });
    expect(card.said).toEqual([expect.stringContaining('nothing was changed')]);
  });

  it('a second suggestion chosen before the first was checked: the first never writes again, the second lands on its own words', async () => {
    const { editor, session, card } = await start();
    const blameCard = openFromKeyboard(editor, card, 'should');
    const both = replaced(replaced(REPLY, BLAME.text, BLAME.suggestion), HOLLOW.text, HOLLOW.suggestion);
    editor.afterNextCommit(() => {
      const now = editor.text();
      clickOn(editor, session, 'understand', now);
      card.last().actions.apply(0);
    });
    blameCard.actions.apply(0);
    await quiet();
    expect(editor.text()).toBe(both);
    expect(card.said).toEqual([]);
  });

  it("a card's button applies its own finding's suggestion where those words are now, after the agent typed before them", async () => {
    const { editor, session, card } = await start();
    const hollowCard = openFromKeyboard(editor, card, 'understand');
    editor.type(0, 'Hello! ');
    // Coaching catches up with the typing (underlines move) before the agent clicks.
    await vi.waitFor(() => expect(session.visibleFindings()[0]!.start).toBe(REPLY.indexOf(HOLLOW.text) + 7));
    hollowCard.actions.apply(0);
    await quiet();
    expect(editor.text()).toBe('Hello! ' + replaced(REPLY, HOLLOW.text, HOLLOW.suggestion));
  });

  it("a card's button refuses, changing nothing, when the agent changed its words since it opened", async () => {
    const { editor, session, card } = await start();
    const hollowCard = openFromKeyboard(editor, card, 'understand');
    const at = REPLY.indexOf('understand');
    editor.type(at, 'really ');
    const typed = REPLY.slice(0, at) + 'really ' + REPLY.slice(at);
    await vi.waitFor(() => expect(session.visibleFindings().map((finding) => finding.category)).toEqual(['blame']));
    hollowCard.actions.apply(0);
    await quiet();
    expect(editor.text()).toBe(typed);
    expect(card.said).toEqual([expect.stringContaining('is no longer in the reply')]);
  });
});
