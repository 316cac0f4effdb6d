import { describe, expect, it, vi } from 'vitest';
import { createBackground, type Analyze, type BackgroundPlatform, type Sender } from '../../../src/background/background';
import { createCoachingStore } from '../../../src/background/coaching-store';
import { analyze } from '../../../src/core/index';
import type { Report } from '../../../src/core/types';
import { DEFAULT_POLICY } from '../../../src/policy/default-policy';
import type { Policy } from '../../../src/policy/types';
import { createSettingsStore } from '../../../src/settings/settings-store';
import type { CoachingState, Message, ResponseTo } from '../../../src/shared/protocol';
import { memoryStorage, teamPolicy } from '../team/team-fakes';

const NOW = Date.UTC(2026, 10, 22, 12, 0);
const gmailTab: Sender = { tabId: 7, frameId: 0, tabUrl: 'https://mail.google.com/mail/u/0/#inbox' };

function setup(options: { team?: Policy | null; analyze?: Analyze; refusingTab?: number } = {}) {
  const sync = memoryStorage();
  const local = memoryStorage();
  const session = memoryStorage();
  const sent: Array<{ tabId: number; message: Message; frameId: number | undefined }> = [];
  const injected: Array<{ tabId: number; frameId: number }> = [];
  const platform: BackgroundPlatform = {
    settings: createSettingsStore({ sync, local }),
    teamPolicy: async () => options.team ?? null,
    coaching: createCoachingStore(session),
    analyze: options.analyze ?? analyze,
    async sendToTab(tabId, message, frameId) {
      if (tabId === options.refusingTab) throw new Error('Could not establish connection. Receiving end does not exist.');
      sent.push({ tabId, message, frameId });
    },
    tabIds: async () => [3, 7, 9],
    async injectCoach(tabId, frameId) {
      injected.push({ tabId, frameId });
    },
    now: () => NOW,
  };
  return { background: createBackground(platform), platform, sent, injected, session };
}

const exampleOf = (category: string) => DEFAULT_POLICY.rules!.find((rule) => rule.category === category)!.examples.flag[0]!;

function analyzeReply(background: ReturnType<typeof setup>['background'], text: string, sender: Sender = gmailTab) {
  return background.handle({ type: 'analyze', text, customer: null }, sender) as Promise<{ ok: true; report: Report } | { ok: false; error: string }>;
}

function coaching(text: string): CoachingState {
  return { text, report: analyze(text, { name: 'p', version: '1', rules: [], locked: [] }), customer: null, url: 'https://mail.google.com/' };
}

describe('background: analysis', () => {
  it('analyses a reply with the built-in policy and returns the report', async () => {
    const { background } = setup();
    const reply = exampleOf('blame');
    const result = await analyzeReply(background, reply);
    expect(result.ok).toBe(true);
    const findings = result.ok ? result.report.findings : [];
    expect(findings.map((finding) => finding.category)).toContain('blame');
    for (const finding of findings) expect(reply.slice(finding.start, finding.end)).toBe(finding.text);
  });

  it("leaves out the categories the agent switched off, once the settings change", async () => {
    const { background, platform } = setup();
    const reply = exampleOf('blame');
    const flagsBlame = async () => {
      const result = await analyzeReply(background, reply);
      return result.ok && result.report.findings.some((finding) => finding.category === 'blame');
    };
    expect(await flagsBlame()).toBe(true);
    await platform.settings.updatePreferences((preferences) => ({ ...preferences, categoriesOff: ['blame'] }));
    await background.settingsChanged();
    expect(await flagsBlame()).toBe(false);
  });

  it("runs the team's policy, and keeps the rules the team locks on when the agent switches their category off", async () => {
    const { background, platform } = setup({ team: teamPolicy('2.1.0') });
    await platform.settings.updatePreferences((preferences) => ({ ...preferences, categoriesOff: ['over-promise'] }));
    const result = await analyzeReply(background, 'Good news, it will arrive tomorrow.');
    expect(result.ok && result.report.findings.map((finding) => finding.ruleId)).toContain('acme-courier-date');
    const popup = await background.handle({ type: 'popup.state', tabId: 7, url: gmailTab.tabUrl! }, {});
    expect(popup).toMatchObject({ policy: { name: 'Acme support', version: '2.1.0' } });
  });

  it("passes the agent's language, and the customer's message chosen with the context menu", async () => {
    const spy = vi.fn<Analyze>((text, policy, context) => analyze(text, policy, context));
    const { background, platform, sent } = setup({ analyze: spy });
    await platform.settings.updatePreferences((preferences) => ({ ...preferences, language: 'en' }));
    await background.handle({ type: 'coaching.update', state: coaching('Hello') }, { ...gmailTab, frameId: 4 });
    await background.useAsCustomer(7, 'I was charged twice and nobody answers!');
    expect(sent).toContainEqual({ tabId: 7, frameId: 4, message: { type: 'customer.set', text: 'I was charged twice and nobody answers!' } });
    await analyzeReply(background, 'Thanks for writing.');
    expect(spy).toHaveBeenLastCalledWith('Thanks for writing.', expect.anything(), {
      customer: 'I was charged twice and nobody answers!',
      lang: 'en',
    });
    // A frame that knows the customer's message itself wins over the selection.
    await background.handle({ type: 'analyze', text: 'Thanks.', customer: 'Where is my order?', lang: 'he' }, gmailTab);
    expect(spy).toHaveBeenLastCalledWith('Thanks.', expect.anything(), { customer: 'Where is my order?', lang: 'he' });
  });

  it('answers with the error instead of failing when analysis throws', async () => {
    const { background } = setup({
      analyze: () => {
        throw new Error('pattern does not compile');
      },
    });
    expect(await analyzeReply(background, 'Hi')).toEqual({ ok: false, error: 'pattern does not compile' });
  });
});

