// The offset invariants every report keeps, whatever the text: UTF-16 offsets in range, and
// text.slice(start, end) is the flagged text. Shared by the offset and the fuzz property tests.
import { expect } from 'vitest';
import type { Report } from '../../../src/core';

export function expectOffsetsHold(text: string, report: Report): void {
  for (const finding of report.findings) {
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeGreaterThan(finding.start);
    expect(finding.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    for (const suggestion of finding.suggestions) {
      expect(suggestion.start).toBeGreaterThanOrEqual(0);
      expect(suggestion.end).toBeGreaterThanOrEqual(suggestion.start);
      expect(suggestion.end).toBeLessThanOrEqual(text.length);
    }
  }
  for (const move of report.moves) {
    expect(move.start).toBeGreaterThanOrEqual(0);
    expect(move.end).toBeLessThanOrEqual(text.length);
  }
}
