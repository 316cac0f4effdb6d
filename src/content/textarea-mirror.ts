// Rectangles of character ranges in a textarea, whose text is not DOM text: a hidden mirror
// element with the field's computed text styles (direction, alignment, indent and tab size
// included, so right-to-left text lines up), laid exactly over the field and scrolled like it.
// It lives in our own shadow root, never in the page's layout.

/** The properties that decide where each character lands (textarea-caret-position's list). */
const COPIED = [
  'direction', 'boxSizing', 'width', 'height', 'overflowX', 'overflowY',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize', 'fontSizeAdjust', 'lineHeight', 'fontFamily',
  'fontFeatureSettings', 'fontKerning', 'textAlign', 'textTransform', 'textIndent', 'textDecoration',
  'letterSpacing', 'wordSpacing', 'tabSize', 'unicodeBidi', 'whiteSpace', 'wordBreak', 'overflowWrap',
] as const;

export class TextareaMirror {
  private readonly mirror: HTMLDivElement;
  private readonly text: Text;
  private readonly resizeWatch: ResizeObserver;
  private stylesStale = true;
  private startAligned = true;

  constructor(
    private readonly field: HTMLTextAreaElement,
    container: HTMLElement,
  ) {
    const doc = container.ownerDocument;
    this.mirror = doc.createElement('div');
    this.text = doc.createTextNode('');
    this.mirror.append(this.text);
    container.append(this.mirror);
    // Styles are copied again only when the field's size changes, not on every keystroke.
    this.resizeWatch = new (doc.defaultView!.ResizeObserver)(() => (this.stylesStale = true));
    this.resizeWatch.observe(field);
  }

  private copyStyles(): void {
    const computed = this.field.ownerDocument.defaultView!.getComputedStyle(this.field);
    const style = this.mirror.style as unknown as Record<string, string>;
    for (const property of COPIED) style[property] = computed[property];
    this.startAligned = computed.direction === 'ltr' && ['start', 'left', '-webkit-auto'].includes(computed.textAlign);
    // A textarea wraps like pre-wrap whatever its white-space says about spaces.
    if (computed.whiteSpace !== 'pre' && computed.whiteSpace !== 'nowrap') style.whiteSpace = 'pre-wrap';
    style.position = 'fixed';
    style.margin = '0';
    style.borderColor = 'transparent';
    style.visibility = 'hidden';
    style.pointerEvents = 'none';
    this.stylesStale = false;
  }

  /**
   * Where the words up to `end` land depends on the text before `end` only (left-to-right text
   * aligned at the start): then, while that text, the field's box and its scroll stay as they
   * were, so do the rectangles. Otherwise (right to left, centred, justified) on all of the text.
   */
  layoutKey(end: number, measure: boolean): string {
    if (this.stylesStale) this.copyStyles();
    // Reading the field's box lays the page out: only in a frame (or after a scroll), where the
    // browser lays it out anyway, not again when an analysis comes back between frames.
    if (measure || this.geometry === null) {
      const box = this.field.getBoundingClientRect();
      const { scrollTop, scrollLeft, clientWidth, clientHeight } = this.field;
      this.geometry = `${box.left},${box.top},${box.width},${box.height},${scrollTop},${scrollLeft},${clientWidth},${clientHeight}`;
    }
    const value = this.field.value;
    const text = this.startAligned ? value.slice(0, end) : value;
    return `${this.geometry}\u0000${text}`;
  }

  private geometry: string | null = null;

  /** Viewport rectangles of [start, end) of the field's value, clipped to the field's box. */
  rects(start: number, end: number): DOMRect[] {
    if (this.stylesStale) this.copyStyles();
    const value = this.field.value;
    // A trailing newline needs a character after it to take up its line, as in the field.
    const data = value.endsWith('\n') ? `${value} ` : value;
    if (this.text.data !== data) this.text.data = data;
    const box = this.field.getBoundingClientRect();
    this.mirror.style.left = `${box.left}px`;
    this.mirror.style.top = `${box.top}px`;
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
    const range = this.field.ownerDocument.createRange();
    range.setStart(this.text, Math.min(start, value.length));
    range.setEnd(this.text, Math.min(end, value.length));
    const inner = {
      top: box.top + this.field.clientTop,
      left: box.left + this.field.clientLeft,
      bottom: box.top + this.field.clientTop + this.field.clientHeight,
      right: box.left + this.field.clientLeft + this.field.clientWidth,
    };
    return [...range.getClientRects()].filter(
      (rect) => rect.width > 0 && rect.bottom > inner.top && rect.top < inner.bottom && rect.right > inner.left && rect.left < inner.right,
    );
  }

  destroy(): void {
    this.resizeWatch.disconnect();
    this.mirror.remove();
  }
}
