// Which editor framework renders a reply box, told by the markers each one puts on its root.
// Only the apply ladder cares: frameworks differ in which programmatic edits they accept
// (../shared/research/dom_fixtures.md section 4).

export type EditorKind =
  | 'textarea'
  | 'ckeditor5'
  | 'lexical'
  | 'slate'
  | 'prosemirror'
  | 'draft'
  | 'quill'
  | 'tinymce'
  | 'contenteditable';

const MARKERS: readonly [string, EditorKind][] = [
  ['.ck-editor__editable', 'ckeditor5'],
  ['[data-lexical-editor]', 'lexical'],
  ['[data-slate-editor]', 'slate'],
  ['.ProseMirror', 'prosemirror'],
  ['.public-DraftEditor-content', 'draft'],
  ['.ql-editor', 'quill'],
  // TinyMCE's editable body, inside its iframe.
  ['body.mce-content-body', 'tinymce'],
];

export function editorKind(root: Element): EditorKind {
  if (root.tagName === 'TEXTAREA') return 'textarea';
  return MARKERS.find(([selector]) => root.matches(selector))?.[1] ?? 'contenteditable';
}

/** One way of putting text into an editor so that its framework and its undo see the edit. */
export type EditMethod = 'beforeinput' | 'execCommand' | 'paste';

/**
 * The methods to try, in order. CKEditor 5 reverts execCommand and DOM edits but handles
 * beforeinput; Lexical and Slate handle beforeinput; Draft.js and TinyMCE are safest through paste;
 * ProseMirror, Quill and plain contenteditables (Gmail) take execCommand; a textarea takes
 * execCommand, which keeps its native undo stack.
 */
export function editMethods(kind: EditorKind): EditMethod[] {
  switch (kind) {
    case 'ckeditor5':
      return ['beforeinput', 'paste'];
    case 'lexical':
    case 'slate':
      return ['beforeinput', 'execCommand', 'paste'];
    case 'draft':
      return ['paste', 'execCommand'];
    case 'tinymce':
      // TinyMCE takes a paste through its own pipeline as one undo level (Chromium; Firefox
      // gives a synthetic paste no data, so there execCommand follows, announced as a replacement).
      return ['paste', 'execCommand'];
    case 'textarea':
      return ['execCommand'];
    default:
      return ['execCommand', 'paste'];
  }
}

/** How the DOM edit target treats this editor (see dom-edit-target.ts). */
export function editOptions(kind: EditorKind): { pasteHtml: boolean; settleMs: number; announceReplacement: boolean } {
  const ckeditor = kind === 'ckeditor5';
  return { pasteHtml: ckeditor, settleMs: ckeditor ? 60 : 0, announceReplacement: kind === 'tinymce' };
}

/**
 * How long after the agent's last edit an apply waits, so the editor makes it an undo step of
 * its own instead of merging it with the typing: ProseMirror merges within 500 ms, Quill within
 * 1 s by default, Lexical 300 ms. The others keep steps apart by themselves.
 */
export function undoStepGapMs(kind: EditorKind): number {
  switch (kind) {
    case 'quill':
      return 1100;
    case 'prosemirror':
      return 600;
    case 'lexical':
      return 400;
    default:
      return 0;
  }
}
