// Finds reply boxes in one document as they come and go, without rescanning the page on
// every mutation: the observer only queues added nodes, and the queue is worked off once per
// animation frame (which also pauses in background tabs). Open shadow roots get their own
// observer; a capture-phase focusin with composedPath() catches anything missed; same-origin
// iframes are reported so the coach can reach into them (also frames written during load).

const CANDIDATES = 'textarea, [contenteditable]';

export interface DiscoveryEvents {
  /** An element that may be (inside) a reply box. */
  candidate(element: Element): void;
  /** A same-origin iframe, now or after it loads something new. */
  frame(frame: HTMLIFrameElement): void;
  /** Nodes were removed: check whether watched editors are gone. */
  removed(): void;
}

export function discover(doc: Document, events: DiscoveryEvents, signal: AbortSignal): void {
  const win = doc.defaultView!;
  const queue = new Set<Node>();
  let removals = false;
  let frameRequested = false;
  const observers: MutationObserver[] = [];
  const watchedRoots = new WeakSet<Node>();

  const scan = (root: Element | ShadowRoot): void => {
    if (root.nodeType === 1 && (root as Element).matches(CANDIDATES)) events.candidate(root as Element);
    for (const element of root.querySelectorAll(CANDIDATES)) events.candidate(element);
    for (const frame of root.querySelectorAll('iframe')) watchFrame(frame);
    if (root.nodeType === 1 && (root as Element).tagName === 'IFRAME') watchFrame(root as HTMLIFrameElement);
    // Open shadow roots below: walk elements once, only over what was added.
    const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
      if (node.shadowRoot) observe(node.shadowRoot);
    }
  };

  const work = (): void => {
    frameRequested = false;
    if (signal.aborted) return;
    const nodes = [...queue];
    queue.clear();
    if (removals) {
      removals = false;
      events.removed();
    }
    for (const node of nodes) {
      if (node.isConnected && node.nodeType === 1) scan(node as Element);
    }
  };

  const enqueue = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'attributes') queue.add(record.target);
      for (const node of record.addedNodes) if (node.nodeType === 1) queue.add(node);
      if (record.removedNodes.length > 0) removals = true;
    }
    if (!frameRequested && (queue.size > 0 || removals)) {
      frameRequested = true;
      win.requestAnimationFrame(work);
    }
  };

  const observe = (root: Document | ShadowRoot): void => {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    const observer = new win.MutationObserver(enqueue);
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    observers.push(observer);
    if (root.nodeType === 11) scan(root as ShadowRoot);
  };

  const watchedFrames = new WeakSet<HTMLIFrameElement>();
  const watchFrame = (frame: HTMLIFrameElement): void => {
    if (!watchedFrames.has(frame)) {
      watchedFrames.add(frame);
      // A frame that loads (or is written and closed) later gets a new document.
      frame.addEventListener('load', () => events.frame(frame), { signal });
    }
    events.frame(frame);
  };

  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0];
      if (target && (target as Node).nodeType === 1) events.candidate(target as Element);
      // A shadow root attached after our scan shows up here first.
      const root = (target as Node | undefined)?.getRootNode();
      if (root && root.nodeType === 11) observe(root as ShadowRoot);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => observers.forEach((observer) => observer.disconnect()));
  observe(doc);
  if (doc.documentElement) scan(doc.documentElement);
}
