// Offsets are UTF-16 indices: whatever surrounds a flagged phrase (emoji, surrogate pairs,
// Hebrew, combining marks, stray punctuation), text.slice(start, end) is the flagged text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';
import { expectOffsetsHold } from './report-offsets';

const FLAGGED = [
  ['blame-should-have', 'You should have read the manual.'],
  ['hollow-i-understand', 'I understand your problem.'],
  ['confrontational-contradict', "That's not true."],
  ['over-promise-never-again', 'This will never happen again.'],
  ['minimizing-obviously', 'Obviously the cable is loose.'],
  ['deflection-not-our-fault', "It's not our fault."],
  ['confrontational-exclamations', 'It is only in the Pro plan!!'],
] as const;

const pieces = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('😀', '👋🏽', '👨‍👩‍👧', '🎃 ', 'שלום', 'כן הבנתי את הבעיה שלך', 'e\u0301', '\u200f', ' !! ', '...', '\n', '\n\n', 'SAME ', 'Mr. ', '"', '\uD800', '\uDC00'),
);
const noise = fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join(''));

describe('offsets', () => {
  it('always slice to the flagged text, in any surrounding text', () => {
    fc.assert(
      fc.property(noise, fc.constantFrom(...FLAGGED), noise, (before, [, phrase], after) => {
        const text = `${before} ${phrase} ${after}`;
        expectOffsetsHold(text, analyze(text, DEFAULT_EFFECTIVE_POLICY));
      }),
      { numRuns: 300 },
    );
  });

  it('still find a flagged phrase in its own paragraph, wherever it sits', () => {
    fc.assert(
      fc.property(noise, fc.constantFrom(...FLAGGED), noise, (before, [ruleId, phrase], after) => {
        const text = `${before}\n\n${phrase}\n\n${after}`;
        const report = analyze(text, DEFAULT_EFFECTIVE_POLICY, { lang: 'en' });
        const at = text.indexOf(phrase, before.length);
        const hit = report.findings.find((finding) => finding.ruleId === ruleId && finding.start >= at && finding.end <= at + phrase.length);
        expect(hit, `${ruleId} in ${JSON.stringify(text)}`).toBeDefined();
        expectOffsetsHold(text, report);
      }),
      { numRuns: 200 },
    );
  });

  it('hold for arbitrary text, with or without a customer message', () => {
    fc.assert(
      fc.property(noise, fc.option(noise, { nil: undefined }), (text, customer) => {
        const report = analyze(text, DEFAULT_EFFECTIVE_POLICY, customer === undefined ? {} : { customer });
        expectOffsetsHold(text, report);
        for (const demand of report.customer?.demands ?? []) expect(customer!.slice(demand.start, demand.end)).toBe(demand.text);
      }),
      { numRuns: 300 },
    );
  });
});
