// One watched reply box: reads its text, has it analysed (while the agent types: one analysis
// at a time, the next as soon as the last is done; stale results dropped), underlines the
// findings, opens the card, applies suggestions. Every listener hangs off one AbortController,
// so the session tears down completely.
import { TypingClock } from './typing-pause';
import { withNeighbour } from './insert-with-neighbour';
import { placeholderSpans } from '../core/placeholders';
import { isCategory, type Finding, type FindingKind, type Report } from '../core/types';
import type { EditOutcome } from '../shared/protocol';
import { ApplyGuard, type ApplyTransaction, type Interruption } from './apply-guard';
import { applyEdit, interrupted, noLongerThere } from './apply-ladder';
import { isCardKey, isCoachShortcut } from './card-keys';
import type { CardActions } from './card';
import type { Box, CoachUi } from './coach-ui';
import { domEditTarget } from './dom-edit-target';
import { editMethods, editOptions, editorKind, undoStepGapMs, type EditorKind } from './editor-kind';
import type { HighlightPainter } from './highlight-painter';
import { lostExtension, PageNotices, type NoticePlace, type Unanalysed } from './page-notices';
import type { Port } from './port';
import { remapFindings, remapSpan } from './remap-findings';
import { MAX_TEXT } from './reply-limit';
import { selectText, selectionOf } from './select-text';
import { TextareaMirror } from './textarea-mirror';
import { buildTextModel, offsetAt, rangeAt, type TextModel } from './text-model';

/**
 * A reply longer than this is analysed in two steps: first the paragraphs around what changed
 * (or around the caret), about WINDOW_CHARS of them, whose underlines show at once; then the
 * whole reply, for the reply-level checks and the count. The analysis runs in the background,
 * never on the page's main thread.
 */
export const LONG_TEXT = 20_000;
const WINDOW_CHARS = 6_000;
/** While the agent types on in a long reply, the whole of it is analysed after this much quiet, or at least this often. */
const LONG_QUIET_MS = 400;
const LONG_WHOLE_EVERY_MS = 2_000;
/** The DOM contract: the number of findings underlined now, set after every analysis; absent when the reply was not analysed. */
const COUNT_ATTRIBUTE = 'data-reframe-findings';
/** Why the reply was not analysed (too-long, disconnected, failed), while it was not. */
const UNANALYSED_ATTRIBUTE = 'data-reframe-unanalysed';
/**
 * How long an edit waits for the rest of the same keystroke (an editor's several DOM changes)
 * before it is analysed. It is never restarted by the next key: while the agent types, an
 * analysis starts this long after the first edit it has not seen, or, when one is in flight,
 * as soon as that one is done. A typist at 35 ms a key gets fresh underlines every key or two.
 */
export const ANALYSIS_SETTLE_MS = 16;

/** Where the card and the agent's notices show (see Coach: the top document it can reach). */
export interface CardPlace extends NoticePlace {
  /** `anchor` gives a rectangle in the editor's own viewport; the place translates it. `owner`: the session id. */
  show(owner: string, finding: Finding, anchor: () => DOMRect, actions: CardActions, focus: boolean): void;
  /** Hides the card if `owner` opened it. */
  hide(owner: string): void;
  /** Hands a key to the card `owner` opened; false when it is not the card's key. */
  press(owner: string, key: string): boolean;
  isOpen(owner: string): boolean;
  say(message: string): void;
}

export interface SessionHost {
  port: Port;
  /** The UI of the editor's own document: underline boxes and textarea mirrors. */
  ui: CoachUi;
  card: CardPlace;
  /** Null where the browser has no highlight API: boxes are drawn instead. */
  painter: HighlightPainter | null;
  /** The customer's last message, if known, for reflections and mood. */
  customer(): string | null;
  /** The agent is working in this editor now (focus, a card opened). */
  activated(session: EditorSession): void;
  /** An analysis of this editor was rendered. */
  analysed(session: EditorSession): void;
  /** How long after the agent's last edit an apply waits, so it is an undo step of its own; by default the editor's (undoStepGapMs). */
  undoStepGapMs?: number;
}

let nextId = 1;

/** The card this session opened, kept on its words while the text changes under it. */
interface ShownCard {
  finding: Finding;
  /** The text the finding's offsets refer to: the card's buttons apply to that version. */
  builtFor: string;
  fromKeyboard: boolean;
}

