// A contenteditable run by a framework, as Lexical is: the framework owns the text, takes
// synthetic beforeinput and paste events through its own pipeline, reads its selection when it
// takes an edit but renders the result only after the current turn, takes the browser's
// execCommand at once, and undoes from its own history on Ctrl+Z. The agent's hands are here
// too: clicks, keys, typing.

export interface FakeFrameworkEditor {
  root: HTMLElement;
  text(): string;
  /** The caret (or selection) as offsets into the text. */
  caret(): { start: number; end: number };
  /** A click that focuses the editor and puts the caret at `offset`. */
  click(offset: number): void;
  /** A key pressed in the editor (Ctrl+Z undoes, Enter splits the paragraph at the caret). */
  press(key: string, modifiers?: Pick<KeyboardEventInit, 'ctrlKey' | 'altKey' | 'shiftKey' | 'code'>): void;
  /** The agent types `typed` at `offset`. */
  type(offset: number, typed: string): void;
  /** The framework renders its selection again after an update and, as Lexical does, takes the focus back. */
  reselect(): void;
  /** `act` runs once, right after the next edit the framework renders. */
  afterNextCommit(act: () => void): void;
  /** `act` runs once, right after the next time a script selects in the editor (before anything else happens). */
  afterNextSelect(act: () => void): void;
  destroy(): void;
}

/** Browsers have StaticRange; happy-dom does not (the ladder passes the selection in it). */
class StaticRangeOf {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(range: Range) {
    this.startContainer = range.startContainer;
    this.startOffset = range.startOffset;
    this.endContainer = range.endContainer;
    this.endOffset = range.endOffset;
  }
}

export function fakeFrameworkEditor(initial: string): FakeFrameworkEditor {
  document.body.innerHTML = '<div contenteditable="true" data-lexical-editor="true"><p></p></div>';
  const root = document.body.firstElementChild as HTMLElement;
  const node = document.createTextNode(initial);
  root.firstElementChild!.append(node);
  const history: string[] = [];
  let onCommit: (() => void) | null = null;
  const scope = window as unknown as Record<string, unknown>;
  scope.StaticRange ??= StaticRangeOf;

  const setCaret = (start: number, end = start) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const caret = () => {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!range || range.startContainer !== node || range.endContainer !== node) return { start: node.length, end: node.length };
    return { start: range.startOffset, end: range.endOffset };
  };
  const change = (start: number, end: number, inserted: string) => {
    history.push(node.data);
    node.data = node.data.slice(0, start) + inserted + node.data.slice(end);
    setCaret(start + inserted.length);
  };
  /** Takes an edit at the selection now, renders it after this turn. */
  const takeLater = (inserted: string) => {
    const { start, end } = caret();
    setTimeout(() => {
      change(start, end, inserted);
      const act = onCommit;
      onCommit = null;
      act?.();
    }, 0);
  };

  root.addEventListener('beforeinput', (event) => {
    const input = event as InputEvent;
    if (input.inputType !== 'insertReplacementText' || !input.dataTransfer) return;
    event.preventDefault();
    takeLater(input.dataTransfer.getData('text/plain'));
  });
  root.addEventListener('paste', (event) => {
    const data = (event as ClipboardEvent).clipboardData;
    if (!data) return;
    event.preventDefault();
    takeLater(data.getData('text/plain'));
  });
  root.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const { start, end } = caret();
      change(start, end, '\n');
      return;
    }
    if (!event.ctrlKey || event.key !== 'z') return;
    event.preventDefault();
    const previous = history.pop();
    if (previous !== undefined) node.data = previous;
  });
  const execCommand = (command: string, _ui?: boolean, value?: string): boolean => {
    if (command !== 'insertText' || value === undefined) return false;
    const { start, end } = caret();
    change(start, end, value);
    return true;
  };
  (document as unknown as { execCommand: typeof execCommand }).execCommand = execCommand;

  const focus = root.focus.bind(root);
  let onSelect: (() => void) | null = null;
  root.focus = (options?: FocusOptions) => {
    focus(options);
    const act = onSelect;
    onSelect = null;
    // selectText focuses, then selects: the agent's action comes right after, before any frame.
    if (act) queueMicrotask(act);
  };

  return {
    root,
    text: () => node.data,
    caret,
    click(offset) {
      for (const type of ['pointerdown', 'mousedown']) root.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      focus({ preventScroll: true });
      setCaret(offset);
      root.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    },
    press(key, modifiers = {}) {
      root.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...modifiers }));
    },
    type(offset, typed) {
      this.press(typed[0] ?? '');
      change(offset, offset, typed);
    },
    reselect() {
      const { start, end } = caret();
      focus({ preventScroll: true });
      setCaret(start, end);
    },
    afterNextCommit: (act) => (onCommit = act),
    afterNextSelect: (act) => (onSelect = act),
    destroy() {
      delete (document as unknown as { execCommand?: unknown }).execCommand;
      document.body.innerHTML = '';
    },
  };
}

/** Lets every pending frame, task and commit run. */
export async function quiet(): Promise<void> {
  for (let i = 0; i < 30; i += 1) await new Promise((resolve) => setTimeout(resolve, 1));
}