describe('background: sites and snooze', () => {
  it("reports the tab's top-level host and the agent's choice for it, also to a frame of another origin", async () => {
    const { background } = setup();
    await background.handle({ type: 'site.set', host: 'mail.google.com', setting: 'off' }, {});
    const status = await background.handle({ type: 'site.status', url: 'https://frames.example.net/compose' }, gmailTab);
    expect(status).toEqual({ host: 'mail.google.com', setting: 'off', snoozedUntil: null });
    const other = await background.handle({ type: 'site.status', url: 'https://help.example.org/t/1' }, { tabId: 2, frameId: 0, tabUrl: 'https://help.example.org/t/1' });
    expect(other).toEqual({ host: 'help.example.org', setting: 'default', snoozedUntil: null });
  });

  it('reports a snooze until it is over', async () => {
    const { background } = setup();
    await background.handle({ type: 'snooze.set', until: NOW + 60_000 }, {});
    await background.settingsChanged();
    expect(await background.handle({ type: 'site.status', url: gmailTab.tabUrl! }, gmailTab)).toMatchObject({ snoozedUntil: NOW + 60_000 });
    await background.handle({ type: 'snooze.set', until: NOW - 1 }, {});
    await background.settingsChanged();
    expect(await background.handle({ type: 'site.status', url: gmailTab.tabUrl! }, gmailTab)).toMatchObject({ snoozedUntil: null });
  });

  it('tells every tab when settings change, also when one tab has no content script', async () => {
    const { background, sent } = setup({ refusingTab: 3 });
    await expect(background.settingsChanged()).resolves.toBeUndefined();
    expect(sent).toEqual([
      { tabId: 7, frameId: undefined, message: { type: 'settings.changed' } },
      { tabId: 9, frameId: undefined, message: { type: 'settings.changed' } },
    ]);
  });
});

describe('background: coaching per tab', () => {
  it("keeps the latest coaching with its frame for the popup, and a quiet frame does not wipe the agent's", async () => {
    const { background } = setup();
    await background.handle({ type: 'coaching.update', state: coaching('First draft') }, { ...gmailTab, frameId: 5 });
    await background.handle({ type: 'coaching.update', state: null }, { ...gmailTab, frameId: 0 });
    const popup = (await background.handle({ type: 'popup.state', tabId: 7, url: gmailTab.tabUrl! }, {})) as { frameId: number; coaching: CoachingState };
    expect(popup.frameId).toBe(5);
    expect(popup.coaching.text).toBe('First draft');
    expect(await background.handle({ type: 'coaching.get', tabId: 7 }, {})).toMatchObject({ text: 'First draft' });

    await background.handle({ type: 'coaching.update', state: null }, { ...gmailTab, frameId: 5 });
    expect(await background.handle({ type: 'popup.state', tabId: 7, url: gmailTab.tabUrl! }, {})).toMatchObject({ coaching: null, frameId: null });
  });

  it('still has the coaching after the service worker was stopped and started again', async () => {
    const first = setup();
    await first.background.handle({ type: 'coaching.update', state: coaching('Kept across restarts') }, gmailTab);
    const restarted = createBackground({ ...first.platform, coaching: createCoachingStore(first.session) });
    expect(await restarted.handle({ type: 'coaching.get', tabId: 7 }, {})).toMatchObject({ text: 'Kept across restarts' });
  });

  it('forgets a closed tab', async () => {
    const { background } = setup();
    await background.handle({ type: 'coaching.update', state: coaching('Gone soon') }, gmailTab);
    await background.tabClosed(7);
    expect(await background.handle({ type: 'coaching.get', tabId: 7 }, {})).toBeNull();
  });

  it("injects the coach into the frame that asked, and reports a failure", async () => {
    const { background, injected, platform } = setup();
    expect(await background.handle({ type: 'coach.inject' }, { ...gmailTab, frameId: 6 })).toEqual({ ok: true });
    expect(injected).toEqual([{ tabId: 7, frameId: 6 }]);
    platform.injectCoach = async () => {
      throw new Error('Cannot access contents of the page');
    };
    const failing = createBackground(platform);
    expect(await failing.handle({ type: 'coach.inject' }, gmailTab)).toEqual({ ok: false, error: 'Cannot access contents of the page' });
    expect(await failing.handle({ type: 'coach.inject' }, {})).toEqual({ ok: false, error: 'not sent from a tab' });
  });

  it('leaves messages meant for content scripts unanswered', () => {
    const { background } = setup();
    expect(background.handle({ type: 'coaching.jump', findingIndex: 0 }, {})).toBeUndefined();
  });

  it("answers the rule editor's checks, so the options page needs no analyser of its own", async () => {
    const { background } = setup();
    const policy = teamPolicy('4');
    const checked = (await background.handle({ type: 'policy.check', policy, examplesOf: policy.rules![0]!.id }, {})) as ResponseTo<'policy.check'>;
    expect(checked.validation.ok).toBe(true);
    expect(checked.exampleFailures).toEqual([]);
    const broken = (await background.handle({ type: 'policy.check-text', text: '{"name": ' }, {})) as ResponseTo<'policy.check-text'>;
    expect(broken.ok).toBe(false);
    const tried = (await background.handle({ type: 'policy.try', policy, text: 'I understand your problem.' }, {})) as ResponseTo<'policy.try'>;
    expect(tried.findings.map((finding) => finding.ruleId)).toContain('hollow-i-understand');
    expect(tried.rules.map((rule) => rule.id)).toContain('hollow-i-understand');
  });
});
