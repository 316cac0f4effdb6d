import { describe, expect, it } from 'vitest';
import { insightCsv } from '../../../src/insight/insight-csv';
import { clearInsight, dayKey, INSIGHT_KEY, loadInsight, recordInsight } from '../../../src/insight/insight-log';
import { insightTotals } from '../../../src/insight/insight-totals';
import { memoryStorage } from '../team/team-fakes';

const DAY = 86_400_000;
const NOV_1 = new Date(2026, 10, 1, 12).getTime();

describe('team insight log', () => {
  it('counts events per local day and category, concurrent ones included', async () => {
    const local = memoryStorage();
    await Promise.all([
      recordInsight(local, 'flagged', 'blame', NOV_1),
      recordInsight(local, 'flagged', 'blame', NOV_1),
      recordInsight(local, 'applied', 'blame', NOV_1),
      recordInsight(local, 'dismissed', 'vague-timeline', NOV_1 + DAY),
    ]);
    expect(await loadInsight(local, NOV_1 + DAY)).toEqual({
      '2026-11-01': { flagged: { blame: 2 }, applied: { blame: 1 }, dismissed: {} },
      '2026-11-02': { flagged: {}, applied: {}, dismissed: { 'vague-timeline': 1 } },
    });
  });

  it('stores numbers only, and ignores categories outside the contract', async () => {
    const local = memoryStorage();
    await recordInsight(local, 'flagged', 'not a category' as never, NOV_1);
    await recordInsight(local, 'flagged', 'minimizing', NOV_1);
    expect(JSON.stringify(local.data.get(INSIGHT_KEY))).toBe('{"2026-11-01":{"flagged":{"minimizing":1},"applied":{},"dismissed":{}}}');
  });

  it('forgets days older than 90 days', async () => {
    const local = memoryStorage();
    await recordInsight(local, 'flagged', 'blame', NOV_1);
    await recordInsight(local, 'flagged', 'deflection', NOV_1 + 89 * DAY);
    expect(Object.keys(await loadInsight(local, NOV_1 + 89 * DAY))).toEqual(['2026-11-01', dayKey(NOV_1 + 89 * DAY)]);
    await recordInsight(local, 'flagged', 'deflection', NOV_1 + 90 * DAY);
    expect(Object.keys(await loadInsight(local, NOV_1 + 90 * DAY))).not.toContain('2026-11-01');
  });

  it('exports CSV rows per day and category, and totals per category for the chart', async () => {
    const local = memoryStorage();
    await recordInsight(local, 'flagged', 'blame', NOV_1);
    await recordInsight(local, 'applied', 'blame', NOV_1);
    await recordInsight(local, 'flagged', 'over-promise', NOV_1 + DAY);
    const log = await loadInsight(local, NOV_1 + DAY);
    expect(insightCsv(log)).toBe(
      'date,category,flagged,applied,dismissed\r\n2026-11-01,blame,1,1,0\r\n2026-11-02,over-promise,1,0,0\r\n',
    );
    const totals = insightTotals(log);
    expect(totals).toHaveLength(8);
    expect(totals.find((t) => t.category === 'blame')).toEqual({ category: 'blame', flagged: 1, applied: 1, dismissed: 0 });
    await clearInsight(local);
    expect(insightCsv(await loadInsight(local, NOV_1))).toBe('date,category,flagged,applied,dismissed\r\n');
  });
});
