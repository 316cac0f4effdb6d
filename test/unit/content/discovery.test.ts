// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { discover } from '../../../src/content/discovery';
import { editorRootOf, ineligibility } from '../../../src/content/eligibility';

/** The reply boxes discovery finds in the document, as the coach would watch them. */
function watchedEditors(found: Element[]): string[] {
  const roots = new Set<HTMLElement>();
  for (const element of found) {
    const root = editorRootOf(element);
    if (root && ineligibility(root) === null) roots.add(root);
  }
  return [...roots].map((root) => root.id);
}

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('which editors are watched', () => {
  let stop: AbortController;
  beforeEach(() => (stop = new AbortController()));
  afterEach(() => stop.abort());

  it('takes textareas and contenteditable roots, never their children, and skips what must be left alone', () => {
    document.body.innerHTML = `
      <textarea id="reply"></textarea>
      <textarea id="disabled" disabled></textarea>
      <textarea id="readonly" readonly></textarea>
      <textarea id="field-off" data-reframe="off"></textarea>
      <div data-reframe="off"><div id="inside-off" contenteditable="true"></div></div>
      <div id="hidden" contenteditable="true" style="display:none"></div>
      <div id="search" contenteditable="true" role="combobox"></div>
      <div id="compose" contenteditable="true" aria-label="Cuerpo del mensaje"><p>Hi <span contenteditable="true" id="nested">x</span></p>
        <div contenteditable="false"><span id="island">chip</span></div></div>
      <input id="subject" type="text">`;
    const found: Element[] = [];
    discover(document, { candidate: (element) => found.push(element), frame: () => undefined, removed: () => undefined }, stop.signal);
    expect(watchedEditors(found)).toEqual(['reply', 'compose']);
    expect(editorRootOf(document.getElementById('nested'))?.id).toBe('compose');
    expect(editorRootOf(document.getElementById('island'))).toBeNull();
  });

  it('finds editors inside open shadow roots and editors that appear later, in one batch per frame', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="in-shadow" contenteditable="true"></div>';
    const found: Element[] = [];
    discover(document, { candidate: (element) => found.push(element), frame: () => undefined, removed: () => undefined }, stop.signal);
    expect(watchedEditors(found)).toEqual(['in-shadow']);

    // A single-page app mounts a composer later, then a second one inside a new shadow root.
    const later = document.createElement('div');
    later.innerHTML = '<form><div id="later" contenteditable="true"></div></form>';
    document.body.append(later);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea id="shadow-later"></textarea>';
    document.body.append(host);
    expect(watchedEditors(found)).toEqual(['in-shadow']); // nothing until the frame
    await vi.waitFor(() => expect(watchedEditors(found)).toEqual(['in-shadow', 'later', 'shadow-later']));
  });

  it('reports removals so sessions of editors that are gone can end, and stops when aborted', async () => {
    document.body.innerHTML = '<div id="wrap"><textarea id="reply"></textarea></div>';
    let removals = 0;
    const found: Element[] = [];
    discover(document, { candidate: (element) => found.push(element), frame: () => undefined, removed: () => removals++ }, stop.signal);
    document.getElementById('wrap')!.remove();
    await vi.waitFor(() => expect(removals).toBe(1));
    stop.abort();
    document.body.innerHTML = '<textarea id="after-stop"></textarea>';
    await nextFrame();
    expect(watchedEditors(found)).toEqual([]);
  });
});
