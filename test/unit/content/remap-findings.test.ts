import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/types';
import { remapFindings } from '../../../src/content/remap-findings';

function finding(text: string, word: string): Finding {
  const start = text.indexOf(word);
  return {
    ruleId: 'r', category: 'minimizing', severity: 'warning', lang: 'en', text: word, message: 'm', why: 'w',
    start, end: start + word.length,
    suggestions: [
      { kind: 'replace', label: 'l', text: 'x', start, end: start + word.length },
      { kind: 'insert', label: 'i', text: 'y', start: 0, end: 0 },
    ],
  };
}

describe('keeping underlines on the right words while typing', () => {
  const before = 'It is just a small delay.';
  const flagged = finding(before, 'just');

  it('shifts a finding after the edit, with its suggestions', () => {
    const after = 'Hello! ' + before;
    const [moved] = remapFindings(before, after, [flagged]);
    expect(after.slice(moved!.start, moved!.end)).toBe('just');
    expect(after.slice(moved!.suggestions[0]!.start, moved!.suggestions[0]!.end)).toBe('just');
    // An insertion point moves with the text after it.
    expect(moved!.suggestions[1]!.start).toBe(after.indexOf('It is'));
  });

  it('keeps a finding before the edit, and drops one the edit touches', () => {
    const typedAtEnd = before + ' Sorry.';
    expect(remapFindings(before, typedAtEnd, [flagged])[0]!.start).toBe(flagged.start);
    expect(remapFindings(before, 'It is jus a small delay.', [flagged])).toEqual([]);
  });

  it('keeps a finding when letters are typed right after it', () => {
    const after = 'It is just! a small delay.';
    const [kept] = remapFindings(before, after, [flagged]);
    expect(after.slice(kept!.start, kept!.end)).toBe('just');
  });
});
