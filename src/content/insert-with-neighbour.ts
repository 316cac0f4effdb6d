// An insertion is written as the replacement of the character beside it, which it puts back.
// Editors that group undo steps by adjacency (Slate merges text inserted right where the agent
// stopped typing) then keep the apply as an undo step of its own; the text comes out the same.
// A line break is never taken: in a rich editor it is the edge of a paragraph, not a character.
import type { Edit } from './apply-ladder';

const isBreak = (char: string | undefined) => char === undefined || char === '\n';

export function withNeighbour(text: string, edit: Edit): Edit {
  if (edit.start !== edit.end || text.slice(edit.start, edit.end) !== edit.expected) return edit;
  if (!isBreak(text[edit.start - 1])) {
    // Never split a surrogate pair: an emoji before the insertion is taken whole.
    const width = /[\uDC00-\uDFFF]/.test(text[edit.start - 1]!) && edit.start > 1 ? 2 : 1;
    const before = text.slice(edit.start - width, edit.start);
    return { start: edit.start - width, end: edit.end, expected: before, replacement: before + edit.replacement };
  }
  if (!isBreak(text[edit.start])) {
    const width = /[\uD800-\uDBFF]/.test(text[edit.start]!) ? 2 : 1;
    const after = text.slice(edit.start, edit.start + width);
    return { start: edit.start, end: edit.start + width, expected: after, replacement: edit.replacement + after };
  }
  return edit;
}
