// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../../../src/core/types';
import type { EditOutcome, PopupState } from '../../../src/shared/protocol';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('./fake-browser')).fakeBrowser }));

const { Popup } = await import('../../../src/popup/popup');
const { applyUiDirection } = await import('../../../src/platform/i18n');
const { useUiLanguage } = await import('./fake-browser');
const { button, click, mount } = await import('./render');

const reply = "You should have read the manual. I can't refund that.";

function finding(flagged: string, category: Finding['category'], message: string): Finding {
  const start = reply.indexOf(flagged);
  const end = start + flagged.length;
  return {
    start,
    end,
    ruleId: `test-${category}`,
    category,
    severity: 'warning',
    lang: 'en',
    text: reply.slice(start, end),
    message,
    why: 'why',
    suggestions: [],
  };
}

const report: Report = {
  lang: 'en',
  findings: [
    finding('You should have', 'blame', 'This blames the customer.'),
    finding("I can't refund that", 'bare-refusal', 'A refusal with no alternative.'),
  ],
  moves: [],
  structure: {
    present: ['answer'],
    steps: { reflect: false, empathize: false, answer: true, offer: false },
    orderOk: false,
    notes: ['A refusal comes before any empathy.'],
  },
  customer: {
    lang: 'en',
    mood: 'angry',
    sarcasm: false,
    reflection: 'you were charged twice',
    reflectionLine: 'If I understand correctly, you were charged twice. Is that right?',
    reflectionShort: null,
    reflectionShortLine: null,
    demands: [],
    boundary: null,
  },
};

function state(overrides: Partial<PopupState> = {}): PopupState {
  return {
    site: { host: 'mail.google.com', setting: 'default', snoozedUntil: null },
    coaching: { text: reply, report, customer: null, url: 'https://mail.google.com/mail/u/0/' },
    frameId: 3,
    policy: { name: 'Acme support', version: '1.2.0' },
    ...overrides,
  };
}

function fakeActions(initial: PopupState | null, outcome: EditOutcome = { ok: true, method: 'execCommand' }) {
  return {
    load: vi.fn(async () => initial),
    setSite: vi.fn(async () => undefined),
    snooze: vi.fn(async () => undefined),
    jump: vi.fn(async () => ({ ok: true })),
    insert: vi.fn(async () => outcome),
  };
}

const text = (root: HTMLElement) => root.textContent?.replace(/\s+/g, ' ') ?? '';

