import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { policyOf } from './policies';

const shouting = policyOf({ id: 'shouting', category: 'confrontational', detector: 'shouting-caps' });
const exclamations = policyOf({ id: 'exclamations', category: 'confrontational', detector: 'repeated-punctuation' });
const flagged = (text: string, policy = shouting) => analyze(text, policy).findings.map((finding) => finding.text);

describe('shouting-caps', () => {
  it('flags a capitalised word inside a normal sentence', () => {
    expect(flagged('I did NOT say that, and it is the SAME account.')).toEqual(['NOT', 'SAME']);
  });

  it('leaves alone short acronyms, codes, words without vowels, sign-offs and text that is all capitals', () => {
    expect(flagged('Your TV and the DVR work with the A12 box. Thanks ^JAY')).toEqual([]);
    expect(flagged('PLEASE READ THIS NOTICE')).toEqual([]);
  });

  it('works in any language: it looks at characters only', () => {
    const hebrewShouting = policyOf({ id: 'shouting-he', category: 'confrontational', detector: 'shouting-caps', lang: 'he' });
    expect(flagged('אמרתי לך את זה NEVER שוב', hebrewShouting)).toEqual(['NEVER']);
  });

  it('drops a hit when the rule\'s exception matches its sentence', () => {
    const withException = policyOf({ id: 'shouting', category: 'confrontational', detector: 'shouting-caps', exceptions: ['(@isUpperCase && #Acronym)'] });
    expect(flagged('Plug the USB stick into the SAME port.', withException)).toEqual([]);
    expect(flagged('Use the SAME port.', withException)).toEqual(['SAME']);
  });
});

describe('repeated-punctuation', () => {
  it('flags runs of ! and ?', () => {
    expect(flagged('It is only in the Pro plan!! Why would you do that?!', exclamations)).toEqual(['!!', '?!']);
  });

  it('leaves single marks alone, and runs an emoji shows are playful', () => {
    expect(flagged('Is it working now? Great!', exclamations)).toEqual([]);
    expect(flagged('That was us!! 😉 Enjoy.', exclamations)).toEqual([]);
  });
});
