// @vitest-environment happy-dom
import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PolicyEditor, DRAFT_KEY } from '../../../../src/options/team/policy-editor';
import { DEFAULT_POLICY } from '../../../../src/policy/default-policy';
import type { Send } from '../../../../src/shared/protocol';
import { memoryStorage, teamPolicy } from '../team-fakes';
import { buttonNamed, click, errorsAt, mount, typeInto } from './render';

// The UI strings come from the real _locales files, in the UI language the test picks.
vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('../../popup/fake-browser')).fakeBrowser }));

async function editorWith(draft: unknown) {
  const storage = memoryStorage();
  if (draft) await storage.set({ [DRAFT_KEY]: draft });
  const send = vi.fn(async () => ({ ok: true, state: {} })) as unknown as Send & ReturnType<typeof vi.fn>;
  const download = vi.fn();
  const root = await mount(h(PolicyEditor, { storage, send, download }));
  return { root, storage, send, download };
}

describe('rule editor', () => {
  it('shows each validation error next to its field and clears it once fixed', async () => {
    const { root, storage } = await editorWith(teamPolicy('1'));
    expect(root.querySelector('.rf-validity')?.getAttribute('data-valid')).toBe('true');

    await typeInto(root.querySelector('#rule-0-id'), 'Courier Dates');
    expect(errorsAt(root, 'id').join(' ')).toMatch(/lower|hyphen|kebab|a-z/i);
    await typeInto(root.querySelector('#rule-0-message'), '');
    expect(errorsAt(root, 'message')).toHaveLength(1);
    expect(errorsAt(root, 'why')).toHaveLength(0);
    expect(root.querySelector('.rf-validity')?.getAttribute('data-valid')).toBe('false');
    // The draft is kept as typed, errors and all: nothing the lead wrote is lost.
    expect((storage.data.get(DRAFT_KEY) as { rules: Array<{ id: string }> }).rules[0]!.id).toBe('Courier Dates');

    await typeInto(root.querySelector('#rule-0-id'), 'courier-dates');
    await typeInto(root.querySelector('#rule-0-message'), 'Wait for the courier before giving a date.');
    expect(errorsAt(root, 'id')).toEqual([]);
    expect(errorsAt(root, 'message')).toEqual([]);
    expect(root.querySelector('.rf-validity')?.getAttribute('data-valid')).toBe('true');
  });

  it('puts a pattern error on the patterns field, naming the line', async () => {
    const { root } = await editorWith(teamPolicy('1'));
    await typeInto(root.querySelector('#rule-0-patterns'), 'it will arrive tomorrow\n' + 'x'.repeat(201));
    expect(errorsAt(root, 'patterns').join(' ')).toMatch(/^Line 2: /);
  });

  it('tests the policy live: the sample shows which rule fires and where', async () => {
    const { root } = await editorWith(teamPolicy('1'));
    const sample = 'Thanks for waiting. Good news, it will arrive tomorrow.';
    await typeInto(root.querySelector('#rf-tester-sample'), sample);
    const hit = root.querySelector('.rf-tester-findings [data-rule-id="acme-courier-date"]');
    expect(hit).not.toBeNull();
    const start = Number(hit!.getAttribute('data-start'));
    const end = Number(hit!.getAttribute('data-end'));
    expect(sample.slice(start, end).toLowerCase()).toContain('arrive tomorrow');
    expect(root.querySelector('mark[data-rule-id="acme-courier-date"]')?.textContent).toBe(sample.slice(start, end));

    await typeInto(root.querySelector('#rule-0-patterns'), 'the parcel ships today');
    expect(root.querySelector('.rf-tester-findings [data-rule-id="acme-courier-date"]')).toBeNull();
  });

  it('starts from a copy of the default policy, exports it and hands it to the extension', async () => {
    const { root, download, send } = await editorWith(null);
    await click(buttonNamed(root, 'Start from a copy of the default policy'));
    expect(root.querySelectorAll('.rf-rule-list li')).toHaveLength(DEFAULT_POLICY.rules!.length);
    expect(root.querySelector('.rf-validity')?.getAttribute('data-valid')).toBe('true');

    await typeInto(root.querySelector('#rf-policy-name'), 'Acme support');
    await click(buttonNamed(root, 'Export JSON'));
    const [fileName, mime, text] = download.mock.calls[0]!;
    expect(fileName).toBe('acme-support-1.json');
    expect(mime).toBe('application/json');
    expect(JSON.parse(text as string)).toMatchObject({ name: 'Acme support', rules: DEFAULT_POLICY.rules });

    await click(buttonNamed(root, 'Use in this browser'));
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'team.import', text: JSON.stringify(JSON.parse(text as string)) }));
  });

  it("runs the rule's own examples and says which one fails", async () => {
    const { root } = await editorWith(teamPolicy('1'));
    expect(errorsAt(root, 'examples')).toEqual([]);
    await typeInto(root.querySelector('#rule-0-examples-flag'), 'Good news, it will arrive tomorrow.\nYour parcel will arrive on Monday.');
    expect(errorsAt(root, 'examples')).toEqual([
      'Must flag "Your parcel will arrive on Monday.", but this rule finds nothing there: widen a pattern or fix the example.',
    ]);
    await typeInto(root.querySelector('#rule-0-examples-pass'), "I'll confirm the date once the courier does.\nIt will arrive tomorrow, I'm told.");
    expect(errorsAt(root, 'examples').join(' ')).toContain('Must pass "It will arrive tomorrow, I\'m told.", but this rule flagged "It will arrive tomorrow"');
  });

  it('adds a rule that shows what is missing, and locks a rule', async () => {
    const { root, storage } = await editorWith(teamPolicy('1', { lock: [] }));
    await click(buttonNamed(root, 'Add a rule'));
    expect(root.querySelectorAll('.rf-rule-list li')).toHaveLength(2);
    expect(errorsAt(root, 'patterns')).not.toEqual([]);
    expect(errorsAt(root, 'message')).not.toEqual([]);
    expect(buttonNamed(root, 'Use in this browser')?.disabled).toBe(true);

    await click(root.querySelector('.rf-rule-list li button'));
    await click(root.querySelector('.rf-lock input'));
    expect((storage.data.get(DRAFT_KEY) as { lock: string[] }).lock).toEqual(['acme-courier-date']);
  });
});
