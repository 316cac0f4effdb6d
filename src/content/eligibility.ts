// Which elements are reply boxes Reframe watches. Keyed on what an element is (textarea,
// contenteditable root), never on localised labels or obfuscated class names.

/** True for an element the page or the agent's integrator opted out with data-reframe="off". */
export function isOptedOut(element: Element): boolean {
  for (let node: Element | null = element; node; ) {
    if (node.getAttribute('data-reframe') === 'off') return true;
    const parent: Element | null = node.parentElement;
    // Cross open shadow boundaries: a host's opt-out covers what it contains.
    node = parent ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return false;
}

/** True when the whole document opted out (data-reframe="off" on <html> or <body>). */
export function isPageOptedOut(doc: Document): boolean {
  return (
    doc.documentElement?.getAttribute('data-reframe') === 'off' || doc.body?.getAttribute('data-reframe') === 'off'
  );
}

function isEditableValue(value: string | null): boolean {
  return value === '' || value === 'true' || value === 'plaintext-only';
}

/**
 * The editor root that contains a node: a textarea, or the outermost element of a
 * contenteditable region (never one of its children), or the body of a designMode document.
 */
export function editorRootOf(target: EventTarget | null): HTMLElement | null {
  if (!target || (target as Node).nodeType !== 1) {
    const parent = (target as Node | null)?.parentElement;
    return parent ? editorRootOf(parent) : null;
  }
  const element = target as HTMLElement;
  if (element.tagName === 'TEXTAREA') return element;
  const doc = element.ownerDocument;
  if (doc.designMode === 'on' && doc.body) return doc.body;
  const editable = element.closest('[contenteditable]');
  if (!editable || !isEditableValue(editable.getAttribute('contenteditable'))) return null;
  let root = editable as HTMLElement;
  for (let parent = root.parentElement?.closest('[contenteditable]'); parent; ) {
    if (!isEditableValue(parent.getAttribute('contenteditable'))) break;
    root = parent as HTMLElement;
    parent = root.parentElement?.closest('[contenteditable]');
  }
  return root;
}

/** Why an editor root is not watched, or null when it is. */
export function ineligibility(root: HTMLElement): string | null {
  if (!root.isConnected) return 'gone';
  if (isOptedOut(root)) return 'opted out';
  if (root.tagName === 'TEXTAREA') {
    const field = root as HTMLTextAreaElement;
    if (field.disabled) return 'disabled';
    if (field.readOnly) return 'read-only';
  } else if (root.getAttribute('aria-readonly') === 'true' || root.getAttribute('aria-disabled') === 'true') {
    return 'read-only';
  }
  // A search or autocomplete box is not a reply.
  const role = root.getAttribute('role');
  if (role === 'combobox' || role === 'searchbox') return 'not a reply box';
  if (typeof root.checkVisibility === 'function' && !root.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) {
    return 'hidden';
  }
  if (root.closest('[hidden]')) return 'hidden';
  return null;
}

/**
 * True in a frame whose parent page is of the same origin: the parent's coach reaches into
 * it (and shows the card where the frame cannot clip it), so the frame does nothing itself.
 */
export function hasSameOriginParent(win: Window): boolean {
  try {
    return Boolean(win.frameElement);
  } catch {
    return false;
  }
}
