// The customer reading on messages written the way customers write them, beyond the ones issue 12
// quotes: what an agent sees in the reflection, the mood and the demands.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const read = (customer: string) => analyze('Thanks for writing in.', DEFAULT_EFFECTIVE_POLICY, { customer }).customer!;

describe('the reflection keeps what happened', () => {
  it('takes only the greeting off a sentence, never the words after it', () => {
    const reading = read('hi my tickets for the concert on saturday never arrived by email. i paid £96 for two.');
    expect(reading.reflection).toMatch(/^your tickets for the concert on saturday never arrived by email/);
    expect(read('Hi team, the wifi on the second floor has dropped out every afternoon this week.').reflection).toBe(
      'the wifi on the second floor has dropped out every afternoon this week',
    );
  });
});
