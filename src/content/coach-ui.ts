// The in-page UI of one document: exactly one <reframe-coach> element with an open shadow
// root that holds the underline boxes (textareas, and browsers without the highlight API),
// the textarea mirrors, the card and a status line. Everything in it is pointer-events:none
// except the card, so the editor under it keeps every click and key.
import type { Finding, FindingKind } from '../core/types';
import { buildCard, type Card, type CardActions } from './card';
import { CATEGORY_COLOURS } from './card-strings';

export const COACH_TAG = 'reframe-coach';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
  category: FindingKind;
}

const STYLE = `
:host { all: initial; }
.layer, .mirrors { position: fixed; inset: 0; pointer-events: none; overflow: visible; }
.mirrors { visibility: hidden; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid; box-sizing: border-box; }
${Object.entries(CATEGORY_COLOURS)
  .map(([category, colour]) => `.box.${category} { border-color: ${colour}; background: ${colour}1f; }`)
  .join('\n')}
.card { position: fixed; pointer-events: auto; max-width: 360px; min-width: 240px; box-sizing: border-box;
  background: #fff; color: #1f1f1f; border: 1px solid #c4c7c5; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 4px 16px #0003; font: 14px/1.4 system-ui, sans-serif; }
.header { display: flex; justify-content: space-between; align-items: center; }
.category { font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
${Object.entries(CATEGORY_COLOURS)
  .map(([category, colour]) => `.card.${category} .category { color: ${colour}; }`)
  .join('\n')}
.card[dir="rtl"] .category { text-transform: none; letter-spacing: 0; }
.close { border: 0; background: none; font-size: 18px; cursor: pointer; color: #5f6368; }
.message { margin: 6px 0 2px; font-weight: 500; }
.why { margin: 0 0 8px; color: #5f6368; font-size: 13px; }
.because { margin: 0 0 8px; color: #5f6368; font-size: 12px; font-style: italic; }
.suggestions { display: grid; gap: 6px; }
.suggestion { display: grid; text-align: start; gap: 2px; padding: 6px 8px; cursor: pointer; font: inherit;
  background: #f1f4f9; border: 1px solid #d3e3fd; border-radius: 6px; color: inherit; }
.suggestion:focus-visible, .suggestion:hover, .dismiss:focus-visible { outline: 2px solid #0b57d0; }
.suggestion .label { font-size: 12px; color: #0b57d0; }
.dismiss { margin-top: 8px; border: 0; background: none; color: #5f6368; cursor: pointer; font: inherit; padding: 2px 0; }
.notice { position: fixed; bottom: 16px; inset-inline-start: 16px; max-width: 420px; pointer-events: none;
  background: #1f1f1f; color: #fff; border-radius: 6px; padding: 8px 12px; font: 13px/1.4 system-ui, sans-serif; }
.notice:empty { display: none; }
.notice .action { pointer-events: auto; margin-inline-start: 10px; font: inherit; cursor: pointer; color: #1f1f1f;
  background: #fff; border: 0; border-radius: 4px; padding: 2px 8px; }
`;

