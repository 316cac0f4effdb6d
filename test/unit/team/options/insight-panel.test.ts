// @vitest-environment happy-dom
import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { InsightPanel } from '../../../../src/options/team/insight-panel';
import type { Send } from '../../../../src/shared/protocol';
import { buttonNamed, click, mount } from './render';

// The UI strings come from the real _locales files, in the UI language the test picks.
vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('../../popup/fake-browser')).fakeBrowser }));

describe('insight panel', () => {
  it('draws a bar per category and event, and exports the counts as CSV', async () => {
    const log = { '2026-11-20': { flagged: { blame: 4, 'vague-timeline': 2 }, applied: { blame: 3 }, dismissed: {} } };
    const send = vi.fn(async (message: { type: string }) => (message.type === 'insight.get' ? log : undefined)) as unknown as Send;
    const download = vi.fn();
    const root = await mount(h(InsightPanel, { send, download, today: () => '2026-11-22' }));

    const bar = (category: string, event: string) => root.querySelector<HTMLElement>(`[data-category="${category}"] .rf-bar[data-event="${event}"]`);
    const share = (category: string, event: string) => parseFloat(bar(category, event)?.style.getPropertyValue('--share') ?? 'NaN');
    expect(bar('blame', 'flagged')?.getAttribute('data-count')).toBe('4');
    expect(bar('blame', 'applied')?.getAttribute('data-count')).toBe('3');
    expect(share('blame', 'flagged')).toBe(100);
    expect(share('vague-timeline', 'flagged')).toBe(50);
    expect(share('minimizing', 'flagged')).toBe(0);
    expect(root.querySelector('[data-category="blame"] th')?.textContent).toBe('Blame');

    await click(buttonNamed(root, 'Export CSV'));
    expect(download).toHaveBeenCalledWith(
      'reframe-insight-2026-11-22.csv',
      'text/csv',
      'date,category,flagged,applied,dismissed\r\n2026-11-20,blame,4,3,0\r\n2026-11-20,vague-timeline,2,0,0\r\n',
    );
    await click(buttonNamed(root, 'Clear the counts'));
    expect(send).toHaveBeenCalledWith({ type: 'insight.clear' });
    expect(bar('blame', 'flagged')?.getAttribute('data-count')).toBe('0');
  });
});
