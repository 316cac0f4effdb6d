// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { TeamPolicyStatus } from '../../../../src/options/team/team-policy-status';
import type { Send } from '../../../../src/shared/protocol';
import { EMPTY_TEAM_POLICY_STATE, type TeamPolicyState } from '../../../../src/team/team-policy-state';
import { teamPolicy } from '../team-fakes';
import { withPolicyTools } from './policy-tools-send';
import { mount, settle } from './render';

// The UI strings come from the real _locales files, in the UI language the test picks.
vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('../../popup/fake-browser')).fakeBrowser }));

function statusWith(state: TeamPolicyState) {
  const send = vi.fn(async () => state) as unknown as Send;
  return mount(h(TeamPolicyStatus, { send: withPolicyTools(send) }));
}

describe('team policy status', () => {
  it('shows the policy URL source, what changed and the last failure', async () => {
    const root = await statusWith({
      ...EMPTY_TEAM_POLICY_STATE,
      source: 'url',
      policy: teamPolicy('2'),
      url: 'https://example.com/team.json',
      urlSetBy: 'agent',
      lastFetchAt: Date.now(),
      changes: { fromName: 'Acme support', fromVersion: '1', added: ['acme-no-eta'], removed: [], changed: ['acme-courier-date'] },
      error: { message: 'the policy at https://example.com/team.json was refused: rule "x": field "category": bad', at: Date.now(), source: 'url' },
    });
    expect(root.querySelector('[data-testid="team-policy-title"]')?.textContent).toBe('Acme support, version 2');
    expect(root.querySelector('[data-testid="team-policy-source"]')?.textContent).toContain('https://example.com/team.json');
    expect(root.querySelector('[data-testid="team-policy-changes"]')?.textContent).toBe(
      'Changed since version 1: added acme-no-eta; changed acme-courier-date',
    );
    expect(root.querySelector('[data-testid="team-policy-problem"]')?.textContent).toContain('was refused');
    expect((root.querySelector('#rf-policy-url') as HTMLInputElement).disabled).toBe(false);
  });

  it("disables the agent's URL field when the administrator set the policy", async () => {
    const root = await statusWith({ ...EMPTY_TEAM_POLICY_STATE, source: 'managed', policy: teamPolicy('9'), managedPolicy: teamPolicy('9') });
    expect(root.querySelector('[data-testid="team-policy-source"]')?.textContent).toBe('(set by your administrator)');
    expect((root.querySelector('#rf-policy-url') as HTMLInputElement).disabled).toBe(true);
  });

  it('lists every problem of a refused file by rule and field, next to the import control, and applies nothing', async () => {
    const active = { ...EMPTY_TEAM_POLICY_STATE, source: 'url' as const, policy: teamPolicy('2'), url: 'https://example.com/team.json', urlSetBy: 'agent' as const };
    const send = vi.fn(async (message: { type: string }) =>
      message.type === 'team.import' ? { ok: true, state: { ...active, source: 'file', policy: teamPolicy('3') } } : active,
    ) as unknown as Send & ReturnType<typeof vi.fn>;
    const root = await mount(h(TeamPolicyStatus, { send: withPolicyTools(send) }));
    const [good] = teamPolicy('3').rules!;
    const { id: _noId, ...withoutId } = good!;
    const bad = { ...teamPolicy('3'), rules: [{ ...good!, category: 'apologies' }, { ...withoutId, message: '' }] };

    await pickFile(root, 'team.json', JSON.stringify(bad));
    const problems = [...root.querySelectorAll('.rf-import .rf-policy-errors li')].map((item) => item.textContent);
    expect(problems).toEqual([
      expect.stringMatching(/^Rule "acme-courier-date", field "category": "apologies" is not a category/),
      expect.stringMatching(/^Rule 2, field "id": is missing/),
      expect.stringMatching(/^Rule 2, field "message": /),
    ]);
    expect(root.querySelector('.rf-import [role="alert"]')?.textContent).toContain('team.json was not imported, and nothing changed.');
    // Nothing reached the background: the active policy is still version 2.
    expect(send.mock.calls.map(([message]) => message.type)).not.toContain('team.import');
    expect(root.querySelector('[data-testid="team-policy-title"]')?.textContent).toBe('Acme support, version 2');

    await pickFile(root, 'notes.json', '{"name": "Acme", }');
    expect([...root.querySelectorAll('.rf-policy-errors li')].map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^The file: is not valid JSON: line 1, column 18: /),
    ]);

    await pickFile(root, 'team.json', JSON.stringify(teamPolicy('3')));
    expect(send).toHaveBeenCalledWith({ type: 'team.import', fileName: 'team.json', text: JSON.stringify(teamPolicy('3')) });
    expect(root.querySelector('.rf-policy-errors')).toBeNull();
    expect(root.querySelector('.rf-notice')?.textContent).toBe('Imported team.json.');
    expect(root.querySelector('[data-testid="team-policy-title"]')?.textContent).toBe('Acme support, version 3');
  });
});

/** Picks a file in the "Import a policy file" control as a user would. */
async function pickFile(root: HTMLElement, name: string, text: string): Promise<void> {
  const input = [...root.querySelectorAll<HTMLInputElement>('input[type="file"]')].find((each) => each.closest('label')?.textContent?.startsWith('Import a policy file'));
  if (!input) throw new Error('no "Import a policy file" control');
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('a failed policy URL (issue 13)', () => {
  it('shows, in the popup, the failure and the address the policy in force came from', async () => {
    const { PopupTeamPolicy } = await import('../../../../src/options/team/team-policy-summary');
    const state: TeamPolicyState = {
      ...EMPTY_TEAM_POLICY_STATE,
      source: 'url',
      policy: teamPolicy('1'),
      url: 'https://example.com/new.json',
      urlSetBy: 'agent',
      fetched: { url: 'https://example.com/team.json', policy: teamPolicy('1'), etag: null },
      error: { message: 'https://example.com/new.json stopped sending the policy part-way (terminated); try again later', at: Date.now(), source: 'url' },
    };
    const root = await mount(h(PopupTeamPolicy, { send: vi.fn(async () => state) as unknown as Send }));
    expect(root.querySelector('[data-testid="team-policy-title"]')?.textContent).toBe('Acme support, version 1');
    expect(root.querySelector('[data-testid="team-policy-source"]')?.textContent).toBe('(from https://example.com/team.json)');
    expect(root.querySelector('[data-testid="team-policy-problem"]')?.textContent).toContain('stopped sending the policy part-way');
  });
});
