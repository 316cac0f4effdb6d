import { describe, expect, it } from 'vitest';
import { cardKey, isCoachShortcut } from '../../../src/content/card-keys';

const key = { altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, code: 'KeyR' };

describe('the card keyboard', () => {
  it('opens on Alt+Shift+R on any layout, and not on editor keys like Ctrl+Shift+R or Alt+R', () => {
    expect(isCoachShortcut({ ...key, altKey: true, shiftKey: true })).toBe(true);
    expect(isCoachShortcut({ ...key, ctrlKey: true, shiftKey: true })).toBe(false);
    expect(isCoachShortcut({ ...key, altKey: true })).toBe(false);
    expect(isCoachShortcut({ ...key, altKey: true, shiftKey: true, code: 'KeyT' })).toBe(false);
  });

  it('moves between suggestions with the arrows, wrapping around', () => {
    expect(cardKey('ArrowDown', 0, 3)).toEqual({ kind: 'focus', index: 1 });
    expect(cardKey('ArrowDown', 2, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(cardKey('ArrowUp', 0, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(cardKey('ArrowUp', -1, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(cardKey('ArrowDown', -1, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(cardKey('ArrowDown', -1, 0)).toEqual({ kind: 'none' });
  });

  it('applies the focused suggestion on Enter, and closes on Escape', () => {
    expect(cardKey('Enter', 1, 3)).toEqual({ kind: 'apply', index: 1 });
    // Another control (Dismiss) has the focus: Enter is its own.
    expect(cardKey('Enter', -1, 3)).toEqual({ kind: 'none' });
  });

  it('applies the first suggestion on Enter when none was picked yet (just opened by Alt+Shift+R)', () => {
    expect(cardKey('Enter', null, 3)).toEqual({ kind: 'apply', index: 0 });
    expect(cardKey('Enter', null, 0)).toEqual({ kind: 'none' });
    expect(cardKey('ArrowDown', null, 3)).toEqual({ kind: 'focus', index: 0 });
    expect(cardKey('ArrowUp', null, 3)).toEqual({ kind: 'focus', index: 2 });
    expect(cardKey('Escape', 1, 3)).toEqual({ kind: 'close' });
    expect(cardKey('a', 1, 3)).toEqual({ kind: 'none' });
  });
});
