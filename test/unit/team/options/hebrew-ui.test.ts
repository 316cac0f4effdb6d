// @vitest-environment happy-dom
// With Hebrew as the browser's UI language, the team part of the options page and the popup's
// team lines read in Hebrew, right to left: no English is left in them but the data itself
// (policy and rule names, the URL, the file name) and the names of formats (JSON, CSV).
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import hebrew from '../../../../_locales/he/messages.json';
import { applyUiDirection } from '../../../../src/platform/i18n';
import { PopupTeamPolicy } from '../../../../src/options/team/team-policy-summary';
import { TeamSection } from '../../../../src/options/team/team-section';
import { DRAFT_KEY } from '../../../../src/options/team/policy-editor';
import type { Send } from '../../../../src/shared/protocol';
import { EMPTY_TEAM_POLICY_STATE, type TeamPolicyState } from '../../../../src/team/team-policy-state';
import { useUiLanguage } from '../../popup/fake-browser';
import { memoryStorage, teamPolicy } from '../team-fakes';
import { withPolicyTools } from './policy-tools-send';
import { mount, settle, typeInto } from './render';

vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('../../popup/fake-browser')).fakeBrowser }));

const URL = 'https://example.com/team.json';
const state: TeamPolicyState = {
  ...EMPTY_TEAM_POLICY_STATE,
  source: 'url',
  policy: teamPolicy('2'),
  url: URL,
  urlSetBy: 'agent',
  lastFetchAt: Date.UTC(2026, 10, 22, 12),
  imported: { policy: teamPolicy('1'), fileName: 'team.json', importedAt: 0 },
  changes: { fromName: 'Acme support', fromVersion: '1', added: ['acme-no-eta'], removed: [], changed: ['acme-courier-date'] },
  error: { message: 'HTTP 404', at: Date.UTC(2026, 10, 22, 13), source: 'url' },
};
const send = withPolicyTools((async (message: { type: string }) =>
  message.type === 'insight.get' ? { '2026-11-20': { flagged: { blame: 2 }, applied: {}, dismissed: {} } } : state) as unknown as Send);

/** The text a reader sees (the section's <style> left out). */
function visibleText(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('style').forEach((style) => style.remove());
  return copy.textContent ?? '';
}

/** What is not Hebrew in the text: Latin words, once the data and format names are taken out. */
function englishLeftIn(text: string, data: string[]): string[] {
  let rest = text;
  for (const value of data) rest = rest.split(value).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}
// Written into the hints as examples of what to type, the same in every language.
const EXAMPLES = ['"no-courier-dates"', 'compromise', '("you should have #PastTense")', '{match}', '{reflection}'];
// Severities by the names the policy JSON and the command line give them: "(info)", "(warning)", "(error)".
const SEVERITY_NAMES = ['(info)', '(warning)', '(error)'];
const DATA = [URL, 'Acme support', 'acme-courier-date', 'acme-no-eta', 'team.json', 'HTTP 404', 'JSON', 'CSV', 'URL', ...EXAMPLES, ...SEVERITY_NAMES];

describe('the team UI in Hebrew', () => {
  beforeEach(() => {
    useUiLanguage('he');
    applyUiDirection(document.documentElement);
  });
  afterEach(() => {
    useUiLanguage('en');
    applyUiDirection(document.documentElement);
  });

  it('lays the options page team section out right to left, all in Hebrew', async () => {
    const storage = memoryStorage();
    await storage.set({ [DRAFT_KEY]: teamPolicy('2') });
    const root = await mount(h(TeamSection, { send, storage }));
    await typeInto(root.querySelector('#rf-tester-sample'), 'Good news, it will arrive tomorrow.');

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('he');
    expect([...root.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual([
      hebrew.teamPolicyHeading.message,
      hebrew.editorHeading.message,
      hebrew.insightHeading.message,
    ]);
    expect(root.querySelector('[data-testid="team-policy-title"]')?.textContent).toBe('Acme support, גרסה 2');
    expect(root.querySelector('[data-testid="team-policy-changes"]')?.textContent).toBe(
      'מה השתנה מאז גרסה 1: נוספו acme-no-eta; שונו acme-courier-date',
    );
    expect(root.querySelector('.rf-tester-count')?.textContent).toBe('ממצאים: 1');
    // Nothing in the section is left in English: text, labels read aloud, placeholders.
    const sample = 'Good news, it will arrive tomorrow.';
    const spoken = [...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label')).join(' ');
    expect(englishLeftIn(`${visibleText(root)} ${spoken}`, [...DATA, sample, 'it will arrive tomorrow'])).toEqual([]);
    // Only what is Latin by nature is set left to right: the URL field and the rule id (in the
    // rule list, the form and beside the finding).
    expect([...root.querySelectorAll('[dir="ltr"]')].map((element) => element.id || element.className)).toEqual([
      'rf-policy-url',
      'rf-rule-id',
      'rule-0-id',
      'rf-rule-id',
    ]);
  });

  it('names the rule and the field of an import problem in Hebrew', async () => {
    const root = await mount(h(TeamSection, { send, storage: memoryStorage() }));
    const input = root.querySelector<HTMLInputElement>('.rf-import input[type="file"]')!;
    expect(input.closest('label')?.textContent).toBe(hebrew.importPolicyFile.message);
    const bad = { ...teamPolicy('3'), rules: [{ ...teamPolicy('3').rules![0]!, category: 'apologies' }] };
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(bad)], 'team.json')], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('.rf-policy-errors li strong')?.textContent).toBe('כלל "acme-courier-date", שדה "category"');
  });

  it("shows the popup's team lines in Hebrew", async () => {
    const root = await mount(h(PopupTeamPolicy, { send }));
    expect(root.querySelector('[data-testid="team-policy-source"]')?.textContent).toMatch(/^\(מהכתובת https:\/\/example\.com\/team\.json, נבדקה ב־.+\)$/);
    expect(root.querySelector('[data-testid="team-policy-problem"]')?.textContent).toMatch(/^העדכון האחרון נכשל \(.+\): HTTP 404$/);
    expect(englishLeftIn(visibleText(root), DATA)).toEqual([]);
  });
});