describe('popup', () => {
  beforeEach(() => {
    window.close = vi.fn();
  });

  it('shows which structure steps are there, which are missing, and the order notes', async () => {
    const root = await mount(Popup, { actions: fakeActions(state()) });
    const steps = [...root.querySelectorAll('.steps li')].map((step) => step.textContent);
    expect(steps).toEqual(['Reflectmissing', 'Empathizemissing', 'Answerthere', 'Offermissing']);
    expect(text(root)).toContain('The order could be better:');
    expect(text(root)).toContain('A refusal comes before any empathy.');
  });

  it('says the order is right when it is, and judges no order with fewer than two steps', async () => {
    const withStructure = (structure: Report['structure']) =>
      fakeActions(state({ coaching: { ...state().coaching!, report: { ...report, structure } } }));
    const ordered = await mount(Popup, {
      actions: withStructure({ present: ['empathy', 'answer'], steps: { reflect: false, empathize: true, answer: true, offer: false }, orderOk: true, notes: [] }),
    });
    expect(text(ordered)).toContain('The order is right.');
    const single = await mount(Popup, { actions: withStructure({ ...report.structure, orderOk: true, notes: [] }) });
    expect(text(single)).not.toContain('order');
  });

  it('lists the findings and jumps to the chosen one in the coaching frame', async () => {
    const actions = fakeActions(state());
    const root = await mount(Popup, { actions });
    expect(text(root)).toContain('Findings (2)');
    expect([...root.querySelectorAll('.findings .message')].map((each) => each.textContent)).toEqual([
      'This blames the customer.',
      'A refusal with no alternative.',
    ]);
    const jumps = [...root.querySelectorAll('.findings button')] as HTMLButtonElement[];
    expect(jumps.map((each) => each.textContent)).toEqual(['Show in reply', 'Show in reply']);
    // Each button is described by the text it shows, for screen readers.
    expect(root.querySelector(`#${jumps[1]!.getAttribute('aria-describedby')}`)?.textContent).toBe("I can't refund that");
    await click(jumps[1]!);
    expect(actions.jump).toHaveBeenCalledWith(3, 1);
    expect(window.close).toHaveBeenCalled();
  });

  it('says so when a finding is no longer in the reply', async () => {
    const actions = fakeActions(state());
    actions.jump.mockResolvedValue({ ok: false });
    const root = await mount(Popup, { actions });
    await click(root.querySelector('.findings button') as HTMLButtonElement);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('That text is no longer in the reply.');
    expect(window.close).not.toHaveBeenCalled();
  });

  it('names the built-in policy for people, not by its id', async () => {
    const root = await mount(Popup, { actions: fakeActions(state({ policy: { name: 'reframe:default', version: '1.0.0' } })) });
    expect(text(root)).toContain('Policy: Reframe default');
    expect(text(root)).not.toContain('reframe:default');
  });

  it("shows the customer's mood and inserts the reflection draft", async () => {
    const actions = fakeActions(state());
    const root = await mount(Popup, { actions });
    expect(text(root)).toContain('Mood: angry');
    // What is shown is what the button inserts.
    expect(root.querySelector('blockquote')?.textContent).toBe('If I understand correctly, you were charged twice. Is that right?');
    await click(button(root, 'Insert at the start of the reply'));
    expect(actions.insert).toHaveBeenCalledWith(3, 'If I understand correctly, you were charged twice. Is that right?');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Inserted. Ctrl+Z takes it back.');
  });

  describe('the moods of issue 12, each with its advice, in both interface languages', () => {
    const withMood = (customer: Partial<NonNullable<Report['customer']>>) =>
      state({ coaching: { ...state().coaching!, report: { ...report, customer: { ...report.customer!, ...customer } } } });
    const ADVICE = {
      en: {
        calm: ['Mood: calm', 'Answer plainly'],
        anxious: ['Mood: anxious', 'Reassure with facts and a time'],
        frustrated: ['Mood: frustrated', 'Show you know the history'],
        angry: ['Mood: angry', 'Acknowledge first, no defence'],
        abusive: ['Mood: abusive', 'Set a calm boundary in writing'],
      },
      he: {
        calm: ['מצב רוח: רגוע', 'לענות בפשטות'],
        anxious: ['מצב רוח: מודאג', 'להרגיע בעובדות ובזמן'],
        frustrated: ['מצב רוח: מתוסכל', 'להראות שההיסטוריה ידועה לך'],
        angry: ['מצב רוח: כועס', 'קודם להכיר, בלי להתגונן'],
        abusive: ['מצב רוח: פוגעני', 'להציב גבול רגוע בכתב'],
      },
    } as const;

    for (const locale of ['en', 'he'] as const) {
      for (const mood of ['calm', 'anxious', 'frustrated', 'angry', 'abusive'] as const) {
        it(`${locale}: ${mood}`, async () => {
          useUiLanguage(locale);
          try {
            const root = await mount(Popup, { actions: fakeActions(withMood({ mood })) });
            const [label, advice] = ADVICE[locale][mood];
            expect(root.querySelector('.mood')?.textContent).toBe(label);
            expect(root.querySelector('.advice')?.textContent).toContain(advice);
          } finally {
            useUiLanguage('en');
          }
        });
      }
    }

    it('offers the boundary to an abusive customer, and inserts it', async () => {
      const boundary = "I'm not comfortable continuing while offensive language is used. Let's pause here, and I'll send you a status update within the hour.";
      const actions = fakeActions(withMood({ mood: 'abusive', boundary }));
      const root = await mount(Popup, { actions });
      expect(root.querySelector('.boundary blockquote')?.textContent).toBe(boundary);
      await click(button(root, 'Insert the boundary'));
      expect(actions.insert).toHaveBeenCalledWith(3, boundary);
    });

    it('says when the customer is sarcastic', async () => {
      const root = await mount(Popup, { actions: fakeActions(withMood({ sarcasm: true })) });
      expect(root.querySelector('.sarcasm')?.textContent).toContain("don't quote it back");
      const plain = await mount(Popup, { actions: fakeActions(state()) });
      expect(plain.querySelector('.sarcasm')).toBeNull();
    });

    it('offers the shorter reflection of a long message beside the full one', async () => {
      const actions = fakeActions(
        withMood({
          reflection: 'you were charged twice for the March bill, and your rent goes out on Friday',
          reflectionLine: 'If I understand correctly, you were charged twice for the March bill, and your rent goes out on Friday. Is that right?',
          reflectionShort: 'you were charged twice for the March bill',
          reflectionShortLine: 'If I understand correctly, you were charged twice for the March bill. Is that right?',
        }),
      );
      const root = await mount(Popup, { actions });
      expect(root.querySelector('.reflection.short blockquote')?.textContent).toBe('If I understand correctly, you were charged twice for the March bill. Is that right?');
      await click(button(root, 'Insert the shorter one'));
      expect(actions.insert).toHaveBeenCalledWith(3, 'If I understand correctly, you were charged twice for the March bill. Is that right?');
    });

    it('lists the demands, with the interest question only where no reason was given', async () => {
      const root = await mount(Popup, {
        actions: fakeActions(
          withMood({
            demands: [
              { start: 0, end: 27, text: 'I need the report by Friday', reasonGiven: false, question: 'What makes Friday the day you need it?' },
              { start: 30, end: 60, text: 'I need it for the board meeting', reasonGiven: true, question: null },
            ],
          }),
        ),
      });
      const items = Array.from(root.querySelectorAll('.demands li')).map((item) => item.textContent);
      expect(items[0]).toContain('Ask: What makes Friday the day you need it?');
      expect(items[1]).toContain('They said why');
    });
  });

  it('tells the agent when the reflection went to the clipboard instead', async () => {
    const actions = fakeActions(state(), { ok: false, copied: true, error: 'editor refused' });
    const root = await mount(Popup, { actions });
    await click(button(root, 'Insert at the start of the reply'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Could not insert here; the text is on the clipboard.');
  });

  it('explains how to give the customer message when there is none', async () => {
    const root = await mount(Popup, { actions: fakeActions(state({ coaching: { ...state().coaching!, report: { ...report, customer: null } } })) });
    expect(text(root)).toContain('Use selection as the customer\'s message');
  });

  it("shows the active policy's name and version", async () => {
    const root = await mount(Popup, { actions: fakeActions(state()) });
    expect(text(root)).toContain('Policy: Acme support 1.2.0');
  });

  it('turns coaching off on a helpdesk host with one click, then shows it off', async () => {
    const actions = fakeActions(state());
    const root = await mount(Popup, { actions });
    const toggle = root.querySelector('input[role="switch"]') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(toggle.closest('label')?.textContent).toBe('Coach on this site');
    actions.load.mockResolvedValue(state({ site: { host: 'mail.google.com', setting: 'off', snoozedUntil: null }, coaching: null }));
    await click(toggle);
    expect(actions.setSite).toHaveBeenCalledWith('mail.google.com', 'off');
    expect(text(root)).toContain('Coaching is off on this site.');
    expect((root.querySelector('input[role="switch"]') as HTMLInputElement).checked).toBe(false);
  });

  it('turns coaching on for any other site with one click', async () => {
    const actions = fakeActions(state({ site: { host: 'help.example.org', setting: 'default', snoozedUntil: null }, coaching: null }));
    const root = await mount(Popup, { actions });
    expect((root.querySelector('input[role="switch"]') as HTMLInputElement).checked).toBe(false);
    await click(root.querySelector('input[role="switch"]') as HTMLInputElement);
    expect(actions.setSite).toHaveBeenCalledWith('help.example.org', 'on');
  });

  it('snoozes for an hour, and offers to resume while snoozed', async () => {
    const actions = fakeActions(state());
    const root = await mount(Popup, { actions });
    await click(button(root, 'For 1 hour'));
    expect(actions.snooze).toHaveBeenCalledWith('hour');

    const snoozed = await mount(Popup, {
      actions: { ...actions, load: vi.fn(async () => state({ site: { host: 'mail.google.com', setting: 'default', snoozedUntil: Date.now() + 3_600_000 } })) },
    });
    expect(text(snoozed)).toContain('Paused until');
    await click(button(snoozed, 'Resume now'));
    expect(actions.snooze).toHaveBeenLastCalledWith(null);
  });

  it('says it cannot coach on pages extensions cannot reach', async () => {
    const root = await mount(Popup, { actions: fakeActions(null) });
    expect(text(root)).toBe('Reframe cannot coach on this page.');
  });

  it("follows the interface direction as a whole; a Hebrew reply's own words read right to left inside it", async () => {
    const hebrewFindings = report.findings.map((finding) => ({ ...finding, lang: 'he' as const }));
    const hebrewCustomer = { ...report.customer!, lang: 'he' as const };
    const hebrew = await mount(Popup, { actions: fakeActions(state({ coaching: { ...state().coaching!, report: { ...report, lang: 'he', findings: hebrewFindings, customer: hebrewCustomer } } })) });
    // The steps, headings and buttons are in the interface language: never reversed by the reply's.
    expect(hebrew.querySelector('[data-testid="coaching"]')?.hasAttribute('dir')).toBe(false);
    const replyParts = Array.from(hebrew.querySelectorAll('.flagged, .message, .reflection blockquote'));
    expect(replyParts.length).toBeGreaterThanOrEqual(3);
    for (const part of replyParts) expect([part.getAttribute('dir'), part.getAttribute('lang')]).toEqual(['rtl', 'he']);
    const english = await mount(Popup, { actions: fakeActions(state()) });
    for (const part of Array.from(english.querySelectorAll('.flagged, .message'))) expect(part.getAttribute('dir')).toBe('ltr');
  });

  it('lays the page out right to left when the UI language is Hebrew', () => {
    useUiLanguage('he');
    applyUiDirection(document.documentElement);
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('he');
    useUiLanguage('en');
    applyUiDirection(document.documentElement);
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('says, in plain words and without its id, that a team rule was stopped for taking too long (issue 13)', async () => {
    const stoppedRules = [{ ruleId: 'acme-slow-rule', category: 'over-promise' as const, lang: 'en' as const, reason: 'time' as const }];
    const root = await mount(Popup, { actions: fakeActions(state({ coaching: { ...state().coaching!, report: { ...report, stoppedRules } } })) });
    const notice = root.querySelector('[data-testid="rules-stopped"]');
    expect(notice?.textContent).toBe('A team rule about "Over-promise" took too long on this reply and was paused. The other rules still coach it.');
    expect(text(root)).not.toContain('acme-slow-rule');
    const none = await mount(Popup, { actions: fakeActions(state()) });
    expect(none.querySelector('[data-testid="rules-stopped"]')).toBeNull();
  });
});
