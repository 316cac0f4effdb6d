// What the loader does on every page: ask whether coaching is wanted and, once an editor is
// in use, have the background inject the coach. Nothing else runs on a page until then.
import type { SiteStatus } from '../shared/protocol';
import { editorRootOf, hasSameOriginParent, ineligibility } from './eligibility';
import { decideCoaching, pageSignalsOf } from './loader-decision';
import type { Port } from './port';

/** True when the focused element is a reply box, or a same-origin frame that may hold one. */
function isEditorTarget(target: EventTarget | null): boolean {
  const element = target as Element | null;
  if (element?.tagName === 'IFRAME') {
    try {
      return (element as HTMLIFrameElement).contentDocument !== null;
    } catch {
      return false;
    }
  }
  const root = editorRootOf(target);
  return root !== null && ineligibility(root) === null;
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Runs until the coach is injected (or forever, cheaply, if coaching is not wanted: a
 * settings change or the end of a snooze re-checks). Returns a function that stops it.
 */
export function watchForCoaching(port: Port, win: Window): () => void {
  if (hasSameOriginParent(win)) return () => undefined;
  const lifetime = new AbortController();
  let editorWatch: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const inject = (): void => {
    lifetime.abort();
    port.send({ type: 'coach.inject' }).then(
      (result) => {
        if (!result.ok) console.warn('Reframe: could not start coaching here:', result.error);
      },
      (error: unknown) => console.warn('Reframe: could not start coaching here:', error),
    );
  };

  const waitForEditor = (): void => {
    if (editorWatch) return;
    editorWatch = new AbortController();
    if (isEditorTarget(deepActiveElement(win.document))) {
      inject();
      return;
    }
    win.document.addEventListener(
      'focusin',
      (event) => {
        if (isEditorTarget(event.composedPath()[0] ?? null)) inject();
      },
      { capture: true, signal: editorWatch.signal },
    );
    // Focus moving into a same-origin frame fires no focusin here, only a blur of this window
    // (Firefox points activeElement at the frame one task later).
    win.addEventListener(
      'blur',
      () =>
        setTimeout(() => {
          const active = win.document.activeElement;
          if (!lifetime.signal.aborted && active?.tagName === 'IFRAME' && isEditorTarget(active)) inject();
        }, 0),
      { signal: editorWatch.signal },
    );
  };

  const check = async (): Promise<void> => {
    const signals = pageSignalsOf(win);
    if (signals.pageOptOut || lifetime.signal.aborted) return;
    const status: SiteStatus | null = await port.send({ type: 'site.status', url: win.location.href }).catch(() => null);
    if (lifetime.signal.aborted) return;
    const decision = decideCoaching({ ...signals, host: status?.host ?? signals.host }, status, Date.now());
    clearTimeout(retryTimer);
    if (decision.wanted) {
      waitForEditor();
      return;
    }
    editorWatch?.abort();
    editorWatch = null;
    if (decision.retryAt !== undefined) retryTimer = setTimeout(() => void check(), decision.retryAt - Date.now());
  };

  const stopListening = port.listen((message) => {
    if (message.type === 'settings.changed') void check();
    return undefined;
  });
  lifetime.signal.addEventListener('abort', () => {
    editorWatch?.abort();
    stopListening();
    clearTimeout(retryTimer);
  });
  void check();
  return () => lifetime.abort();
}
