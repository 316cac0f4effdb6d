// Applies one edit of the reply (a reframe, an inserted template) through the editor's own
// input pipeline, one method after another, verifying the result after each: the agent's
// text is never lost, doubled or corrupted, and the editor's undo takes the edit back.
import type { EditOutcome } from '../shared/protocol';
import type { EditMethod } from './editor-kind';

/** What the ladder needs from an editor; the DOM implementation is dom-edit-target.ts. */
export interface EditTarget {
  /** The reply text as the text model reads it now. */
  read(): string;
  /** Selects [start, end) of that text in the editor; false when it cannot. */
  select(start: number, end: number): boolean;
  /** Tries one method; true when the editor said it took it (it may take it without saying). */
  attempt(method: EditMethod, text: string): boolean;
  /** Resolves once the editor has processed what was dispatched (frameworks commit later). */
  settle(): Promise<void>;
  /** Puts the text on the clipboard; false when the browser refuses. */
  copy(text: string): Promise<boolean>;
}

export interface Edit {
  start: number;
  end: number;
  /** The text expected at [start, end): what was flagged ('' for an insertion). */
  expected: string;
  replacement: string;
}

/**
 * Where the expected text is now: at the same place, or (the agent typed since the check)
 * its occurrence nearest to the old place; null when it is gone.
 */
export function locate(text: string, edit: Edit): { start: number; end: number } | null {
  if (edit.end <= text.length && text.slice(edit.start, edit.end) === edit.expected) {
    return { start: edit.start, end: edit.end };
  }
  if (edit.expected === '') return null;
  let best: number | null = null;
  for (let at = text.indexOf(edit.expected); at !== -1; at = text.indexOf(edit.expected, at + 1)) {
    if (best === null || Math.abs(at - edit.start) < Math.abs(best - edit.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + edit.expected.length };
}

/**
 * How many settles an editor that took an edit gets to show it before the ladder concludes
 * that nothing happened (frameworks such as Draft.js commit a render or two later). Moving on
 * sooner would hand a slow editor the same edit twice.
 */
export const COMMIT_WAIT_SETTLES = 4;

/** The text once it differs from `original`, or after the editor had its time to commit; null once interrupted. */
async function shownEdit(target: EditTarget, original: string, signal: AbortSignal): Promise<string | null> {
  for (let settles = 0; settles < COMMIT_WAIT_SETTLES; settles += 1) {
    await target.settle();
    if (signal.aborted) return null;
    const now = target.read();
    if (now !== original) return now;
  }
  return original;
}

const NEVER_INTERRUPTED = new AbortController().signal;

/** The flagged words are gone (the agent rewrote them): nothing is changed. */
export function noLongerThere(words: string): Extract<EditOutcome, { ok: false }> {
  return { ok: false, copied: false, error: `"${words}" is no longer in the reply, so nothing was changed. Check the reply again.` };
}

/**
 * Applies `edit` as one transaction over the text as it is now. Each method runs only while
 * the text is still exactly that text, so a fallback never adds to something already applied.
 * Once `signal` aborts (the agent acted, or another apply began) nothing more is written: not a
 * fallback, not a retry, not even the selection.
 */
export async function applyEdit(
  target: EditTarget,
  edit: Edit,
  methods: readonly EditMethod[],
  signal: AbortSignal = NEVER_INTERRUPTED,
): Promise<EditOutcome> {
  const original = target.read();
  const place = locate(original, edit);
  if (!place) return noLongerThere(edit.expected);
  const wanted = original.slice(0, place.start) + edit.replacement + original.slice(place.end);
  /** The method the editor took and may still be committing. */
  let taken: EditMethod | null = null;
  const untouched = () => !signal.aborted && target.read() === original;

  for (const method of methods) {
    if (!untouched() || !target.select(place.start, place.end)) break;
    // Frameworks (CKEditor 5, Draft.js) pick up a new selection on selectionchange, which comes later.
    await target.settle();
    if (!untouched()) break;
    // An editor may take the edit without saying so (CKEditor 5 does not cancel a beforeinput at a
    // collapsed caret): every method gets its time to show a change before the next one is tried.
    const claimed = target.attempt(method, edit.replacement);
    taken = method;
    // An editor that took the edit synchronously shows it at once: no settle to wait for, so the
    // caret or the placeholder is where the agent expects before their next key.
    const now = claimed && target.read() === wanted ? wanted : await shownEdit(target, original, signal);
    if (now === null) break;
    if (now === wanted) return { ok: true, method };
    if (now !== original) return unexpectedChange;
    if (!claimed) taken = null;
  }

  // The editor took the edit and the agent went on before it was checked: the edit is theirs now.
  if (signal.aborted) return taken ? { ok: true, method: taken } : interrupted;
  const now = target.read();
  if (now !== original) {
    // The text changed while the ladder waited: the late commit of the method taken, or someone else.
    if (taken && now === wanted) return { ok: true, method: taken };
    return taken ? unexpectedChange : interrupted;
  }

  const copied = await target.copy(edit.replacement);
  return {
    ok: false,
    copied,
    error: copied
      ? 'This editor did not accept the change, so nothing was changed. The suggestion is on the clipboard: select the words and paste.'
      : 'This editor did not accept the change, so nothing was changed. Please edit by hand.',
  };
}

/** The editor did something else with the edit: trying another method could double it. */
const unexpectedChange: EditOutcome = {
  ok: false,
  copied: false,
  error: 'The editor changed the reply in an unexpected way. Press Ctrl+Z to undo it, then edit by hand.',
};

/** The reply changed (the agent went on) before the suggestion was written. */
export const interrupted: EditOutcome = {
  ok: false,
  copied: false,
  error: 'The reply changed before the suggestion was applied, so nothing was changed. Open the card again to apply it.',
};
