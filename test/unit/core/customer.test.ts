import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const read = (customer: string) => analyze('Thanks for writing in.', DEFAULT_EFFECTIVE_POLICY, { customer }).customer!;

describe('reading the customer', () => {
  it('drafts a reflection from the customer\'s words, first person turned to second', () => {
    expect(read('I was charged twice and nobody answered my emails.').reflection).toBe(
      'you were charged twice and nobody answered your emails',
    );
    expect(read("My order hasn't arrived.").reflection).toBe("your order hasn't arrived");
  });

  it('turns the customer\'s "you" (the company) into "we" and "us"', () => {
    expect(read('You charged me on the 5th and I told you I had cancelled.').reflection).toBe(
      'we charged you on the 5th and you told us you had cancelled',
    );
  });

  it('leaves questions and demands out of the reflection', () => {
    const reading = read('My router keeps dropping. Can you fix it? I need it working by Friday.');
    expect(reading.reflection).toBe('your router keeps dropping');
  });

  it('senses the mood', () => {
    expect(read('Could you tell me when the shop opens on Sunday?').mood).toBe('calm');
    expect(read('I have been waiting for weeks and still nothing.').mood).toBe('frustrated');
    expect(read('This is ridiculous and completely unacceptable.').mood).toBe('angry');
    expect(read('You people are useless idiots. Fix it.').mood).toBe('abusive');
  });

  it('offers the calm boundary only when the customer is abusive', () => {
    expect(read('You people are useless idiots. Fix it.').boundary).toMatch(/^I'm not comfortable continuing while offensive language is used\./);
    expect(read('This is ridiculous.').boundary).toBeNull();
  });

  it('spots a demand with a deadline and suggests an interest question', () => {
    const customer = 'The files are late again. I need the final logo files by tomorrow morning, no excuses.';
    const [demand, ...others] = read(customer).demands;
    expect(others).toEqual([]);
    expect(customer.slice(demand!.start, demand!.end)).toBe(demand!.text);
    expect(demand!.text).toMatch(/^I need the final logo files by tomorrow morning/);
    expect(demand!.question).toBe('What is the reason it has to be tomorrow morning?');
  });

  it('asks about "ASAP" as "right away"', () => {
    expect(read('I need a plumber ASAP.').demands[0]!.question).toBe('What is the reason it has to be right away?');
  });

  it('fills {reflection} in suggestions from the customer\'s message, or the generic one without it', () => {
    const reply = 'I understand your problem.';
    const withCustomer = analyze(reply, DEFAULT_EFFECTIVE_POLICY, { customer: 'My order hasn\'t arrived.' }).findings[0]!;
    expect(withCustomer.suggestions[0]!.text).toBe("If I understand correctly, your order hasn't arrived");
    const without = analyze(reply, DEFAULT_EFFECTIVE_POLICY).findings[0]!;
    expect(without.suggestions[0]!.text).toBe("If I understand correctly, [the customer's problem, in their words]");
  });
});
