// The clause a sentence-level reframe replaces: it ends at punctuation that joins clauses, never
// inside a time or a number ("12:00", "1,000"), or the reframe would leave half of it behind.
import { describe, expect, it } from 'vitest';
import { clauseAround } from '../../../src/core/clauses';

const whole = (text: string) => ({ start: 0, end: text.length });
const clauseOf = (text: string, words: string) => {
  const at = text.indexOf(words);
  const clause = clauseAround(text, { start: at, end: at + words.length }, whole(text));
  return text.slice(clause.start, clause.end);
};

describe('the clause around flagged words', () => {
  it('runs between the commas, colons and dashes that join clauses', () => {
    expect(clauseOf('Thanks for waiting, we will look into it soon, and I am sorry.', 'soon')).toBe('we will look into it soon');
    expect(clauseOf('One more thing: it is not possible to refund it.', 'not possible')).toBe('it is not possible to refund it');
  });

  it('does not end inside a time or a number', () => {
    expect(clauseOf('I promise to call you back by 12:00 tomorrow.', 'promise')).toBe('I promise to call you back by 12:00 tomorrow');
    expect(clauseOf('The 1,000 points will never expire, guaranteed.', 'never expire')).toBe('The 1,000 points will never expire');
    expect(clauseOf('אני מבטיחה לחזור אלייך עד 12:00 מחר.', 'מבטיחה')).toBe('אני מבטיחה לחזור אלייך עד 12:00 מחר');
  });
});
