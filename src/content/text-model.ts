// The text model of a contenteditable reply: the editor walked once into segments (text
// nodes and line breaks), quoted history and signatures left out. The analyser sees the
// joined string; offsets map back to DOM points by binary search over the same table, so the
// two directions cannot drift apart.

/** Parts of an editor that are not the agent's reply: quoted history, signatures, widgets. */
export const SKIPPED_SELECTOR = [
  '[contenteditable="false"]',
  '.gmail_quote', // Gmail: quoted history (also the blockquote inside it)
  '.gmail_extra',
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  'blockquote', // quoted history in most mail and helpdesk editors
  '.zd-comment-quote', // Zendesk: quoted text of earlier comments
  '.quotedText',
  'script',
  'style',
  'template',
].join(',');

/** Elements that start a new line (by tag, so no layout is needed). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

export interface TextSegment {
  kind: 'text';
  node: Text;
  /** Offsets in the joined string; node.data maps onto [start, end) one to one. */
  start: number;
  end: number;
}

export interface BreakSegment {
  kind: 'break';
  start: number;
  end: number;
}

export type Segment = TextSegment | BreakSegment;

export interface TextModel {
  root: Element;
  text: string;
  /** In document order, contiguous, covering [0, text.length). */
  segments: Segment[];
  /** The segment of each text node in the model, for DOM-to-offset lookups. */
  segmentOf: Map<Text, TextSegment>;
}

/** A position in the DOM, as used by Range and Selection. */
export interface DomPoint {
  node: Node;
  offset: number;
}

/** Text nodes made of indentation between blocks ("\n    ") are markup, not the reply. */
function isLayoutWhitespace(data: string): boolean {
  return data.includes('\n') && data.trim() === '';
}

/** Walks the editor into segments. */
export function buildTextModel(root: Element): TextModel {
  const segments: Segment[] = [];
  const segmentOf = new Map<Text, TextSegment>();
  let text = '';
  // Line breaks owed before the next text: a block boundary owes at least one, each <br> one more.
  let owedBreaks = 0;

  const pushBreaks = (): void => {
    if (text.length > 0 && owedBreaks > 0) {
      segments.push({ kind: 'break', start: text.length, end: text.length + owedBreaks });
      text += '\n'.repeat(owedBreaks);
    }
    owedBreaks = 0;
  };

  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0 || isLayoutWhitespace(data)) continue;
        pushBreaks();
        const segment: TextSegment = { kind: 'text', node: child as Text, start: text.length, end: text.length + data.length };
        segments.push(segment);
        segmentOf.set(segment.node, segment);
        text += data;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.matches(SKIPPED_SELECTOR)) continue;
        if (element.tagName === 'BR') {
          owedBreaks += 1;
          continue;
        }
        const block = BLOCK_TAGS.has(element.tagName);
        if (block) owedBreaks = Math.max(owedBreaks, 1);
        walk(element);
        if (block) owedBreaks = Math.max(owedBreaks, 1);
      }
    }
  };

  walk(root);
  return { root, text, segments, segmentOf };
}

/** Index of the last segment whose start is <= offset (segments are sorted by start). */
function segmentIndexAt(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The DOM point of a string offset. An offset on a boundary between two segments resolves to
 * the end of the text before it when `side` is 'end' (a range's end), to the start of the text
 * after it otherwise, so a range never spills over into a neighbouring node.
 */
export function pointAt(model: TextModel, offset: number, side: 'start' | 'end' = 'start'): DomPoint | null {
  if (offset < 0 || offset > model.text.length) return null;
  const { segments } = model;
  const textSegments = (from: number, step: 1 | -1): TextSegment | null => {
    for (let index = from; index >= 0 && index < segments.length; index += step) {
      const segment = segments[index]!;
      if (segment.kind === 'text') return segment;
    }
    return null;
  };
  let index = segmentIndexAt(segments, offset);
  if (side === 'end' && index > 0 && segments[index]!.start === offset) index -= 1;
  const segment = index >= 0 ? segments[index]! : null;
  if (segment?.kind === 'text' && offset <= segment.end) {
    return { node: segment.node, offset: offset - segment.start };
  }
  // Inside a line break, or past the end: the nearest text in the preferred direction.
  const after = textSegments(index + 1, 1);
  const before = textSegments(index, -1);
  if (side === 'start' && after) return { node: after.node, offset: 0 };
  if (before) return { node: before.node, offset: before.node.data.length };
  if (after) return { node: after.node, offset: 0 };
  return { node: model.root, offset: 0 };
}

/** A DOM Range over [start, end) of the model's string, or null when out of bounds. */
export function rangeAt(model: TextModel, start: number, end: number): Range | null {
  const from = pointAt(model, start, 'start');
  const to = pointAt(model, end, end === start ? 'start' : 'end');
  if (!from || !to) return null;
  const range = model.root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** True when point a comes before point b in document order. */
function isBefore(a: DomPoint, b: DomPoint): boolean {
  if (a.node === b.node) return a.offset < b.offset;
  const range = a.node.ownerDocument!.createRange();
  range.setStart(a.node, a.offset);
  return range.comparePoint(b.node, b.offset) > 0;
}

/**
 * The string offset of a DOM point (a caret, a selection end), or null when the point is
 * outside the model (in quoted history, outside the editor).
 */
export function offsetAt(model: TextModel, point: DomPoint): number | null {
  if (point.node !== model.root && !model.root.contains(point.node)) return null;
  const { segments } = model;
  if (point.node.nodeType === 3) {
    const segment = model.segmentOf.get(point.node as Text);
    return segment ? segment.start + Math.min(point.offset, segment.end - segment.start) : null;
  }
  // An element point (an empty line, a caret between nodes): where the first text after it starts.
  const texts = segments.filter((segment): segment is TextSegment => segment.kind === 'text');
  let low = 0;
  let high = texts.length - 1;
  let firstAfter = model.text.length;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = texts[middle]!;
    if (isBefore(point, { node: segment.node, offset: 0 })) {
      firstAfter = segment.start;
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return firstAfter;
}
