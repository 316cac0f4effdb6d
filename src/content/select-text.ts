// Reading and setting the selection of an editor, including editors inside shadow roots
// (where Chrome's document.getSelection() only shows the shadow host).
import { buildTextModel, rangeAt } from './text-model';

type SelectionScope = { getSelection?: () => Selection | null };

/** The selection as seen from the editor's own tree. */
export function selectionOf(root: Element): Selection | null {
  const scope = root.getRootNode() as Node & SelectionScope;
  return (scope.nodeType === 11 ? scope.getSelection?.() : null) ?? root.ownerDocument.getSelection();
}

/** Focuses the editor and selects [start, end) of its text; returns the selected range (null for a textarea or on failure). */
export function selectText(root: HTMLElement, start: number, end: number): { ok: boolean; range: Range | null } {
  root.focus({ preventScroll: true });
  if (root.tagName === 'TEXTAREA') {
    (root as HTMLTextAreaElement).setSelectionRange(start, end);
    return { ok: true, range: null };
  }
  const range = rangeAt(buildTextModel(root), start, end);
  const selection = selectionOf(root);
  if (!range || !selection) return { ok: false, range: null };
  selection.removeAllRanges();
  selection.addRange(range);
  return { ok: true, range };
}
