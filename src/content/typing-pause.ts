// Some editors put typing and an edit that follows it closely into one undo step: Ctrl+Z after
// an apply made right after typing would take the typing back too. An apply waits until the
// agent's last edit is the editor's gap past (undoStepGapMs in editor-kind.ts), so it is an undo
// step of its own. With the mouse the wait has nearly always passed by the click.

/** Edits the agent makes in the editor (not key presses: Alt+Shift+R and Enter in the card are not typing). */
const EDIT_EVENTS = ['beforeinput', 'input', 'paste', 'drop', 'compositionend'] as const;

export class TypingClock {
  private lastEdit = Number.NEGATIVE_INFINITY;

  constructor(root: HTMLElement, signal: AbortSignal) {
    const mark = () => (this.lastEdit = performance.now());
    for (const type of EDIT_EVENTS) root.addEventListener(type, mark, { capture: true, signal });
  }

  /** Resolves once `gapMs` have passed since the last edit (at once when they have); false when `signal` aborted first. */
  pause(gapMs: number, signal: AbortSignal): Promise<boolean> {
    const left = this.lastEdit + gapMs - performance.now();
    if (left <= 0 || signal.aborted) return Promise.resolve(!signal.aborted);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(!signal.aborted), left);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
  }
}
