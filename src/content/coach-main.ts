// The coach of one frame: watches its document (and the same-origin frames it can reach),
// runs one EditorSession per reply box, routes clicks to underlines, and answers the
// background and the popup. Injected only once an editor is in use (see loader-watch.ts).
import { atReplyStart } from '../core/fit-text';
import type { CoachingState, CustomerMessage, EditOutcome, Message } from '../shared/protocol';
import { readCustomerMessage } from './adapters/customer-message';
import { COACH_TAG, CoachUi } from './coach-ui';
import { discover } from './discovery';
import { editorRootOf, hasSameOriginParent, ineligibility } from './eligibility';
import { EditorSession, type CardPlace, type SessionHost } from './editor-session';
import { HighlightPainter, canHighlight } from './highlight-painter';
import { decideCoaching, pageSignalsOf } from './loader-decision';
import type { Port } from './port';

/** What the coach keeps per document it watches. */
interface WatchedDocument {
  doc: Document;
  lifetime: AbortController;
  /** Created with the document's first session: a document without editors gets no UI. */
  ui: CoachUi | null;
  painter: HighlightPainter | null;
}

const RUNNING = Symbol.for('reframe.coach');
/** How long the customer's message read from the page is taken as still current. */
const CUSTOMER_READ_MS = 1000;
/** While typing changes only the text, the popup's copy of it is refreshed this often. */
const REPORT_TEXT_MS = 400;