export class CoachUi {
  readonly host: HTMLElement;
  /** Where textarea mirrors live: in our shadow root, never in the page's layout. */
  readonly mirrors: HTMLElement;
  private readonly layer: HTMLElement;
  private readonly notice: HTMLElement;
  private card: Card | null = null;
  /** Who opened the card (an editor session id): one editor cannot close another's card. */
  private cardOwner: string | null = null;
  private anchor: (() => DOMRect) | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly doc: Document) {
    this.host = doc.createElement(COACH_TAG);
    // Inline and important: page styles for unknown elements must not move or hide us.
    for (const [property, value] of [
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['z-index', '2147483647'],
      ['display', 'block'],
    ] as const) {
      this.host.style.setProperty(property, value, 'important');
    }
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    this.mirrors = doc.createElement('div');
    this.mirrors.className = 'mirrors';
    this.notice = doc.createElement('div');
    this.notice.className = 'notice';
    this.notice.setAttribute('role', 'status');
    this.notice.setAttribute('aria-live', 'polite');
    shadow.append(style, this.layer, this.mirrors, this.notice);
    doc.documentElement.append(this.host);
  }

  get shadow(): ShadowRoot {
    return this.host.shadowRoot!;
  }

  /**
   * Replaces the boxes drawn for one editor (boxes of other editors stay). Boxes that are
   * already where they should be are left alone, so a keystroke that moves no underline
   * changes nothing on the page.
   */
  drawBoxes(owner: string, boxes: readonly Box[]): void {
    const drawn = [...this.layer.querySelectorAll<HTMLDivElement>(`[data-owner="${owner}"]`)];
    boxes.forEach((box, index) => {
      const className = `box ${box.category}`;
      const cssText = `left: ${box.left}px; top: ${box.top}px; width: ${box.width}px; height: ${box.height}px;`;
      let div = drawn[index];
      if (!div) {
        div = this.doc.createElement('div');
        div.dataset.owner = owner;
        this.layer.append(div);
      }
      if (div.className !== className) div.className = className;
      if (div.style.cssText !== cssText) div.style.cssText = cssText;
    });
    for (const extra of drawn.slice(boxes.length)) extra.remove();
  }

  isCardOpen(owner: string): boolean {
    return this.card !== null && this.cardOwner === owner;
  }

  /**
   * Shows the card under (or above) the flagged words; `focus` when opened from the keyboard.
   * `anchor` gives the words' rectangle now: the card follows them when the page scrolls.
   */
  showCard(owner: string, finding: Finding, anchor: () => DOMRect, actions: CardActions, focus: boolean): void {
    this.hideCard(this.cardOwner ?? owner);
    this.card = buildCard(this.doc, finding, actions);
    this.cardOwner = owner;
    this.anchor = anchor;
    this.shadow.append(this.card.dialog);
    this.placeCard();
    if (focus) {
      // The card itself takes focus: ArrowDown reaches the first suggestion, Esc goes back.
      this.card.dialog.tabIndex = -1;
      this.card.dialog.focus();
    }
  }

  /**
   * A key meant for the card that reached the editor instead: some editors (Lexical) take
   * focus back when they re-render their selection. The card takes focus again and the key.
   */
  pressInCard(owner: string, key: string): boolean {
    if (!this.card || this.cardOwner !== owner) return false;
    if (!this.shadow.activeElement) this.card.takeFocus();
    return this.card.press(key);
  }

  /** Puts the card next to its words again (after a scroll or a resize). */
  placeCard(): void {
    if (!this.card || !this.anchor) return;
    const dialog = this.card.dialog;
    const anchor = this.anchor();
    const view = this.doc.defaultView!;
    const width = dialog.offsetWidth;
    const height = dialog.offsetHeight;
    const rtl = dialog.dir === 'rtl';
    let left = rtl ? anchor.right - width : anchor.left;
    left = Math.max(8, Math.min(left, view.innerWidth - width - 8));
    let top = anchor.bottom + 6;
    if (top + height > view.innerHeight - 8 && anchor.top - height - 6 > 8) top = anchor.top - height - 6;
    dialog.style.left = `${left}px`;
    dialog.style.top = `${top}px`;
  }

  hideCard(owner: string): void {
    if (this.cardOwner !== owner) return;
    this.card?.dialog.remove();
    this.card = null;
    this.cardOwner = null;
    this.anchor = null;
  }

  /** True when an event happened inside our UI (the card). */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  /** A short message for the agent (an apply that did not go through). */
  say(message: string): void {
    this.notice.textContent = message;
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => (this.notice.textContent = ''), 8000);
  }

  /** A message that stays, with one button (the coach cut off from the extension: reload). */
  offer(message: string, label: string, action: () => void): void {
    clearTimeout(this.noticeTimer);
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.className = 'action';
    button.textContent = label;
    button.addEventListener('click', action);
    this.notice.replaceChildren(this.doc.createTextNode(message), button);
  }

  destroy(): void {
    clearTimeout(this.noticeTimer);
    this.host.remove();
  }
}
