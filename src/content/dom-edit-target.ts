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
  /**
   * After execCommand, tell the editor it was a replacement, not typing: TinyMCE records an
   * undo level for an input event of insertReplacementText (the browser's own spell-check fix);
   * for typing it records none, and Ctrl+Z would skip back past the agent's typing.
   */
  announceReplacement: boolean;
}

/**
 * The page's own window. A Firefox content script sees the page through Xray wrappers, and an
 * event it builds there loses the DataTransfer of its init object on the way (the page's
 * handlers read no text); events built from the page's own constructors and objects keep it.
 */
function pageWindow(win: Window): Window & typeof globalThis {
  return ((win as Window & { wrappedJSObject?: Window }).wrappedJSObject ?? win) as Window & typeof globalThis;
}

/** An init object of the page's realm (see pageWindow), so the event's constructor reads every field. */
function pageInit<T extends object>(page: Window & typeof globalThis, fields: T): T {
  return Object.assign(new page.Object(), fields) as T;
}

export function domEditTarget(root: HTMLElement, options: DomEditOptions): EditTarget {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  // Events and their data are built in the page's realm; timers and the clipboard stay ours.
  const page = pageWindow(win);
  const isField = root.tagName === 'TEXTAREA';
  let selected: Range | null = null;

  const transfer = (text: string, withHtml: boolean): DataTransfer => {
    const data = new page.DataTransfer();
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
          if (selected) init.targetRanges = new page.Array(new page.StaticRange(selected));
          // A framework that takes the edit cancels the event (no browser default for synthetic ones).
          return !root.dispatchEvent(new page.InputEvent('beforeinput', pageInit(page, init)));
        }
        case 'execCommand': {
          // The browser's own editing: native undo, a real input event, frameworks read it back.
          const done = text === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, text);
          if (done && options.announceReplacement) {
            root.dispatchEvent(new page.InputEvent('input', pageInit(page, { inputType: 'insertReplacementText', data: null, bubbles: true })));
          }
          return done;
        }
        case 'paste': {
          const event = new page.ClipboardEvent(
            'paste',
            pageInit(page, { clipboardData: transfer(text, options.pasteHtml), bubbles: true, cancelable: true, composed: true }),
          );
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
