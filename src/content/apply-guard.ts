// An apply is one transaction over the reply as it was when the agent chose the suggestion.
// It may write only until something else happens: the agent acting (a key such as Ctrl+Z, a
// click that moves the caret, a paste, a drop, an IME composition) or another apply starting.
// From then on its pending checks and fallbacks never write, so an edit the agent undid is not
// written again and nothing lands at a caret the agent just placed.
import type { EditTarget } from './apply-ladder';

/** Events in the editor by which someone other than the apply edits the text or moves the caret. */
const EDITOR_EVENTS = ['keydown', 'beforeinput', 'paste', 'cut', 'drop', 'compositionstart'] as const;
/** A press anywhere in the editor's document can move the caret or take the focus away. */
const POINTER_EVENTS = ['pointerdown', 'mousedown'] as const;

/** Why an apply stopped before it was done. */
export type Interruption = 'agent' | 'superseded';

export interface ApplyTransaction {
  /** Aborted, with an Interruption as its reason, once the apply must not write any more. */
  readonly signal: AbortSignal;
  /** The editor, with the apply's own writes told apart from the agent's (the events they dispatch are ours). */
  readonly target: EditTarget;
  /** The apply is over: stop watching the agent. */
  end(): void;
}

/** One per editor: at most one apply in flight, the newest. */
export class ApplyGuard {
  private current: AbortController | null = null;

  constructor(private readonly root: HTMLElement) {}

  begin(editor: EditTarget): ApplyTransaction {
    this.current?.abort('superseded' satisfies Interruption);
    const controller = new AbortController();
    this.current = controller;
    const signal = controller.signal;
    let writing = false;
    const interrupt = () => {
      if (!writing) controller.abort('agent' satisfies Interruption);
    };
    // Capture: the agent's key counts even when the editor stops it (Lexical's undo does).
    for (const type of EDITOR_EVENTS) this.root.addEventListener(type, interrupt, { capture: true, signal });
    for (const type of POINTER_EVENTS) this.root.ownerDocument.addEventListener(type, interrupt, { capture: true, signal });
    return {
      signal,
      target: {
        ...editor,
        attempt(method, text) {
          writing = true;
          try {
            return editor.attempt(method, text);
          } finally {
            writing = false;
          }
        },
      },
      end: () => {
        if (this.current === controller) this.current = null;
        controller.abort();
      },
    };
  }
}