/** How many times the placeholder is selected again when the editor put its own caret back. */
const PLACEHOLDER_SELECT_TRIES = 3;

export class EditorSession {
  readonly id = `e${nextId++}`;
  readonly kind: EditorKind;
  /** The last report, for the popup (its findings are the ones underlined now). */
  report: Report | null = null;
  private readonly lifetime = new AbortController();
  private readonly mirror: TextareaMirror | null;
  private readonly changes: MutationObserver | null;
  /** At most one apply in flight; the agent acting ends it. */
  private readonly applies: ApplyGuard;
  private readonly typing: TypingClock;
  /** The text of the last analysis rendered (null: analyse whatever the text is). */
  private analysedText: string | null = null;
  /** The text the whole reply was last analysed as (a long reply's next change is found against it). */
  private lastAnalysed = '';
  /** The text the last part of a long reply was analysed in (the next change is found against it). */
  private lastSeen = '';
  private lastEditAt = 0;
  private lastWholeAt = 0;
  private wholeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The text the findings' offsets refer to (the analysed text, remapped across edits since). */
  private findingsText = '';
  private findings: Finding[] = [];
  private readonly dismissed = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private againAfterFlight = false;
  private composing = false;
  private renderQueued = false;
  /** The findings count last published on the editor (null: not analysed). */
  private count: number | null = null;
  private unanalysed: Unanalysed | null = null;
  private readonly notices: PageNotices;
  /** What the underline boxes last drawn depend on (a textarea): unchanged, they are not measured again. */
  private drawnFor: string | null = null;
  /** The highlights last painted (a contenteditable): the findings they are for and their live ranges. */
  private painted: { key: string; ranges: { range: Range; words: string }[] } | null = null;
  private shownCard: ShownCard | null = null;
  /** Where the caret was when the card opened from the keyboard, to give it back on Esc. */
  private savedCaret: { start: number; end: number } | null = null;

  constructor(
    readonly root: HTMLElement,
    private readonly host: SessionHost,
  ) {
    this.kind = editorKind(root);
    const signal = this.lifetime.signal;
    const win = root.ownerDocument.defaultView!;
    this.applies = new ApplyGuard(root);
    this.typing = new TypingClock(root, signal);
    this.notices = new PageNotices(host.card);
    this.mirror = this.kind === 'textarea' ? new TextareaMirror(root as HTMLTextAreaElement, host.ui.mirrors) : null;
    if (host.painter && this.kind !== 'textarea') host.painter.styleFor(root);

    // Textareas report edits with input events; frameworks that render typing themselves
    // (CKEditor 5, Lexical) may fire none, so contenteditables are watched for mutations.
    if (this.kind === 'textarea') {
      this.changes = null;
      root.addEventListener('input', () => this.edited(), { signal });
    } else {
      this.changes = new win.MutationObserver((records) => {
        if (records.some((record) => record.type !== 'attributes')) this.edited();
        // CKEditor 5 drops attributes it does not know from its root when it re-renders it.
        else if (this.count !== null && !root.hasAttribute(COUNT_ATTRIBUTE)) this.publishCount(this.count);
        else if (this.unanalysed !== null && !root.hasAttribute(UNANALYSED_ATTRIBUTE)) this.publishUnanalysed(this.unanalysed);
      });
      this.changes.observe(root, {
        childList: true,
        characterData: true,
        subtree: true,
        attributes: true,
        attributeFilter: [COUNT_ATTRIBUTE, UNANALYSED_ATTRIBUTE],
      });
    }
    root.addEventListener('compositionstart', () => (this.composing = true), { signal });
    root.addEventListener(
      'compositionend',
      () => {
        this.composing = false;
        this.edited();
      },
      { signal },
    );
    root.addEventListener('focus', () => host.activated(this), { signal });
    // Capture phase on the window: our keys are handled before the editor's own handlers
    // (Lexical blurs on Esc), and stopped there when they are ours.
    win.addEventListener(
      'keydown',
      (event) => {
        if (event.composedPath().includes(root)) this.keydown(event);
      },
      { signal, capture: true },
    );
    root.addEventListener('scroll', () => this.requestRender(), { signal, passive: true });
    this.edited();
  }

