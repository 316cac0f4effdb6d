// The card's keyboard: the shortcut that opens it from the editor, and what keys do inside it.
// Pure, so the state machine is tested without a browser.

/**
 * Alt+Shift+R opens the card for the finding at the caret. Matched on the physical key
 * (event.code), so it works on Hebrew and other layouts, and on macOS where Option changes
 * the character. No editor we support binds it.
 */
export function isCoachShortcut(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR';
}

export type CardKeyEffect =
  | { kind: 'focus'; index: number }
  | { kind: 'apply'; index: number }
  | { kind: 'close' }
  | { kind: 'none' };

/**
 * The keys a card opened from the keyboard owns while it is open: they never reach the editor,
 * even when they do nothing (Enter before a suggestion was chosen).
 */
export function isCardKey(key: string): boolean {
  return key === 'Escape' || key === 'Enter' || key === 'ArrowDown' || key === 'ArrowUp';
}

/**
 * What a key does while the card has focus. `focused` is the index of the focused suggestion
 * (-1 when another control, such as Dismiss, has focus); arrows wrap around.
 */
export function cardKey(key: string, focused: number, count: number): CardKeyEffect {
  switch (key) {
    case 'Escape':
      return { kind: 'close' };
    case 'ArrowDown':
      return count === 0 ? { kind: 'none' } : { kind: 'focus', index: focused < 0 ? 0 : (focused + 1) % count };
    case 'ArrowUp':
      return count === 0 ? { kind: 'none' } : { kind: 'focus', index: focused < 0 ? count - 1 : (focused - 1 + count) % count };
    case 'Enter':
      return focused >= 0 && focused < count ? { kind: 'apply', index: focused } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}
