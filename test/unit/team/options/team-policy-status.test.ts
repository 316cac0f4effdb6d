// @vitest-environment happy-dom
import { h } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { TeamPolicyStatus } from '../../../../src/options/team/team-policy-status';
import type { Send } from '../../../../src/shared/protocol';
import { EMPTY_TEAM_POLICY_STATE, type TeamPolicyState } from '../../../../src/team/team-policy-state';
import { teamPolicy } from '../team-fakes';
import { mount } from './render';

// The UI strings come from the real _locales files, in the UI language the test picks.
vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('../../popup/fake-browser')).fakeBrowser }));

function statusWith(state: TeamPolicyState) {
  const send = vi.fn(async () => state) as unknown as Send;
  return mount(h(TeamPolicyStatus, { send }));
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
});
