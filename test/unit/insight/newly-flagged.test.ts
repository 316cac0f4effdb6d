import { describe, expect, it } from 'vitest';
import { createFlaggedTracker } from '../../../src/insight/newly-flagged';

describe('newly flagged findings', () => {
  it('counts a finding once when it appears, not on every re-analysis, and again in a new reply', () => {
    const track = createFlaggedTracker();
    const blame = { ruleId: 'blame-should-have', category: 'blame' as const };
    const vague = { ruleId: 'vague-timeline', category: 'vague-timeline' as const };
    expect(track('1:0', [blame])).toEqual(['blame']);
    expect(track('1:0', [blame])).toEqual([]);
    expect(track('1:0', [blame, vague, blame])).toEqual(['vague-timeline', 'blame']);
    expect(track('2:0', [blame])).toEqual(['blame']);
    expect(track('1:0', null)).toEqual([]);
    expect(track('1:0', [vague])).toEqual(['vague-timeline']);
  });
});