  private keydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (isCoachShortcut(event)) {
      const finding = this.findingAtCaret();
      if (!finding) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      this.openCard(finding, true);
    } else if (this.shownCard?.fromKeyboard && this.cardOpen) {
      // The card was opened from the keyboard but the editor took focus back (Lexical does when
      // it re-renders its selection): the card's keys stay the card's and never reach the editor.
      if (!this.host.card.press(this.id, event.key) && !isCardKey(event.key)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    } else if (event.key === 'Escape' && this.cardOpen) {
      // The card opened by a click, the caret is still in the editor: Esc closes the card, leaves
      // the caret alone, and must not reach the page (Gmail would close the compose).
      event.preventDefault();
      event.stopImmediatePropagation();
      this.closeCard(false);
    }
  }

  /** The reply text now (quoted history and signature left out). */
  read(): string {
    return this.kind === 'textarea' ? (this.root as HTMLTextAreaElement).value : buildTextModel(this.root).text;
  }

  /** The findings underlined now, in text order. */
  visibleFindings(): Finding[] {
    return this.findings.filter((finding) => !this.dismissed.has(this.dismissKey(finding)));
  }

  private dismissKey(finding: Finding): string {
    return `${finding.ruleId}\u0000${finding.text}`;
  }

  /** The text changed: keep underlines in place now, analyse it without waiting for a pause. */
  edited(): void {
    if (this.composing) return;
    this.lastEditAt = Date.now();
    this.requestRender();
    this.queueAnalysis();
  }

