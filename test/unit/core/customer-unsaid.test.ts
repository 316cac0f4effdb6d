// What the learned "never say back" model does with a clause it flags (issue 12, round four):
// the fact beside the insult is said back, the insult is not, and a clause that is all insult goes.
import { describe, expect, it } from 'vitest';
import { add, type Features } from '../../../src/core/customer-model';
import { sayablePart, type UnsaidModel } from '../../../src/core/customer-unsaid';
import { ENGLISH_INNER_PARTS } from '../../../src/core/lang/en/customer-unsaid';

/** A stand-in for the trained model: a clause with "clowns" or "bargain" in it is never said back. */
const unsaid: UnsaidModel = { model: { labels: ['no', 'yes'], bias: [2, -2], weights: { hostile: [0, 8] } }, floor: 0.5 };
const features = (part: string): Features => {
  const found: Features = new Map();
  if (/\b(?:clowns|bargain)\b/i.test(part)) add(found, 'hostile');
  return found;
};

describe('issue 12: the reflection never says back what the model flags', () => {
  it('keeps what happened and leaves out the insult said in the same clause', () => {
    expect(sayablePart('the fitter drilled through a pipe while his clowns of a team watched', unsaid, features, ENGLISH_INNER_PARTS)).toEqual({
      said: 'the fitter drilled through a pipe',
      unsaid: ['while his clowns of a team watched'],
    });
  });

  it('leaves a clause out whole when no part of it can be said back', () => {
    expect(sayablePart('what a bargain at forty pounds an hour', unsaid, features, ENGLISH_INNER_PARTS)).toEqual({ said: null, unsaid: ['what a bargain at forty pounds an hour'] });
  });

  it('says a clause the model does not flag as it is', () => {
    expect(sayablePart('the boiler broke on Monday and the engineer never came', unsaid, features, ENGLISH_INNER_PARTS)).toEqual({
      said: 'the boiler broke on Monday and the engineer never came',
      unsaid: [],
    });
  });
});
