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
  /** Tries one method; false when it is certain nothing happened. */
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

export async function applyEdit(target: EditTarget, edit: Edit, methods: readonly EditMethod[]): Promise<EditOutcome> {
  const original = target.read();
  const place = locate(original, edit);
  if (!place) {
    return {
      ok: false,
      copied: false,
      error: `"${edit.expected}" is no longer in the reply, so nothing was changed. Check the reply again.`,
    };
  }
  const wanted = original.slice(0, place.start) + edit.replacement + original.slice(place.end);

  for (const method of methods) {
    if (!target.select(place.start, place.end)) break;
    // Frameworks (CKEditor 5, Draft.js) pick up a new selection on selectionchange, which comes later.
    await target.settle();
    if (!target.attempt(method, edit.replacement)) continue;
    await target.settle();
    const now = target.read();
    if (now === wanted) return { ok: true, method };
    if (now !== original) {
      // The editor did something else with the edit: trying another method could double it.
      return {
        ok: false,
        copied: false,
        error: 'The editor changed the reply in an unexpected way. Press Ctrl+Z to undo it, then edit by hand.',
      };
    }
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