export class Coach {
  private readonly documents = new Map<Document, WatchedDocument>();
  private readonly sessions = new Map<HTMLElement, EditorSession>();
  private active: EditorSession | null = null;
  private chosenCustomer: CustomerMessage | null = null;
  private pageCustomer: { at: number; message: CustomerMessage | null } | null = null;
  private paused = false;
  /** What the popup was last told (findings, structure, customer), and a pending update of the text alone. */
  private reported: { session: EditorSession; gist: string } | null = null;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly port: Port,
    private readonly win: Window,
  ) {}

  start(): () => void {
    const stopListening = this.port.listen((message) => this.answer(message));
    this.watch(this.win.document);
    return () => {
      stopListening();
      this.stopAll();
    };
  }

  // ---- documents and editors ----

  private watch(doc: Document): void {
    if (this.documents.has(doc)) return;
    const watched: WatchedDocument = { doc, lifetime: new AbortController(), ui: null, painter: null };
    this.documents.set(doc, watched);
    const signal = watched.lifetime.signal;
    discover(
      doc,
      {
        candidate: (element) => this.consider(element),
        frame: (frame) => this.watchFrame(frame),
        removed: () => this.prune(),
      },
      signal,
    );
    doc.addEventListener('click', (event) => this.clicked(watched, event), { capture: true, signal });
    doc.addEventListener('scroll', () => this.renderAll(doc), { capture: true, passive: true, signal });
    doc.defaultView?.addEventListener('resize', () => this.renderAll(doc), { passive: true, signal });
  }

  /** Reaches into a same-origin frame from here: frames written during load get no script of their own. */
  private watchFrame(frame: HTMLIFrameElement): void {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      return; // cross-origin: that frame has its own loader
    }
    if (!inner) return;
    const known = this.documents.get(inner);
    if (known) {
      // document.open() (a frame written after we looked) wipes listeners and our UI: start over.
      if (known.ui && !known.ui.host.isConnected) this.unwatch(known);
      else return;
    }
    this.watch(inner);
  }

  private unwatch(watched: WatchedDocument): void {
    for (const session of [...this.sessions.values()]) {
      if (session.root.ownerDocument === watched.doc) this.endSession(session);
    }
    watched.lifetime.abort();
    watched.ui?.destroy();
    this.documents.delete(watched.doc);
  }

  /**
   * The UI of a document, created on first use. A document that already has a <reframe-coach>
   * of another coach (the frame's own, or its parent's reaching in) is left to that coach.
   */
  private uiFor(watched: WatchedDocument): CoachUi | null {
    if (watched.ui) return watched.ui;
    if (watched.doc.querySelector(COACH_TAG) || !watched.doc.documentElement) return null;
    watched.ui = new CoachUi(watched.doc);
    const view = watched.doc.defaultView;
    watched.painter = view && canHighlight(view) ? new HighlightPainter(view) : null;
    return watched.ui;
  }

  private consider(element: Element): void {
    if (this.paused) return;
    const root = editorRootOf(element);
    if (!root || this.sessions.has(root) || ineligibility(root) !== null) return;
    const watched = this.documents.get(root.ownerDocument);
    if (!watched) return;
    const ui = this.uiFor(watched);
    if (!ui) return;
    const host: SessionHost = {
      port: this.port,
      ui,
      card: this.cardPlace(root.ownerDocument, ui),
      painter: watched.painter,
      customer: () => this.customer()?.text ?? null,
      activated: (session) => this.activate(session),
      analysed: (session) => {
        if (session === this.active || this.sessions.size === 1) this.report(session);
      },
    };
    const session = new EditorSession(root, host);
    this.sessions.set(root, session);
    if (hasFocus(root)) this.activate(session);
  }

  /**
   * The card of an editor shows in this coach's own (top) document: inside a small iframe it
   * would be clipped. Its anchor is moved out through the frames in between.
   */
  private cardPlace(doc: Document, fallback: CoachUi): CardPlace {
    const top = this.documents.get(this.win.document);
    const ui = (top && this.uiFor(top)) ?? fallback;
    const toTop = (rect: DOMRect): DOMRect => {
      let x = rect.left;
      let y = rect.top;
      for (let view: Window | null = doc.defaultView; view && view !== ui.doc.defaultView && view.frameElement; view = view.parent) {
        const frame = view.frameElement;
        const box = frame.getBoundingClientRect();
        x += box.left + frame.clientLeft;
        y += box.top + frame.clientTop;
      }
      return new DOMRect(x, y, rect.width, rect.height);
    };
    return {
      show: (owner, finding, anchor, actions, focus) => ui.showCard(owner, finding, () => toTop(anchor()), actions, focus),
      hide: (owner) => ui.hideCard(owner),
      press: (owner, key) => ui.pressInCard(owner, key),
      isOpen: (owner) => ui.isCardOpen(owner),
      say: (message) => ui.say(message),
      offerReload: (message, label) => ui.offer(message, label, () => this.win.location.reload()),
    };
  }

  private prune(): void {
    for (const session of [...this.sessions.values()]) {
      if (!session.root.isConnected) this.endSession(session);
    }
  }

  private endSession(session: EditorSession): void {
    session.destroy();
    this.sessions.delete(session.root);
    if (this.active === session) {
      this.active = null;
      clearTimeout(this.reportTimer);
      void this.port.send({ type: 'coaching.update', state: null }).catch(() => undefined);
    }
  }

  private stopAll(): void {
    clearTimeout(this.reportTimer);
    for (const watched of [...this.documents.values()]) this.unwatch(watched);
    this.active = null;
  }

  /** After a scroll or resize: underline boxes and the open card follow their words. */
  private renderAll(doc: Document): void {
    for (const session of this.sessions.values()) {
      if (session.root.ownerDocument === doc) session.requestRender();
    }
    this.documents.get(this.win.document)?.ui?.placeCard();
  }

  // ---- the agent's actions ----

  /** A click on an underline opens its card; a click elsewhere closes an open card. */
  private clicked(watched: WatchedDocument, event: MouseEvent): void {
    if (watched.ui?.contains(event)) return;
    for (const session of this.sessions.values()) {
      if (session.root.ownerDocument !== watched.doc) continue;
      const finding = session.findingAtPoint(event.clientX, event.clientY);
      if (finding) {
        session.openCard(finding, false);
        return;
      }
    }
    for (const session of this.sessions.values()) if (session.cardOpen) session.closeCard(false);
  }

  private activate(session: EditorSession): void {
    if (this.active === session) return;
    this.active = session;
    if (session.report) this.report(session);
  }

  /** The customer's message, read from the page at most once a second (it is sent with every analysis while the agent types). */
  private customer(): CustomerMessage | null {
    if (this.chosenCustomer) return this.chosenCustomer;
    const now = Date.now();
    if (!this.pageCustomer || now - this.pageCustomer.at > CUSTOMER_READ_MS) this.pageCustomer = { at: now, message: readCustomerMessage(this.win.document) };
    return this.pageCustomer.message;
  }

  /**
   * Tells the background (and through it the popup) about the active editor's coaching: at
   * once when what the popup shows changed (the findings, the structure, the customer's
   * message), else, while the agent types on, the newer text at most every REPORT_TEXT_MS.
   */
  private report(session: EditorSession): void {
    if (!session.report) {
      // A reply that could not be analysed has no coaching: the popup must not show an older one.
      if (session.notAnalysed) void this.port.send({ type: 'coaching.update', state: null }).catch(() => undefined);
      return;
    }
    const findings = session.visibleFindings();
    const customer = this.customer();
    const gist = JSON.stringify([findings.map((finding) => [finding.ruleId, finding.text]), session.report.structure, session.report.lang, customer]);
    clearTimeout(this.reportTimer);
    const send = () => {
      this.reportTimer = undefined;
      if (!session.report || this.sessions.get(session.root) !== session) return;
      this.reported = { session, gist };
      const state: CoachingState = {
        text: session.read(),
        report: { ...session.report, findings: session.visibleFindings() },
        customer,
        url: this.win.location.href,
      };
      void this.port.send({ type: 'coaching.update', state }).catch(() => undefined);
    };
    if (this.reported?.session === session && this.reported.gist === gist) this.reportTimer = setTimeout(send, REPORT_TEXT_MS);
    else send();
  }

  // ---- messages from the background and the popup ----

  private answer(message: Message): Promise<unknown> | undefined {
    switch (message.type) {
      case 'settings.changed':
        return this.recheck();
      case 'coaching.jump':
        return this.active ? Promise.resolve({ ok: this.active.jumpTo(message.findingIndex) }) : undefined;
      case 'coaching.apply': {
        const finding = this.active?.visibleFindings()[message.findingIndex];
        if (!this.active || !finding) return this.active ? Promise.resolve(noSuchFinding) : undefined;
        return this.active.apply(finding, message.suggestionIndex);
      }
      case 'coaching.insert':
        return this.active ? this.insert(this.active, message.text) : undefined;
      case 'customer.set':
        this.chooseCustomer(message.text);
        return Promise.resolve({ ok: true });
      case 'customer.use-selection':
        return Promise.resolve(this.useSelection());
      default:
        return undefined;
    }
  }

  /** Inserts text (the reflection line) where the popup's button says: at the start of the reply, after its greeting. */
  private insert(session: EditorSession, text: string): Promise<EditOutcome> {
    const edit = atReplyStart(session.read(), text);
    return session.replace(edit.start, edit.end, '', edit.text);
  }

  private chooseCustomer(text: string): void {
    this.chosenCustomer = { text: text.trim(), source: 'selection' };
    for (const session of this.sessions.values()) session.reanalyse();
  }

  private useSelection(): { ok: true; text: string } | { ok: false; error: string } {
    const text = this.win.getSelection()?.toString().trim() ?? '';
    if (!text) return { ok: false, error: "Select the customer's message on the page first, then try again." };
    this.chooseCustomer(text);
    return { ok: true, text };
  }

  /** Settings, snooze or policy changed: pause, resume, or analyse again under the new policy. */
  private async recheck(): Promise<void> {
    const signals = pageSignalsOf(this.win);
    const status = await this.port.send({ type: 'site.status', url: this.win.location.href }).catch(() => null);
    const decision = decideCoaching({ ...signals, host: status?.host ?? signals.host }, status, Date.now());
    if (!decision.wanted) {
      this.paused = true;
      for (const session of [...this.sessions.values()]) this.endSession(session);
      if (decision.retryAt !== undefined) setTimeout(() => void this.recheck(), decision.retryAt - Date.now());
      return;
    }
    if (this.paused) {
      this.paused = false;
      this.stopAll();
      this.watch(this.win.document);
      return;
    }
    for (const session of this.sessions.values()) session.reanalyse();
  }
}

const noSuchFinding: EditOutcome = { ok: false, copied: false, error: 'That finding is no longer in the reply.' };

/** Starts the coach once per frame (the background may inject it again after a reload of the extension). */
export function startCoach(port: Port, win: Window): void {
  const scope = win as unknown as Record<symbol, boolean>;
  if (scope[RUNNING] || hasSameOriginParent(win)) return;
  scope[RUNNING] = true;
  new Coach(port, win).start();
}

/**
 * The editor has the keyboard focus now. Seen from its own tree (in a shadow root the document
 * only knows the host), and only in a focused document: an iframe's body is its document's
 * activeElement even while the agent types somewhere else.
 */
function hasFocus(root: HTMLElement): boolean {
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  return root.ownerDocument.hasFocus() && active !== null && (active === root || root.contains(active));
}
