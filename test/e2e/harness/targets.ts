// Every editor the scenario suite runs on: one entry per fixture page (and per editor kind
// where a page holds several), so a new fixture is covered by adding one line here.
import type { Page } from 'puppeteer-core';

export interface Target {
  /** Shown in test names. */
  label: string;
  /** Page path under dist/fixtures, with its query. */
  path: string;
  /** window.__fixture editor id. */
  editorId: string;
  /** Brings the editor into being when the page creates it on demand. */
  prepare?(page: Page): Promise<void>;
}

/** Opens the inline reply and shows the quoted history in it, as Gmail's "•••" does. */
async function openInlineReply(page: Page): Promise<void> {
  await page.click('#reply-button');
  await page.waitForFunction(() => window.__fixture?.editorIds().includes('inline-reply'));
  await page.click('.ajR');
}

export const TARGETS: Target[] = [
  { label: 'textarea', path: 'textarea.html', editorId: 'reply' },
  { label: 'gmail pop-out compose', path: 'gmail.html', editorId: 'compose-1' },
  { label: 'gmail second compose, Spanish labels', path: 'gmail.html?lang=es', editorId: 'compose-2' },
  { label: 'gmail inline reply', path: 'gmail.html', editorId: 'inline-reply', prepare: openInlineReply },
  { label: 'zendesk CKEditor 5', path: 'zendesk.html', editorId: 'reply' },
  { label: 'CKEditor 5 classic, headings and lists', path: 'ckeditor-classic.html', editorId: 'reply' },
  { label: 'TinyMCE in its iframe', path: 'tinymce.html', editorId: 'reply' },
  { label: 'quill', path: 'quill.html', editorId: 'reply' },
  { label: 'slate', path: 'slate.html', editorId: 'reply' },
  { label: 'intercom ProseMirror', path: 'prosemirror.html', editorId: 'reply' },
  { label: 'lexical', path: 'lexical.html', editorId: 'reply' },
  { label: 'draft.js', path: 'draft.html', editorId: 'reply' },
  { label: 'static iframe', path: 'iframes.html', editorId: 'static' },
  { label: 'iframe written during load', path: 'iframes.html', editorId: 'written' },
  { label: 'shadow root contenteditable', path: 'shadow.html', editorId: 'plain-composer' },
  { label: 'shadow root ProseMirror', path: 'shadow.html', editorId: 'pm-composer' },
];
