// What the agent gets after taking a suggestion, read as the customer would read it: one
// insertion, one finding per words, sentences that read right, no placeholder sent unfilled.
import { describe, expect, it } from 'vitest';
import { analyze, type Finding } from '../../../src/core';
import { atReplyStart } from '../../../src/core/fit-text';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';
import { applySuggestion } from './apply-suggestion';

const check = (text: string) => analyze(text, DEFAULT_EFFECTIVE_POLICY);
const findingOn = (text: string, words: string): Finding => {
  const found = check(text).findings.find((finding) => finding.text.includes(words) || words.includes(finding.text));
  if (!found) throw new Error(`no finding on "${words}" in "${text}"`);
  return found;
};
const applied = (text: string, words: string, label: string) => {
  const finding = findingOn(text, words);
  const suggestion = finding.suggestions.find((candidate) => candidate.label === label);
  if (!suggestion) throw new Error(`no "${label}" among ${finding.suggestions.map((candidate) => candidate.label).join(', ')}`);
  return applySuggestion(text, suggestion);
};

describe('placeholders the agent fills, never sends', () => {
  it('a reply still holding a template placeholder gets an error-level finding of its own id', () => {
    const report = check("Thanks for waiting. I'll update you by [time] either way.");
    const placeholder = report.findings.find((finding) => finding.category === 'unfilled-placeholder');
    expect(placeholder).toMatchObject({ ruleId: 'unfilled-placeholder', severity: 'error', text: '[time]' });
    expect(placeholder?.message).toContain('[time]');
  });

  it('an unfilled offer is no offer: the bare refusal stays flagged until it is filled', () => {
    const unfilled = check('We cannot refund this order. What I can do for you is [what you can offer].');
    expect(unfilled.findings.map((finding) => finding.category)).toEqual(['bare-refusal', 'unfilled-placeholder']);
    expect(unfilled.moves.map((hit) => hit.move)).not.toContain('alternative-offer');
    const filled = check('We cannot refund this order. What I can do for you is a voucher for the full amount.');
    expect(filled.findings).toEqual([]);
  });

  it('square brackets around a reference number or a long aside are not placeholders', () => {
    expect(check('Your ticket [#48213] is open.').findings).toEqual([]);
  });
});

describe('sentence-level reframes replace the flagged clause', () => {
  it('a deflection after a comma goes, with its connector, and the better sentence follows', () => {
    expect(applied('Tracking shows it was delivered at 14:12, so it\'s not our fault if it went missing after that.', 'not our fault', 'Own it')).toBe(
      'Tracking shows it was delivered at 14:12. Let me see what we can do about this right now.',
    );
  });

  it('"It\'s company policy." becomes the reason, not a second sentence beside the wall', () => {
    expect(applied("Hi Noa, the bank was slow. It's company policy.", 'policy', 'Give the reason')).toBe(
      'Hi Noa, the bank was slow. We have this rule because [the reason behind the rule].',
    );
  });

  it('"looking into it" keeps who is working and adds when the customer will hear', () => {
    expect(applied('Our engineers are looking into it.', 'looking into it', "Say when you'll update")).toBe(
      "Our engineers are looking into it, and I'll update you by [day and time] with what we find.",
    );
  });

  it('a bare refusal can keep its no and add the offer', () => {
    expect(applied('We cannot refund this order.', 'cannot refund', 'Say no with an offer')).toBe(
      'We cannot refund this order, but what I can do for you is [what you can offer].',
    );
  });

  it('"As I already explained in my previous email" is recapped whole', () => {
    expect(applied('As I already explained in my previous email, the fee stays.', 'As I already explained', 'Recap neutrally')).toBe('To recap, the fee stays.');
  });

  it('a replacement at the start of the paragraph after a greeting line starts with a capital', () => {
    expect(applied('Hi Noa,\n\nas I already explained, the refund takes five days.', 'as I already explained', 'Recap neutrally')).toBe(
      'Hi Noa,\n\nTo recap, the refund takes five days.',
    );
  });

  it('Hebrew: a vague "we are checking" keeps its clause and gains a time', () => {
    expect(applied('אנחנו בודקים את זה מול הצוות הטכני.', 'בודקים', 'לומר מתי תעדכן')).toBe('אנחנו בודקים את זה מול הצוות הטכני, ואעדכן אותך עד [יום ושעה] במה שנמצא.');
  });
});

describe('one finding per words, explained in its own words', () => {
  it('"nothing I can do" is one finding, the more specific deflection', () => {
    const findings = check("Sorry, there's nothing I can do.").findings;
    expect(findings.map((finding) => [finding.category, finding.text])).toEqual([['deflection', 'nothing I can do']]);
  });

  it('the vague-timeline message quotes the words flagged', () => {
    expect(findingOn("We'll sort it ASAP.", 'ASAP').message).toContain('"ASAP"');
    expect(findingOn('Our team is looking into it.', 'looking into it').message).toContain('"is looking into it"');
  });

  it('no message or explanation cites our sources', () => {
    const findings = [
      ...check("I understand your problem. You should have read the manual. It's not our fault. We'll fix it soon.").findings,
      ...check('כן הבנתי את הבעיה שלך, היית צריך לקרוא את ההוראות. נחזור אליך בקרוב.').findings,
    ];
    expect(findings.length).toBeGreaterThanOrEqual(6);
    for (const finding of findings) expect(`${finding.message} ${finding.why}`).not.toMatch(/seed|מאמר|\b00\d\b/);
  });
});

describe('the popup inserts at the start of the reply', () => {
  const line = 'If I understand correctly, you were charged twice. Is that right?';

  it('after a greeting line, capitalised, with a space before the text that follows', () => {
    expect(applySuggestion('Hi Noa,\nthe refund is on its way.', { kind: 'insert', label: '', ...atReplyStart('Hi Noa,\nthe refund is on its way.', line) })).toBe(
      `Hi Noa,\n${line} the refund is on its way.`,
    );
  });

  it('after a greeting on the same line, in lower case as the sentence goes on', () => {
    const reply = 'Hi Noa, the refund is on its way.';
    expect(applySuggestion(reply, { kind: 'insert', label: '', ...atReplyStart(reply, line) })).toBe(
      'Hi Noa, if I understand correctly, you were charged twice. Is that right? the refund is on its way.',
    );
  });

  it('at the very start when there is no greeting, and in an empty reply', () => {
    expect(applySuggestion('The refund is on its way.', { kind: 'insert', label: '', ...atReplyStart('The refund is on its way.', line) })).toBe(`${line} The refund is on its way.`);
    expect(atReplyStart('', line)).toEqual({ start: 0, end: 0, text: line });
  });

  it('Hebrew: after "היי נועה," on its own line', () => {
    const reply = 'היי נועה,\nההחזר בדרך.';
    expect(atReplyStart(reply, 'אם אני מבין אותך נכון, חויבת פעמיים.').start).toBe('היי נועה,\n'.length);
  });
});
