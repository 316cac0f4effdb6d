// Probes the tests install in a fixture page (main world) to read what a user would see:
// where a phrase sits on screen, which text the extension highlighted, the card's content.
// They only read; all input goes through real mouse and keyboard events.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardView {
  /** The card's first line (its category), for failure messages. */
  title: string;
  text: string;
  dir: string;
  suggestions: string[];
}

export interface PageTools {
  /** The editor's box in top-level viewport coordinates, after scrolling it into view. */
  editorBox(editorId: string | undefined): Box;
  /** Box of `phrase` (its first occurrence: the reply comes before quotes and signatures) in top-level viewport coordinates. */
  boxOf(editorId: string | undefined, phrase: string): Box;
  /**
   * Texts the extension highlighted inside this editor (CSS Custom Highlight API ranges);
   * with `within`, only those that start inside an element matching it.
   */
  highlightedTexts(editorId: string | undefined, within?: string): string[];
  /** Whether the editor holds the keyboard focus (through iframes and shadow roots). */
  editorFocused(editorId: string | undefined): boolean;
  /** How many reframe:rendered events the editor has fired since this was first called for it. */
  renders(editorId: string | undefined): number;
  /**
   * Whether the editor's last reframe:rendered was for its text as it is now. Coaching runs while
   * the agent types, so a render during typing is for a half-typed reply: only one for the
   * final text says coaching has caught up.
   */
  caughtUp(editorId: string | undefined): boolean;
  /** data-reframe-findings on the editor, or null while absent. */
  findingsCount(editorId: string | undefined): number | null;
  /** The open card (role=dialog in a <reframe-coach> shadow root, in any same-origin document). */
  card(): CardView | null;
}

declare global {
  interface Window {
    __e2e?: PageTools;
  }
}

