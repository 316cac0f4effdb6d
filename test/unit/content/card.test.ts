// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/types';
import { COACH_TAG, CoachUi } from '../../../src/content/coach-ui';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

function finding(lang: 'en' | 'he'): Finding {
  return {
    ruleId: 'blame-should-have', category: 'blame', severity: 'warning', lang, text: 'You should have',
    start: 0, end: 15, message: 'Blames the customer.', why: 'Blame makes people defend themselves.',
    suggestions: [
      { kind: 'replace', label: 'Explain instead', text: 'Here is how it works:', start: 0, end: 15 },
      { kind: 'replace', label: 'Offer help', text: 'Let me walk you through it:', start: 0, end: 15 },
    ],
  };
}

function open(lang: 'en' | 'he' = 'en') {
  document.body.innerHTML = '';
  document.querySelectorAll(COACH_TAG).forEach((host) => host.remove());
  const ui = new CoachUi(document);
  const calls: string[] = [];
  ui.showCard('e1', finding(lang), () => new DOMRect(10, 10, 50, 16), {
    apply: (index) => calls.push(`apply ${index}`),
    dismiss: () => calls.push('dismiss'),
    close: () => calls.push('close'),
  }, true);
  const dialog = ui.shadow.querySelector<HTMLElement>('[role="dialog"]')!;
  const press = (key: string) => (ui.shadow.activeElement ?? dialog).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  return { ui, dialog, calls, press };
}

describe('the in-page UI and its card (the public DOM contract)', () => {
  it('lives in one <reframe-coach> with an open shadow root; the card is a dialog with apply buttons', () => {
    const { ui, dialog } = open();
    expect(document.querySelectorAll(COACH_TAG)).toHaveLength(1);
    expect(ui.host.shadowRoot).not.toBeNull();
    expect(dialog.textContent).toContain('Blame');
    expect(dialog.textContent).toContain('Blames the customer.');
    expect(dialog.textContent).toContain('Blame makes people defend themselves.');
    const buttons = [...dialog.querySelectorAll('[data-reframe-action="apply"]')].map((button) => button.textContent);
    expect(buttons).toEqual(['Explain insteadHere is how it works:', 'Offer helpLet me walk you through it:']);
    expect(dialog.querySelector('[data-reframe-action="dismiss"]')).not.toBeNull();
    expect(dialog.dir).toBe('ltr');
  });

  it('opened from the keyboard: arrows move between suggestions, Enter applies the focused one, Esc closes', () => {
    const { ui, calls, press } = open();
    const buttons = [...ui.shadow.querySelectorAll<HTMLElement>('[data-reframe-action="apply"]')];
    press('ArrowDown');
    expect(ui.shadow.activeElement).toBe(buttons[0]);
    press('ArrowDown');
    expect(ui.shadow.activeElement).toBe(buttons[1]);
    press('Enter');
    press('Escape');
    expect(calls).toEqual(['apply 1', 'close']);
  });

  it('takes the keys back when the editor stole focus while it was open from the keyboard', () => {
    const { ui, calls } = open();
    const buttons = [...ui.shadow.querySelectorAll<HTMLElement>('[data-reframe-action="apply"]')];
    (ui.shadow.activeElement as HTMLElement).blur();
    expect(ui.pressInCard('e2', 'ArrowDown')).toBe(false); // not that editor's card
    expect(ui.pressInCard('e1', 'a')).toBe(false); // typing is not the card's
    expect(ui.pressInCard('e1', 'ArrowDown')).toBe(true);
    expect(ui.shadow.activeElement).toBe(buttons[0]);
    ui.pressInCard('e1', 'Enter');
    expect(calls).toEqual(['apply 0']);
  });

  it('remembers the suggestion ArrowDown chose when the editor takes the focus between ArrowDown and Enter', () => {
    const { ui, calls, press } = open();
    press('ArrowDown');
    press('ArrowDown');
    (ui.shadow.activeElement as HTMLElement).blur();
    expect(ui.pressInCard('e1', 'Enter')).toBe(true);
    expect(calls).toEqual(['apply 1']);
  });

  it('lays out right to left for a Hebrew reply', () => {
    const { dialog } = open('he');
    expect(dialog.dir).toBe('rtl');
    expect(dialog.textContent).toContain('האשמה');
  });

  it("offers the customer's reflection on a hollow acknowledgement, and the shorter one of a long message (issue 12)", () => {
    const customer =
      'Hi, I ordered a sofa on 3 March and paid £1,200 up front. Delivery was booked for last Tuesday, I took the day off work and nobody came. I have called four times since and every time I am told someone will call back. We are hosting my parents next weekend and have nowhere to sit.';
    const report = analyze('I understand your problem.', DEFAULT_EFFECTIVE_POLICY, { customer });
    const reading = report.customer!;
    document.body.innerHTML = '';
    const ui = new CoachUi(document);
    ui.showCard('e1', report.findings[0]!, () => new DOMRect(10, 10, 50, 16), { apply: () => {}, dismiss: () => {}, close: () => {} }, false);
    const buttons = [...ui.shadow.querySelectorAll('[data-reframe-action="apply"]')].map((button) => [button.querySelector('.label')?.textContent, button.querySelector('.text')?.textContent]);
    expect(buttons[0]).toEqual(['Reflect instead', `If I understand correctly, ${reading.reflection}`]);
    expect(buttons[1]).toEqual(['Reflect instead (shorter)', `If I understand correctly, ${reading.reflectionShort}`]);
    expect(reading.reflection).toContain('you ordered a sofa');
    ui.hideCard('e1');
  });

  it('only the editor that opened the card closes it', () => {
    const { ui } = open();
    ui.hideCard('e2');
    expect(ui.isCardOpen('e1')).toBe(true);
    ui.hideCard('e1');
    expect(ui.shadow.querySelector('[role="dialog"]')).toBeNull();
  });
});