  /**
   * At most one analysis in flight: an edit during one is analysed as soon as it is done. An
   * edit otherwise waits ANALYSIS_SETTLE_MS; a pending wait is never pushed back by later edits.
   */
  private queueAnalysis(delay = ANALYSIS_SETTLE_MS): void {
    if (this.inFlight) {
      this.againAfterFlight = true;
      return;
    }
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.analyse();
    }, delay);
  }

  private async analyse(): Promise<void> {
    if (this.composing || this.lifetime.signal.aborted) return;
    if (this.inFlight) {
      this.againAfterFlight = true;
      return;
    }
    const text = this.read();
    // A re-render that left the text as it was (selection, formatting) needs no new analysis.
    if (text === this.analysedText) return;
    let report: Report | null = null;
    let unanalysed: Unanalysed | null = text.length > MAX_TEXT ? 'too-long' : null;
    if (!unanalysed && text.trim() !== '') {
      this.inFlight = true;
      if (text.length > LONG_TEXT) {
        await this.analyseAroundChange(text);
        // The agent types on: the whole reply waits for a pause (or its turn), the part around
        // the edits keeps up meanwhile.
        const now = Date.now();
        if (now - this.lastEditAt < LONG_QUIET_MS && now - this.lastWholeAt < LONG_WHOLE_EVERY_MS) {
          this.inFlight = false;
          clearTimeout(this.wholeTimer);
          this.wholeTimer = setTimeout(() => void this.analyse(), LONG_QUIET_MS);
          if (this.againAfterFlight) {
            this.againAfterFlight = false;
            this.queueAnalysis(0);
          }
          return;
        }
        this.lastWholeAt = now;
      }
      const answer = await this.host.port
        .send({ type: 'analyze', text, customer: this.host.customer() })
        .catch((error: unknown) => ({ ok: false as const, error: String(error) }));
      this.inFlight = false;
      if (!answer.ok) {
        console.warn('Reframe: analysis failed:', answer.error);
        unanalysed = lostExtension(this.host.port.connected?.(), answer.error) ? 'disconnected' : 'failed';
      } else report = answer.report;
      if (this.againAfterFlight) {
        this.againAfterFlight = false;
        // Those edits have had the whole flight to settle.
        this.queueAnalysis(0);
      }
    }
    // Newest wins: a result for text that has changed since is dropped; its successor is on the
    // way. (Compared by text, not by edit count: editors that re-render without changing the
    // text must not starve the underlines.)
    if (this.lifetime.signal.aborted || this.read() !== text) return;
    this.report = report;
    this.keepCardOn(text, report?.findings ?? []);
    this.analysedText = text;
    this.lastAnalysed = text;
    this.lastSeen = text;
    this.findingsText = text;
    this.findings = report ? [...report.findings].sort((a, b) => a.start - b.start) : [];
    this.render();
    this.notices.update(text, unanalysed, report);
    if (unanalysed) {
      this.publishUnanalysed(unanalysed);
      this.root.dispatchEvent(new CustomEvent('reframe:unanalysed', { detail: unanalysed }));
    } else {
      const count = this.visibleFindings().length;
      this.publishCount(count);
      this.root.dispatchEvent(new CustomEvent('reframe:rendered', { detail: count }));
    }
    this.host.analysed(this);
  }

  /**
   * A long reply: the paragraphs around the first change since the findings shown (else around
   * the caret) are analysed first and their underlines drawn; the findings elsewhere stay as
   * they were, moved with the edits. The count and reframe:rendered wait for the whole reply.
   */
  private async analyseAroundChange(text: string): Promise<void> {
    const known = this.lastSeen || this.lastAnalysed;
    const changed = commonPrefix(known, text);
    if (changed === text.length && known.length === text.length) return;
    const focus = known === '' ? (this.caret()?.start ?? 0) : changed;
    const window = paragraphsAround(text, focus, WINDOW_CHARS);
    const answer = await this.host.port
      .send({ type: 'analyze', text: text.slice(window.start, window.end), customer: this.host.customer() })
      .catch(() => null);
    if (!answer?.ok || this.lifetime.signal.aborted || this.read() !== text) return;
    if (text !== this.findingsText) this.render(); // moves the findings shown onto this text first
    if (text !== this.findingsText) return;
    this.lastSeen = text;
    const outside = this.findings.filter((finding) => finding.end <= window.start || finding.start >= window.end);
    const inside = answer.report.findings.map((finding) => shifted(finding, window.start));
    this.findings = [...outside, ...inside].sort((a, b) => a.start - b.start);
    this.render();
    this.root.dispatchEvent(new CustomEvent('reframe:rendered-part', { detail: this.visibleFindings().length }));
  }

  private publishCount(count: number): void {
    this.count = count;
    this.unanalysed = null;
    this.root.removeAttribute(UNANALYSED_ATTRIBUTE);
    // Written only when it changes: an attribute write restyles the editor, once per keystroke.
    if (this.root.getAttribute(COUNT_ATTRIBUTE) !== String(count)) this.root.setAttribute(COUNT_ATTRIBUTE, String(count));
  }

  /** Why the reply now is not analysed (too long, no extension, a failure), or null. */
  get notAnalysed(): Unanalysed | null {
    return this.unanalysed;
  }

  /** Not analysed: no count at all (a "0" would say the reply is fine), and why. */
  private publishUnanalysed(reason: Unanalysed): void {
    this.count = null;
    this.unanalysed = reason;
    this.root.removeAttribute(COUNT_ATTRIBUTE);
    this.root.setAttribute(UNANALYSED_ATTRIBUTE, reason);
  }

  /** Analyse again even if the text did not change (the policy or the customer's message did). */
  reanalyse(): void {
    this.analysedText = null;
    this.edited();
  }

  requestRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    this.root.ownerDocument.defaultView!.requestAnimationFrame(() => {
      this.renderQueued = false;
      this.render(true);
    });
  }

  /** Draws the underlines for the current text: all reads first, then the writes. `inFrame`: in an animation frame (the page's layout may be read). */
  private render(inFrame = false): void {
    if (this.composing || this.lifetime.signal.aborted) return;
    // A contenteditable's text model is built once per render, for its text and its ranges.
    const model = this.kind === 'textarea' ? null : buildTextModel(this.root);
    const text = model ? model.text : this.read();
    if (text !== this.findingsText) {
      const kept = remapFindings(this.findingsText, text, this.findings);
      this.keepCardOn(text, kept);
      // Findings the edit touched are gone until the next analysis, which must not be skipped
      // even if the text comes back to what was analysed (an editor re-rendering, an undo).
      if (kept.length < this.findings.length) this.analysedText = null;
      this.findings = kept;
      this.findingsText = text;
    }
    const findings = this.visibleFindings();
    if (this.host.painter && model) {
      // Ranges follow the editor's edits by themselves: while every painted one still holds
      // its finding's words, the highlights stand as they are (no repaint per keystroke).
      const key = findings.map((finding) => `${finding.start}-${finding.end}-${finding.category}`).join(',');
      const painted = this.painted;
      if (painted?.key === key && painted.ranges.every(({ range, words }) => range.toString() === words)) return;
      const byCategory = new Map<FindingKind, Range[]>();
      const ranges: { range: Range; words: string }[] = [];
      for (const finding of findings) {
        const range = rangeAt(model, finding.start, finding.end);
        if (!range) continue;
        byCategory.set(finding.category, [...(byCategory.get(finding.category) ?? []), range]);
        ranges.push({ range, words: text.slice(finding.start, finding.end) });
      }
      this.painted = { key, ranges };
      this.host.painter.paint(this.id, byCategory);
      return;
    }
    let drawn = findings;
    if (this.mirror) {
      // A long reply: only the underlines near what the field shows are measured and drawn.
      if (text.length > LONG_TEXT) drawn = findings.filter(nearShown(this.root as HTMLTextAreaElement, text.length));
      // A keystroke after the last underline (the usual case: typing on at the end) moves none.
      const end = Math.max(0, ...drawn.map((finding) => finding.end));
      const key = `${drawn.map((finding) => `${finding.start}-${finding.end}-${finding.category}`).join(',')}\u0000${this.mirror.layoutKey(end, inFrame)}`;
      if (key === this.drawnFor) return;
      this.drawnFor = key;
    }
    const boxes: Box[] = drawn.flatMap((finding) =>
      this.rectsOf(finding, model).map((rect) => ({
        left: rect.left,
        top: rect.top,
        width: rect.width,
        height: rect.height,
        category: finding.category,
      })),
    );
    this.host.ui.drawBoxes(this.id, boxes);
  }

  /** Viewport rectangles of a finding's words (`model`: the reply's text model, when already built). */
  private rectsOf(finding: Finding, model: TextModel | null = null): DOMRect[] {
    if (this.mirror) return this.mirror.rects(finding.start, finding.end);
    const range = rangeAt(model ?? buildTextModel(this.root), finding.start, finding.end);
    if (!range) return [];
    const box = this.root.getBoundingClientRect();
    return [...range.getClientRects()].filter((rect) => rect.bottom > box.top && rect.top < box.bottom);
  }

  /** The finding under a point (a click), with a little room for the underline below the text. */
  findingAtPoint(x: number, y: number): Finding | null {
    const model = this.mirror ? null : buildTextModel(this.root);
    return (
      this.visibleFindings().find((finding) =>
        this.rectsOf(finding, model).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 3),
      ) ?? null
    );
  }

  /** The caret (or selection) as offsets into the text, or null when it is not in the reply. */
  private caret(): { start: number; end: number } | null {
    if (this.kind === 'textarea') {
      const field = this.root as HTMLTextAreaElement;
      return { start: field.selectionStart, end: field.selectionEnd };
    }
    const selection = selectionOf(this.root);
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const model = buildTextModel(this.root);
    const start = offsetAt(model, { node: range.startContainer, offset: range.startOffset });
    const end = offsetAt(model, { node: range.endContainer, offset: range.endOffset });
    return start === null || end === null ? null : { start, end };
  }

  /** The finding at the caret, else the one nearest to it. */
  findingAtCaret(): Finding | null {
    const caret = this.caret();
    const findings = this.visibleFindings();
    if (!caret || findings.length === 0) return findings[0] ?? null;
    const distance = (finding: Finding) =>
      caret.start < finding.start ? finding.start - caret.start : Math.max(0, caret.start - finding.end);
    return findings.reduce((best, finding) => (distance(finding) < distance(best) ? finding : best));
  }

  /** Opens the card; from the keyboard it takes focus, and Esc gives the caret back. */
  openCard(finding: Finding, fromKeyboard: boolean): void {
    const shown: ShownCard = { finding, builtFor: this.findingsText, fromKeyboard };
    this.shownCard = shown;
    const anchor = () => this.rectsOf(shown.finding)[0] ?? this.root.getBoundingClientRect();
    this.savedCaret = fromKeyboard ? this.caret() : null;
    this.host.activated(this);
    this.host.card.show(
      this.id,
      finding,
      anchor,
      {
        apply: (index) => void this.apply(shown.finding, index, shown.builtFor),
        dismiss: () => this.dismiss(shown.finding),
        close: () => this.closeCard(true),
      },
      fromKeyboard,
    );
  }

  /**
   * The text became `text` and `flagged` are its findings: the open card follows its words (an
   * analysis or a re-render never turns it into another card), or closes when they are gone or
   * no longer flagged. A keyboard card then gives the editor its focus back, so the agent's next
   * keys are the editor's again and nothing is applied.
   */
  private keepCardOn(text: string, flagged: readonly Finding[]): void {
    const shown = this.shownCard;
    if (!shown) return;
    if (!this.cardOpen) {
      this.shownCard = null;
      return;
    }
    const moved = remapFindings(shown.builtFor, text, [shown.finding])[0];
    const same = (finding: Finding) => moved && finding.ruleId === moved.ruleId && finding.start === moved.start && finding.end === moved.end;
    // A suggestion the edit touched is dropped by the remap: the card's buttons would then point
    // at the wrong suggestions, so the card closes.
    if (moved && moved.suggestions.length === shown.finding.suggestions.length && flagged.some(same)) {
      // The caret Esc gives back moves with the text too (null when the edit touched it).
      this.savedCaret = this.savedCaret && remapSpan(shown.builtFor, text, this.savedCaret);
      shown.finding = moved;
      shown.builtFor = text;
      return;
    }
    // The agent's own edit took the words: the editor keeps the caret the agent has now.
    this.savedCaret = null;
    this.closeCard(shown.fromKeyboard);
  }

  get cardOpen(): boolean {
    return this.host.card.isOpen(this.id);
  }

  closeCard(returnFocus: boolean): void {
    this.shownCard = null;
    this.host.card.hide(this.id);
    if (returnFocus) this.restoreCaret();
  }

  private restoreCaret(): void {
    const caret = this.savedCaret;
    this.savedCaret = null;
    if (caret) selectText(this.root, caret.start, caret.end);
    else this.root.focus({ preventScroll: true });
  }

  private dismiss(finding: Finding): void {
    this.dismissed.add(this.dismissKey(finding));
    this.closeCard(true);
    this.render();
    this.publishCount(this.visibleFindings().length);
    if (isCategory(finding.category)) void this.host.port.send({ type: 'insight.record', event: 'dismissed', category: finding.category }).catch(() => undefined);
  }

  /**
   * Applies one suggestion of a finding through the editor's own input pipeline. `builtFor` is
   * the text the finding was found in: the agent may have typed since, so the suggestion is
   * moved across those edits, and refused when they touched its words.
   */
  async apply(finding: Finding, suggestionIndex: number, builtFor = this.findingsText): Promise<EditOutcome> {
    const suggestion = finding.suggestions[suggestionIndex];
    if (!suggestion) return { ok: false, copied: false, error: 'That suggestion no longer exists.' };
    this.host.card.hide(this.id);
    this.shownCard = null;
    this.savedCaret = null;
    const now = remapFindings(builtFor, this.read(), [{ ...finding, suggestions: [suggestion] }])[0]?.suggestions[0];
    if (!now) {
      const gone = noLongerThere(finding.text);
      this.host.card.say(gone.error);
      return gone;
    }
    const outcome = await this.replace(now.start, now.end, builtFor.slice(suggestion.start, suggestion.end), suggestion.text);
    if (outcome.ok && isCategory(finding.category)) {
      void this.host.port.send({ type: 'insight.record', event: 'applied', category: finding.category }).catch(() => undefined);
    }
    return outcome;
  }

  /**
   * Replaces [start, end) (expected to read `expected`) with `text`, verified; says what went
   * wrong. A newer apply or the agent's next action ends this one.
   */
  async replace(start: number, end: number, expected: string, text: string): Promise<EditOutcome> {
    const transaction = this.applies.begin(domEditTarget(this.root, editOptions(this.kind)));
    const paused = await this.typing.pause(this.host.undoStepGapMs ?? undoStepGapMs(this.kind), transaction.signal);
    const edit = withNeighbour(this.read(), { start, end, expected, replacement: text });
    const outcome = paused ? await applyEdit(transaction.target, edit, editMethods(this.kind), transaction.signal) : interrupted;
    // Still inside the transaction: once the agent acts, the placeholder is theirs to leave.
    if (outcome.ok) await this.selectFirstPlaceholder(start, text, transaction);
    // A newer apply speaks for itself; an older one stopped for it would only confuse.
    const superseded = transaction.signal.reason === ('superseded' satisfies Interruption);
    transaction.end();
    if (!outcome.ok && !superseded) this.host.card.say(outcome.error);
    this.edited();
    return outcome;
  }

  /**
   * After an insert that holds a placeholder ("by [day and time]"), select it: typing replaces it.
   * An editor that keeps its own selection may write its old caret back a moment later (CKEditor 5
   * re-renders its selection after it takes the focus), so the selection is checked and set again.
   */
  private async selectFirstPlaceholder(from: number, inserted: string, { target, signal }: ApplyTransaction): Promise<void> {
    if (placeholderSpans(inserted).length === 0) return;
    const placeholder = placeholderSpans(this.read()).find((span) => span.start >= from);
    if (!placeholder) return;
    for (let tries = 0; tries < PLACEHOLDER_SELECT_TRIES && !signal.aborted; tries += 1) {
      selectText(this.root, placeholder.start, placeholder.end);
      // Such editors take a new selection on selectionchange, which the browser fires a task later.
      this.root.ownerDocument.dispatchEvent(new Event('selectionchange'));
      await target.settle();
      await target.settle();
      const caret = this.caret();
      if (caret?.start === placeholder.start && caret.end === placeholder.end) return;
    }
  }


  /** Scrolls to a finding, selects it and opens its card (the popup's "jump"). */
  jumpTo(index: number): boolean {
    const finding = this.visibleFindings()[index];
    if (!finding) return false;
    this.root.scrollIntoView({ block: 'nearest' });
    selectText(this.root, finding.start, finding.end);
    this.openCard(finding, false);
    return true;
  }

  destroy(): void {
    this.lifetime.abort();
    clearTimeout(this.timer);
    clearTimeout(this.wholeTimer);
    this.changes?.disconnect();
    this.mirror?.destroy();
    this.host.painter?.clear(this.id);
    this.host.ui.drawBoxes(this.id, []);
    this.host.card.hide(this.id);
    this.root.removeAttribute(COUNT_ATTRIBUTE);
    this.root.removeAttribute(UNANALYSED_ATTRIBUTE);
  }
}

