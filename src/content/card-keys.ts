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
 * What a key does while the card has focus. `focused` is the index of the focused suggestion,
 * null when none was picked yet (Enter then takes the first), -1 when another control, such as
 * Dismiss, has focus (Enter is that control's); arrows wrap around.
 */
export function cardKey(key: string, focused: number | null, count: number): CardKeyEffect {
  const at = focused ?? -1;
  switch (key) {
    case 'Escape':
      return { kind: 'close' };
    case 'ArrowDown':
      return count === 0 ? { kind: 'none' } : { kind: 'focus', index: at < 0 ? 0 : (at + 1) % count };
    case 'ArrowUp':
      return count === 0 ? { kind: 'none' } : { kind: 'focus', index: at < 0 ? count - 1 : (at - 1 + count) % count };
    case 'Enter':
      if (focused === null) return count > 0 ? { kind: 'apply', index: 0 } : { kind: 'none' };
      return focused >= 0 && focused < count ? { kind: 'apply', index: focused } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}
