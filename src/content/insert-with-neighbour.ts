// An insertion is written as the replacement of the character beside it, which it puts back.
// Editors that group undo steps by adjacency (Slate merges text inserted right where the agent
// stopped typing) then keep the apply as an undo step of its own; the text comes out the same.
import type { Edit } from './apply-ladder';

export function withNeighbour(text: string, edit: Edit): Edit {
  if (edit.start !== edit.end || text.slice(edit.start, edit.end) !== edit.expected || text.length === 0) return edit;
  if (edit.start > 0) {
    // Never split a surrogate pair: an emoji before the insertion is taken whole.
    const width = /[\uDC00-\uDFFF]/.test(text[edit.start - 1]!) && edit.start > 1 ? 2 : 1;
    const before = text.slice(edit.start - width, edit.start);
    return { start: edit.start - width, end: edit.end, expected: before, replacement: before + edit.replacement };
  }
  const width = /[\uD800-\uDBFF]/.test(text[0]!) ? 2 : 1;
  const after = text.slice(0, width);
  return { start: 0, end: width, expected: after, replacement: edit.replacement + after };
}
