// Underlines in contenteditable editors through the CSS Custom Highlight API: ranges are
// registered as ::highlight(reframe-<category>), so the editor's DOM is never touched. The
// registry is per document; the ::highlight() rules must sit where they apply to the editor
// (the document, or the shadow root holding it), in a <style> element we own.
import type { FindingKind } from '../core/types';
import { CATEGORY_COLOURS } from './card-strings';

const STYLE_MARK = 'data-reframe-highlights';

interface HighlightWindow {
  CSS: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

/**
 * The window's own highlight API. Firefox content scripts see other frames' windows through
 * Xray wrappers, and there `frame.CSS` can resolve to another same-origin frame's registry
 * (seen with two iframes): the unwrapped window is the frame's own.
 */
function highlightScope(win: Window): HighlightWindow {
  return ((win as { wrappedJSObject?: unknown }).wrappedJSObject ?? win) as HighlightWindow;
}

/** True when the browser has the highlight API (Chrome 105+, Firefox 140+). */
export function canHighlight(win: Window): boolean {
  const scope = highlightScope(win);
  return typeof scope.Highlight === 'function' && scope.CSS?.highlights !== undefined;
}

function highlightRules(): string {
  return Object.entries(CATEGORY_COLOURS)
    .map(
      ([category, colour]) =>
        `::highlight(reframe-${category}) { text-decoration-line: underline; text-decoration-color: ${colour};` +
        ` text-decoration-thickness: 2px; background-color: ${colour}1f; }`,
    )
    .join('\n');
}

export class HighlightPainter {
  /** Ranges per editor (owner id), per category. */
  private readonly ranges = new Map<string, Map<FindingKind, Range[]>>();

  constructor(private readonly win: Window) {}

  /** Puts our ::highlight() rules where they reach an editor: its shadow root or its document. */
  styleFor(editor: Element): void {
    const scope = editor.getRootNode() as Document | ShadowRoot;
    const parent = scope.nodeType === 9 ? ((scope as Document).head ?? (scope as Document).documentElement) : scope;
    if (parent.querySelector(`style[${STYLE_MARK}]`)) return;
    const style = editor.ownerDocument.createElement('style');
    style.setAttribute(STYLE_MARK, '');
    style.textContent = highlightRules();
    parent.append(style);
  }

  paint(owner: string, byFindingKind: Map<FindingKind, Range[]>): void {
    this.ranges.set(owner, byFindingKind);
    this.flush();
  }

  clear(owner: string): void {
    if (this.ranges.delete(owner)) this.flush();
  }

  private flush(): void {
    const scope = highlightScope(this.win);
    const registry = scope.CSS.highlights!;
    const merged = new Map<FindingKind, Range[]>();
    for (const byFindingKind of this.ranges.values()) {
      for (const [category, ranges] of byFindingKind) merged.set(category, [...(merged.get(category) ?? []), ...ranges]);
    }
    for (const category of Object.keys(CATEGORY_COLOURS) as FindingKind[]) {
      const ranges = merged.get(category) ?? [];
      if (ranges.length === 0) registry.delete(`reframe-${category}`);
      else registry.set(`reframe-${category}`, new scope.Highlight!(...ranges));
    }
  }
}