/**
 * Whether a finding lies near what a long field shows: within a few thousand characters of the
 * caret, or of where the scroll position puts the first line shown (as if lines were even).
 */
function nearShown(field: HTMLTextAreaElement, length: number): (finding: Finding) => boolean {
  const margin = WINDOW_CHARS;
  const caret = field.selectionStart;
  const top = field.scrollHeight > 0 ? Math.floor((field.scrollTop / field.scrollHeight) * length) : 0;
  const shown = Math.ceil((field.clientHeight / Math.max(1, field.scrollHeight)) * length);
  return (finding) =>
    (finding.end >= caret - margin && finding.start <= caret + margin) || (finding.end >= top - margin && finding.start <= top + shown + margin);
}

/** The paragraphs (lines) around `at`, about `size` characters of them, as offsets into `text`. */
function paragraphsAround(text: string, at: number, size: number): { start: number; end: number } {
  const from = Math.max(0, at - size / 2);
  const to = Math.min(text.length, at + size / 2);
  let start = from === 0 ? 0 : text.lastIndexOf('\n', from) + 1;
  let end = to === text.length ? text.length : text.indexOf('\n', to);
  if (end < 0) end = text.length;
  // Without line breaks nearby, the window ends at sentences instead.
  if (from - start > size) start = Math.max(0, text.lastIndexOf('. ', from) + 2);
  if (end - to > size) end = Math.min(text.length, text.indexOf('. ', to) + 1 || text.length);
  return { start, end };
}

/** How many characters `a` and `b` share at their start (compared a block at a time, then by character). */
function commonPrefix(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let at = 0;
  for (const block of [65_536, 4_096, 256]) while (at + block <= shorter && a.slice(at, at + block) === b.slice(at, at + block)) at += block;
  while (at < shorter && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/**
 * A finding of a part of the text, moved to where that part starts in the whole. Its inserts go
 * (one "at the start of the reply" would land at the start of the part): the whole reply's
 * analysis, right after, brings them.
 */
function shifted(finding: Finding, by: number): Finding {
  return {
    ...finding,
    start: finding.start + by,
    end: finding.end + by,
    suggestions: finding.suggestions.filter((suggestion) => suggestion.kind === 'replace').map((suggestion) => ({ ...suggestion, start: suggestion.start + by, end: suggestion.end + by })),
  };
}
