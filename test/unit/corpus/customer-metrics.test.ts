// How `npm run eval:customer` decides that a reflection carries a fact or echoes a phrase: the
// reflection says the customer's words back in the second person, and that must count.
import { describe, expect, it } from 'vitest';
import { echoes, factCarried } from '../../../scripts/customer/metrics.mjs';

describe('the customer reading metrics', () => {
  it('carry an English fact said back with "you" and "our"', () => {
    expect(factCarried('en', 'I paid £40 for your express service', 'you paid £40 for our express service')).toBe(true);
    expect(factCarried('en', 'I paid £40 for your express service', 'you paid for our express service')).toBe(false);
  });

  it('carry a Hebrew fact said back in the second person, verbs and prepositions with a pronoun ending alike', () => {
    expect(factCarried('he', 'התוכי שקניתי אצלכם לפני שבועיים', 'התוכי שקנית אצלנו לפני שבועיים')).toBe(true);
    expect(factCarried('he', 'קנינו מכם עוגה', 'קניתם מאיתנו עוגה')).toBe(true);
    expect(factCarried('he', 'התוכי שקניתי אצלכם לפני שבועיים', 'התוכי שקנית אצלנו')).toBe(false);
  });

  it('count an echo when more than half of a phrase\'s content words come back', () => {
    expect(echoes('en', 'you people are liars and thieves', 'we are liars')).toBe(false);
    expect(echoes('en', 'you people are liars and thieves', 'we are liars and thieves')).toBe(true);
  });
});
