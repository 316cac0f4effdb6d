// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PolicyEditor, DRAFT_KEY } from '../../../../src/options/team/policy-editor';
import { DEFAULT_POLICY } from '../../../../src/policy/default-policy';
import type { Send } from '../../../../src/shared/protocol';
import { memoryStorage, teamPolicy } from '../team-fakes';
import { withPolicyTools } from './policy-tools-send';
import { buttonNamed, click, errorsAt, mount, settle, typeInto } from './render';

// The UI strings come from the real _locales files, in the UI language the test picks.
vi.mock('../../../../src/platform/browser', async () => ({ browser: (await import('../../popup/fake-browser')).fakeBrowser }));

/** The button that selects a rule in the grouped rule list, found by the id shown beside its name. */
function ruleButton(root: HTMLElement, id: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll<HTMLButtonElement>('.rf-rule-list button')].find((button) => button.querySelector('.rf-rule-id')?.textContent === id);
}

async function editorWith(draft: unknown) {
  const storage = memoryStorage();
  if (draft) await storage.set({ [DRAFT_KEY]: draft });
  const send = vi.fn(async () => ({ ok: true, state: {} })) as unknown as Send & ReturnType<typeof vi.fn>;
  const download = vi.fn();
  const root = await mount(h(PolicyEditor, { storage, send: withPolicyTools(send), download }));
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
    await typeInto(root.querySelector('#rule-0-phrases'), 'it will arrive tomorrow\n' + 'x'.repeat(201));
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

    await typeInto(root.querySelector('#rule-0-phrases'), 'the parcel ships today');
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

  it('groups the rules by category, says what each category means, and names each rule by its phrase', async () => {
    const { root } = await editorWith(null);
    await click(buttonNamed(root, 'Start from a copy of the default policy'));
    const groups = [...root.querySelectorAll('.rf-rule-list details')];
    expect(groups.map((group) => group.getAttribute('data-category'))).toEqual([
      'hollow-acknowledgement', 'blame', 'deflection', 'over-promise', 'minimizing', 'bare-refusal', 'vague-timeline', 'confrontational',
    ]);
    const blame = root.querySelector('.rf-rule-list details[data-category="blame"] summary');
    expect(blame?.querySelector('.rf-group-name')?.textContent).toBe('Blame');
    expect(blame?.querySelector('.rf-group-meaning')?.textContent).toBe('Pointing at what the customer did wrong: they defend themselves instead of moving on.');
    // Only the selected rule's group is open.
    expect(groups.filter((group) => (group as HTMLDetailsElement).open).map((group) => group.getAttribute('data-category'))).toEqual(['hollow-acknowledgement']);

    const understand = ruleButton(root, 'hollow-i-understand')!;
    expect(understand.querySelector('q')?.textContent).toBe('i understand your problem');
    expect(ruleButton(root, 'he-hollow-understood')?.querySelector('q')?.textContent).toBe('הבנתי את הבעיה');
    expect(ruleButton(root, 'confrontational-shouting')?.textContent).toBe('shouting in capitals confrontational-shouting');
    await click(ruleButton(root, 'blame-should-have'));
    expect(root.querySelector('.rf-rule legend')?.textContent).toBe('you should have …');
  });

  it('writes a rule from plain phrases, showing the pattern each becomes, and tests it live', async () => {
    const { root, storage } = await editorWith(teamPolicy('1'));
    expect(root.querySelector('#rule-0-patterns')).toBeNull();
    await typeInto(root.querySelector('#rule-0-phrases'), "Not our PROBLEM!\nThat’s on the (courier)");
    const preview = [...root.querySelectorAll('.rf-phrase-patterns dl > div')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(preview).toEqual([
      ['Not our PROBLEM!', 'not our problem'],
      ['That’s on the (courier)', "that's on the courier"],
    ]);
    expect((storage.data.get(DRAFT_KEY) as { rules: Array<{ patterns: string[] }> }).rules[0]!.patterns).toEqual(['not our problem', "that's on the courier"]);

    await typeInto(root.querySelector('#rf-tester-sample'), "Sorry, that's on the courier.");
    expect(root.querySelector('mark[data-rule-id="acme-courier-date"]')?.textContent).toBe("that's on the courier");
  });

  it('turns the phrases into Hebrew patterns when the rule is switched to Hebrew after they were typed', async () => {
    const { root, storage } = await editorWith(teamPolicy('1'));
    await typeInto(root.querySelector('#rule-0-phrases'), 'זה נשלח לתל-אביב');
    const select = root.querySelector<HTMLSelectElement>('#rule-0-lang')!;
    await act(async () => {
      select.value = 'he';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    // In a Hebrew pattern "-" would mean "any word with this prefix": the phrase's words are kept apart instead.
    expect((storage.data.get(DRAFT_KEY) as { rules: Array<{ patterns: string[] }> }).rules[0]!.patterns).toEqual(['זה נשלח לתל אביב']);
    expect(errorsAt(root, 'patterns')).toEqual([]);
    expect(root.querySelector('.rf-phrase-patterns dd')?.textContent).toBe('זה נשלח לתל אביב');
  });

  it('opens a rule written in the pattern syntax in that syntax, so nothing of it is lost', async () => {
    const { root } = await editorWith(null);
    await click(buttonNamed(root, 'Start from a copy of the default policy'));
    await click(ruleButton(root, 'blame-should-have'));
    const index = root.querySelector('.rf-rule')!.getAttribute('data-rule-index');
    expect(root.querySelector<HTMLTextAreaElement>(`#rule-${index}-patterns`)?.value).toContain('[you #Adverb? (should|ought to) #Adverb? have]');
    const phrasesChoice = [...root.querySelectorAll('.rf-finds label')].find((label) => label.textContent?.trim() === 'Plain phrases')!.querySelector('input')!;
    expect(phrasesChoice.disabled).toBe(true);
    expect(root.querySelector('.rf-finds small')?.textContent).toBe('This rule uses the pattern syntax; plain phrases would lose it.');
  });

  it("says in words when a rule fires: its check, exceptions, the moves it waits for, how often", async () => {
    const { root } = await editorWith(null);
    await click(buttonNamed(root, 'Start from a copy of the default policy'));
    const conditionsOf = async (id: string) => {
      await click(ruleButton(root, id));
      return [...root.querySelectorAll('[data-testid="rule-conditions"] li')].map((item) => item.textContent);
    };
    expect(await conditionsOf('bare-refusal')).toContain('Only when the reply has none of these: an offer of what you can do instead, a time for the next step.');
    expect(await conditionsOf('too-many-sorries')).toEqual(['Only when it appears 3 times or more in one reply.']);
    expect((await conditionsOf('confrontational-shouting'))[0]).toBe('A built-in check finds shouting in capitals; it needs no phrases.');
    expect(await conditionsOf('blame-as-i-said')).toEqual(['Wherever its phrases appear.']);
    expect((await conditionsOf('blame-should-have'))[0]).toBe('Not when the same sentence also has: "you should have received", "what you should have paid".');
  });

  it('says when a rule matched words but a condition kept it quiet', async () => {
    const { root } = await editorWith(null);
    await click(buttonNamed(root, 'Start from a copy of the default policy'));
    await typeInto(root.querySelector('#rf-tester-sample'), "We are unable to refund this booking. I'll update you by 3 pm today. Sorry for the delay.");
    expect(root.querySelector('.rf-tester-findings [data-rule-id="bare-refusal"]')).toBeNull();
    const quiet = Object.fromEntries([...root.querySelectorAll('.rf-tester-quiet li')].map((item) => [item.getAttribute('data-rule-id'), item.textContent]));
    expect(quiet['bare-refusal']).toBe('we unable to bare-refusal found "We are unable to", but stays quiet: the reply has a time for the next step.');
    expect(quiet['too-many-sorries']).toBe('sorry too-many-sorries found "Sorry for the delay", but stays quiet: it was found 1 of the 3 times it needs.');
  });

  it('names severities as the policy JSON and the command line do, each explained', async () => {
    const { root, storage } = await editorWith(teamPolicy('1'));
    const options = [...root.querySelectorAll('.rf-severity label')];
    expect(options.map((option) => option.querySelector('strong')?.textContent)).toEqual(['info', 'warning', 'error']);
    expect(options.map((option) => option.querySelector('small')?.textContent)).toEqual([
      'A tip for the agent; the command line does not fail on it.',
      'Worth changing before sending; the command line fails on it.',
      'Should not be sent as written; the command line fails on it.',
    ]);
    await click(options[2]!.querySelector('input'));
    expect((storage.data.get(DRAFT_KEY) as { rules: Array<{ severity: string }> }).rules[0]!.severity).toBe('error');
  });

  it('gives "Why" room for more than one line, and the suggestions hint names every placeholder', async () => {
    const { root } = await editorWith(teamPolicy('1'));
    expect(root.querySelector('#rule-0-why')?.tagName).toBe('TEXTAREA');
    const hint = root.querySelector('[data-field="suggestions"] small')?.textContent;
    expect(hint).toContain('{match} is the flagged words');
    expect(hint).toContain("{reflection} is the customer's problem in their own words");
  });
});
