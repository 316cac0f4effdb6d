// The apply ladder's EditTarget over a real editor: selects through the DOM (a Range from
// the text model, or setSelectionRange) and edits only through events and execCommand, so
// the editor's framework and its undo see every change. Never writes to text nodes.
import type { EditTarget } from './apply-ladder';
import type { EditMethod } from './editor-kind';
import { selectText } from './select-text';
import { buildTextModel } from './text-model';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

/**
 * One frame and then a task at least `minimumMs` later: long enough for frameworks that commit
 * after the current turn, or after a timer of their own.
 */
function nextFrame(win: Window, minimumMs: number): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, minimumMs)));
}

export interface DomEditOptions {
  /** Paste carries text/html too (CKEditor 5 reads only that). */
  pasteHtml: boolean;
  /** The least time one settle waits (CKEditor 5 commits text typed at a collapsed caret after a 50 ms timer). */
  settleMs: number;
}

export function domEditTarget(root: HTMLElement, options: DomEditOptions): EditTarget {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  const isField = root.tagName === 'TEXTAREA';
  let selected: Range | null = null;

  const transfer = (text: string, withHtml: boolean): DataTransfer => {
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    if (withHtml) data.setData('text/html', escapeHtml(text));
    return data;
  };

  return {
    read: () => (isField ? (root as HTMLTextAreaElement).value : buildTextModel(root).text),

    select(start, end) {
      const result = selectText(root, start, end);
      selected = result.range;
      return result.ok;
    },

    attempt(method: EditMethod, text) {
      switch (method) {
        case 'beforeinput': {
          const init: InputEventInit = {
            inputType: 'insertReplacementText',
            // Both carriers of the text: a Firefox content script's dataTransfer does not reach
            // the page (CKEditor 5 then deletes the words and inserts nothing); `data` does.
            data: text,
            dataTransfer: transfer(text, false),
            bubbles: true,
            cancelable: true,
            composed: true,
          };
          if (selected) init.targetRanges = [new win.StaticRange(selected)];
          // A framework that takes the edit cancels the event (no browser default for synthetic ones).
          return !root.dispatchEvent(new win.InputEvent('beforeinput', init));
        }
        case 'execCommand':
          // The browser's own editing: native undo, a real input event, frameworks read it back.
          return text === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, text);
        case 'paste': {
          const event = new win.ClipboardEvent('paste', {
            clipboardData: transfer(text, options.pasteHtml),
            bubbles: true,
            cancelable: true,
            composed: true,
          });
          return !root.dispatchEvent(event);
        }
      }
    },

    settle: () => nextFrame(win, options.settleMs),

    async copy(text) {
      try {
        await win.navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
