import { describe, expect, it } from 'vitest';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';
import { keptQuiet } from '../../../src/policy/kept-quiet';
import { resolvePolicy } from '../../../src/policy/resolve';

const quiet = (text: string, policy = DEFAULT_EFFECTIVE_POLICY) => keptQuiet(text, policy).map(({ rule, words, reason }) => ({ rule: rule.id, words, reason }));

describe('why a rule that matched stayed quiet', () => {
  it('names the move that keeps a refusal quiet: the reply gives a time for the next step', () => {
    expect(quiet("We are unable to refund this booking. I'll update you by 3 pm today.")).toEqual([
      { rule: 'bare-refusal', words: ['We are unable to'], reason: { kind: 'unless-moves', moves: ['next-step-with-time'] } },
    ]);
  });

  it('says how often a counted rule matched and how often it has to', () => {
    expect(quiet('Sorry for the delay.')).toEqual([{ rule: 'too-many-sorries', words: ['Sorry for the delay'], reason: { kind: 'min-count', found: 1, needed: 3 } }]);
  });

  it('says when an exception in the sentence dropped a match', () => {
    const policy = resolvePolicy({
      team: {
        name: 'Acme',
        version: '1',
        extends: null,
        rules: [
          {
            id: 'courier-date',
            category: 'over-promise',
            severity: 'warning',
            lang: 'en',
            patterns: ['arrive tomorrow'],
            exceptions: ['if it is in stock'],
            message: 'm',
            why: 'w',
            suggestions: ['s'],
            examples: { flag: ['It will arrive tomorrow.'], pass: ['If it is in stock, it will arrive tomorrow.'] },
          },
        ],
      },
    });
    expect(quiet('If it is in stock, it will arrive tomorrow. It will arrive tomorrow.', policy)).toEqual([
      { rule: 'courier-date', words: ['arrive tomorrow'], reason: { kind: 'exception' } },
    ]);
  });

  it('lists nothing for a rule that fires, or one that matched nothing', () => {
    expect(quiet('We are unable to refund this booking.')).toEqual([]);
    expect(quiet('Thanks for writing in.')).toEqual([]);
  });
});