/** Serialised into the page by page.evaluate: it must not reference anything outside itself. */
export function installPageTools(): void {
  function editorOf(editorId: string | undefined): HTMLElement {
    const fixture = window.__fixture;
    if (!fixture) throw new Error('window.__fixture is missing: not a fixture page, or not ready');
    return fixture.editor(editorId);
  }

  function toTop(rect: DOMRect, doc: Document): Box {
    let x = rect.left;
    let y = rect.top;
    let view: Window | null = doc.defaultView;
    while (view && view.frameElement) {
      const frame = view.frameElement as HTMLElement;
      const frameRect = frame.getBoundingClientRect();
      x += frameRect.left + frame.clientLeft;
      y += frameRect.top + frame.clientTop;
      view = view.parent;
    }
    return { x, y, width: rect.width, height: rect.height };
  }

  /** Text fields cannot give ranges: measure the phrase in a mirror with the field's text styles. */
  function boxInField(field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): DOMRect {
    const doc = field.ownerDocument;
    const style = getComputedStyle(field);
    const mirror = doc.createElement('div');
    for (const property of Array.from(style)) mirror.style.setProperty(property, style.getPropertyValue(property));
    const fieldRect = field.getBoundingClientRect();
    Object.assign(mirror.style, {
      position: 'fixed',
      left: `${fieldRect.left}px`,
      top: `${fieldRect.top - field.scrollTop}px`,
      visibility: 'hidden',
      overflow: 'hidden',
      whiteSpace: field instanceof HTMLTextAreaElement ? 'pre-wrap' : 'pre',
      height: 'auto',
    });
    const marker = doc.createElement('span');
    marker.textContent = field.value.slice(start, end);
    mirror.append(field.value.slice(0, start), marker, field.value.slice(end));
    doc.body.append(mirror);
    const rect = marker.getClientRects()[0] ?? marker.getBoundingClientRect();
    mirror.remove();
    return rect;
  }

  function rangeOf(root: HTMLElement, phrase: string): Range {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      all += (node as Text).data;
    }
    const start = all.replace(/\u00a0/g, ' ').indexOf(phrase);
    if (start < 0) throw new Error(`phrase "${phrase}" not in the editor's DOM text "${all}"`);
    const range = root.ownerDocument.createRange();
    let offset = 0;
    for (const node of nodes) {
      const next = offset + node.data.length;
      if (start >= offset && start < next) range.setStart(node, start - offset);
      if (start + phrase.length > offset && start + phrase.length <= next) range.setEnd(node, start + phrase.length - offset);
      offset = next;
    }
    return range;
  }

  /** The coach's shadow root in `doc`; the DOM contract allows one <reframe-coach> per document. */
  function coachRoots(doc: Document): ShadowRoot[] {
    const hosts = Array.from(doc.querySelectorAll('reframe-coach'));
    if (hosts.length > 1) throw new Error(`${hosts.length} <reframe-coach> elements in ${doc.URL}; the contract is one per document`);
    return hosts.map((host) => host.shadowRoot).filter((root): root is ShadowRoot => root !== null);
  }

  function documents(doc: Document): Document[] {
    const frames = Array.from(doc.querySelectorAll('iframe'));
    const inner = frames.flatMap((frame) => {
      try {
        return frame.contentDocument ? documents(frame.contentDocument) : [];
      } catch {
        return []; // cross-origin
      }
    });
    return [doc, ...inner];
  }

  window.__e2e = {
    editorBox(editorId) {
      const editor = editorOf(editorId);
      editor.scrollIntoView({ block: 'center' });
      return toTop(editor.getBoundingClientRect(), editor.ownerDocument);
    },
    boxOf(editorId, phrase) {
      const editor = editorOf(editorId);
      if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
        const start = editor.value.indexOf(phrase);
        if (start < 0) throw new Error(`phrase "${phrase}" not in the field's value "${editor.value}"`);
        return toTop(boxInField(editor, start, start + phrase.length), editor.ownerDocument);
      }
      const rects = rangeOf(editor, phrase).getClientRects();
      const last = rects[rects.length - 1];
      if (!last) throw new Error(`phrase "${phrase}" is not rendered`);
      return toTop(last, editor.ownerDocument);
    },
    highlightedTexts(editorId, within) {
      const editor = editorOf(editorId);
      const registry = editor.ownerDocument.defaultView?.CSS.highlights;
      const texts: string[] = [];
      registry?.forEach((highlight) => {
        highlight.forEach((range) => {
          const node = range.startContainer;
          const element = node instanceof Element ? node : node.parentElement;
          if (within && !element?.closest(within)) return;
          if (editor.contains(node)) texts.push((range instanceof Range ? range.toString() : rangeText(range)).replace(/\u00a0/g, ' '));
        });
      });
      return texts;
    },
    editorFocused(editorId) {
      return deepActiveElement() === editorOf(editorId);
    },
    renders(editorId) {
      const editor = editorOf(editorId) as HTMLElement & { __e2eRenders?: number; __e2eRenderedText?: string };
      if (editor.__e2eRenders === undefined) {
        editor.__e2eRenders = 0;
        editor.addEventListener('reframe:rendered', () => {
          editor.__e2eRenders = (editor.__e2eRenders ?? 0) + 1;
          editor.__e2eRenderedText = window.__fixture!.getModelText(editorId);
        });
      }
      return editor.__e2eRenders;
    },
    caughtUp(editorId) {
      const editor = editorOf(editorId) as HTMLElement & { __e2eRenderedText?: string };
      return editor.__e2eRenderedText === window.__fixture!.getModelText(editorId);
    },
    findingsCount(editorId) {
      const value = editorOf(editorId).getAttribute('data-reframe-findings');
      return value === null ? null : Number(value);
    },
    card() {
      const open: HTMLElement[] = [];
      for (const doc of documents(document)) {
        for (const root of coachRoots(doc)) {
          for (const dialog of Array.from(root.querySelectorAll<HTMLElement>('[role="dialog"]'))) {
            if (dialog.getClientRects().length > 0) open.push(dialog);
          }
        }
      }
      if (open.length > 1) throw new Error(`${open.length} cards are open at once`);
      const dialog = open[0];
      if (!dialog) return null;
      return {
        title: dialog.innerText.trim().split('\n')[0] ?? '',
        text: dialog.innerText,
        dir: getComputedStyle(dialog).direction,
        suggestions: Array.from(dialog.querySelectorAll<HTMLElement>('[data-reframe-action="apply"]')).map((button) => button.innerText.trim()),
      };
    },
  };

  /** The focused element, looking into same-origin iframes and open shadow roots. */
  function deepActiveElement(): Element | null {
    let active: Element | null = document.activeElement;
    for (;;) {
      if (active instanceof HTMLIFrameElement && active.contentDocument) active = active.contentDocument.activeElement;
      else if (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      else return active;
    }
  }

  function rangeText(range: AbstractRange): string {
    const live = range.startContainer.ownerDocument?.createRange();
    if (!live) return '';
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  }
}
