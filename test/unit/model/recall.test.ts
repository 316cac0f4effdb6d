// What the second round of model work (issues 10 and 11) changed, as an agent sees it: stock
// claims to have listened are flagged even when they name a feeling, a courtesy is no vague
// time, and the rules no longer read a recap of our own failure or a relative clause as blame.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { englishFeatures } from '../../../src/core/lang/en/features';
import { hebrewFeatures } from '../../../src/core/lang/he/features';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const categories = (text: string) => [...new Set(analyze(text, DEFAULT_EFFECTIVE_POLICY).findings.map((finding) => finding.category))];

describe('hollow acknowledgement', () => {
  it.each([
    'We understand how frustrating this must be.',
    'We value your feedback.',
  ])('flags the stock claim "%s"', (text) => {
    expect(categories(text)).toContain('hollow-acknowledgement');
  });

  it('counts "point taken" and "we take it seriously" as claims to have listened', () => {
    const sentence = 'Point taken, and we take all feedback seriously.';
    const features = englishFeatures(sentence);
    const words = features.acknowledging.map((at) => sentence.slice(features.words[at]!.start, features.words[at]!.end));
    expect(words).toEqual(expect.arrayContaining(['Point', 'seriously']));
  });

  it('leaves a reflection alone', () => {
    expect(categories('I understand you were charged twice after cancelling, and I have refunded the second charge today.')).not.toContain('hollow-acknowledgement');
  });

  it('reads a Hebrew claim to understand behind a prefix letter ("ומבינה" is ו + מבינה)', () => {
    const sentence = 'אני לגמרי איתך ומבינה.';
    const features = hebrewFeatures(sentence);
    const words = features.acknowledging.map((at) => sentence.slice(features.words[at]!.start, features.words[at]!.end));
    expect(words).toContain('ומבינה');
  });
});

describe('vague timeline', () => {
  it.each(["We'll be happy to help with that.", 'I would be glad to assist you.'])('a courtesy owes no date: "%s"', (text) => {
    expect(categories(text)).not.toContain('vague-timeline');
  });
});

describe('blame rules read on replies they were not written from', () => {
  it.each([
    "You were told in store you'd keep your number, and you ended up with a new one; I've put that right today.",
    "I'm sorry you were told otherwise.",
    "Payments you didn't authorise are refunded once the claim is confirmed.",
    "You were charged for a minibar you didn't open, so I've refunded it.",
    "I'm happy to add the cover so you're protected next time.",
  ])('no blame in "%s"', (text) => {
    expect(categories(text)).not.toContain('blame');
  });

  it.each(['As you were told at booking, the fare is fixed.', 'You were clearly told the sale was final.'])('still blames: "%s"', (text) => {
    expect(categories(text)).toContain('blame');
  });
});
