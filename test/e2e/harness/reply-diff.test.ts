import { describe, expect, it } from 'vitest';
import { singleChange } from './reply-diff';

describe('singleChange (how e2e tests see what an apply changed)', () => {
  it('finds a replaced phrase in the middle', () => {
    expect(singleChange('Hi. You should have read it. Bye.', 'Hi. Let us go through it. Bye.')).toEqual({
      at: 4,
      removed: 'You should have read',
      inserted: 'Let us go through',
    });
  });
  it('finds an insertion at the end', () => {
    expect(singleChange('No refund.', 'No refund. What I can do is this.')).toEqual({ at: 10, removed: '', inserted: ' What I can do is this.' });
  });
  it('reports nothing for equal texts', () => {
    expect(singleChange('same', 'same')).toEqual({ at: 4, removed: '', inserted: '' });
  });
});
