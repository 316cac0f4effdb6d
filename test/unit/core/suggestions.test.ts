import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';
import { applySuggestion } from './apply-suggestion';
import { policyOf } from './policies';

describe('suggestions', () => {
  it('replaces the flagged span, fitting the case to where it lands', () => {
    const text = 'Hi Dana, I understand your problem.';
    const [finding] = analyze(text, DEFAULT_EFFECTIVE_POLICY, { customer: 'My parcel never came.' }).findings;
    const [reflect] = finding!.suggestions;
    expect(reflect).toMatchObject({ kind: 'replace', label: 'Reflect instead', start: finding!.start, end: finding!.end });
    expect(applySuggestion(text, reflect!)).toBe('Hi Dana, if I understand correctly, your parcel never came.');
  });

  it('inserts an offer after the sentence with the bare refusal', () => {
    const text = 'Unfortunately we are unable to refund this booking. Kind regards, Dana';
    const [finding] = analyze(text, DEFAULT_EFFECTIVE_POLICY).findings;
    const offer = finding!.suggestions.find((suggestion) => suggestion.label === 'Add an offer')!;
    expect(offer.kind).toBe('insert');
    expect(offer.start).toBe(offer.end);
    expect(applySuggestion(text, offer)).toBe('Unfortunately we are unable to refund this booking. What I can do for you is [what you can offer]. Kind regards, Dana');
  });

  it('places templates before or after the sentence, or at the start or end of the reply', () => {
    const policy = policyOf({
      id: 'edges',
      patterns: ['manual'],
      suggestions: [
        { text: 'Thanks for your patience.', kind: 'insert-at-start' },
        { text: 'I will follow up by 3 pm.', kind: 'insert-at-end' },
        { text: 'the {match} is online.', kind: 'insert-before' },
      ],
    });
    const text = 'Hi Sam. Please read the manual. Bye.  ';
    const [start, end, before] = analyze(text, policy).findings[0]!.suggestions;
    expect(applySuggestion(text, start!)).toBe('Thanks for your patience. Hi Sam. Please read the manual. Bye.  ');
    expect(applySuggestion(text, end!)).toBe('Hi Sam. Please read the manual. Bye. I will follow up by 3 pm.  ');
    expect(applySuggestion(text, before!)).toBe('Hi Sam. The manual is online. Please read the manual. Bye.  ');
  });

  it.each([
    ['You should have checked the size chart.', 'It helps to have checked the size chart.'],
    ["You didn't read the course outline.", 'Please read the course outline.'],
    ['Like I said, the store closes at 6.', 'To recap, the store closes at 6.'],
    ['Just restart your router and it should work.', 'Restart your router and it should work.'],
    ['You just need to restart it.', 'You need to restart it.'],
    ['Evidently the parcel was opened before it reached you.', 'The parcel was opened before it reached you.'],
    ['Obviously, the form needs a signature.', 'The form needs a signature.'],
    ["It's no big deal, we can fit you in Tuesday.", "I'm sorry this happened, we can fit you in Tuesday."],
    ['It will definitely arrive by tomorrow.', 'It will most likely arrive by tomorrow.'],
    ['I guarantee you will be back online by 3.', 'We expect you will be back online by 3.'],
    ['Your sofa will be delivered soon.', 'Your sofa will be delivered by [day and time].'],
  ])('the first suggestion for "%s" reads as a sentence', (text, fixed) => {
    const [finding] = analyze(text, DEFAULT_EFFECTIVE_POLICY).findings;
    expect(applySuggestion(text, finding!.suggestions[0]!)).toBe(fixed);
  });

  it('offers at most three suggestions', () => {
    const policy = policyOf({ id: 'many', patterns: ['manual'], suggestions: ['a', 'b', 'c', 'd'] });
    expect(analyze('Read the manual.', policy).findings[0]!.suggestions.map((suggestion) => suggestion.text)).toEqual(['a', 'b', 'c']);
  });

  it('offers shouted words in lower case', () => {
    const text = 'Please log into the SAME account you used to buy it.';
    const finding = analyze(text, DEFAULT_EFFECTIVE_POLICY).findings.find((found) => found.ruleId === 'confrontational-shouting')!;
    expect(finding.text).toBe('SAME');
    expect(applySuggestion(text, finding.suggestions[0]!)).toBe('Please log into the same account you used to buy it.');
  });

  it('calms repeated punctuation without turning a question into a statement', () => {
    const calmed = (text: string) => {
      const finding = analyze(text, DEFAULT_EFFECTIVE_POLICY).findings.find((found) => found.category === 'confrontational' && /[!?]{2}/.test(found.text))!;
      return applySuggestion(text, finding.suggestions[0]!);
    };
    expect(calmed('Did you restart the router first?!')).toBe('Did you restart the router first?');
    expect(calmed('The 3rd floor is only in the Pro plan!!')).toBe('The 3rd floor is only in the Pro plan.');
  });
});

describe('a removal', () => {
  const removalPolicy = (pattern: string) => policyOf({ id: 'remove', patterns: [pattern], suggestions: [{ text: '', label: 'Remove it' }] });
  const removed = (text: string, pattern: string) => {
    const [finding] = analyze(text, removalPolicy(pattern)).findings;
    return applySuggestion(text, finding!.suggestions[0]!);
  };

  it.each([
    ['The box is honestly the wrong size.', 'honestly', 'The box is the wrong size.'],
    ['Honestly the box is the wrong size.', 'honestly', 'The box is the wrong size.'],
    ['Honestly, the box is the wrong size.', 'honestly', 'The box is the wrong size.'],
    ['The box is the wrong size, honestly.', 'honestly', 'The box is the wrong size.'],
    ['Thanks. Honestly, it was late. Bye.', 'honestly', 'Thanks. It was late. Bye.'],
    ['Thanks for waiting. Sorry for the trouble.', 'sorry for the trouble', 'Thanks for waiting.'],
    ['Sorry for the trouble. Your refund is on its way.', 'sorry for the trouble', 'Your refund is on its way.'],
    ['Hi Ana,\nhonestly the box is the wrong size.', 'honestly', 'Hi Ana,\nThe box is the wrong size.'],
  ])('of "%s" leaves a clean sentence', (text, pattern, expected) => {
    expect(removed(text, pattern)).toBe(expected);
  });

  it('shows the word that now starts the sentence, not a lone capital', () => {
    const [finding] = analyze('Honestly the box is the wrong size.', removalPolicy('honestly')).findings;
    expect(finding!.suggestions[0]).toMatchObject({ start: 0, end: 12, text: 'The' });
  });
});
