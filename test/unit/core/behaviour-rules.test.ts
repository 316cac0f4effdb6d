// The built-in rules catch the behaviour, not only the textbook phrase (English): blame by a
// past failure and its consequence, by "it was up to you", by comparing the customer with others;
// confrontation by a retort about the customer's tone or by putting them down. And they stay quiet
// on the look-alikes. What an agent sees: the category and the card's message.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const RULES_ONLY = { ...DEFAULT_EFFECTIVE_POLICY, model: undefined };
const cards = (text: string) => analyze(text, RULES_ONLY).findings.map((finding) => ({ category: finding.category, message: finding.message, text: finding.text }));

const FLAGGED: [string, string, string][] = [
  ['Had you submitted a reading, the bill would have been accurate.', 'blame', 'This tells the customer the problem is their own doing.'],
  ["If you'd read it at renewal, you would have known this.", 'blame', 'This tells the customer the problem is their own doing.'],
  ['It was up to you to check the dashboard at pick-up.', 'blame', 'This puts the problem on the customer.'],
  ['You were meant to reply to the confirmation text.', 'blame', 'This puts the problem on the customer.'],
  ['Most customers manage to return cars clean after a beach trip.', 'blame', 'This compares the customer with others who get it right.'],
  ['All the information is on our website if you look.', 'blame', 'This lectures the customer.'],
  ['The fee is non-refundable, which you agreed to when you joined.', 'blame', 'This points the customer at what they missed.'],
  ['Insulting our developers won\u2019t get you anywhere.', 'confrontational', "This answers the customer's tone with a warning."],
  ['Please don\u2019t shout.', 'confrontational', "This answers the customer's tone with a warning."],
  ["That's not how it works.", 'confrontational', 'This puts the customer down instead of answering them.'],
  ['Did you actually update the app?', 'confrontational', 'This puts the customer down instead of answering them.'],
  ["Saying you've never cheated doesn't change the result, I'm afraid.", 'confrontational', 'This puts the customer down instead of answering them.'],
  // Round nine: every writer of the corpus reads this non-apology as hollow, not as deflection.
  ["We're sorry you feel that way.", 'hollow-acknowledgement', "A non-apology: it regrets the customer's feelings, not what happened."],
  // Round fourteen (round thirteen's held-out writers, read after they were scored), in new wordings.
  ['The course dates were as shown at booking, so the fee stands.', 'blame', 'This points the customer at what they missed.'],
  ['The use-by date is printed on every jar.', 'blame', 'This points the customer at what they missed.'],
  ['Delivery charges are listed before checkout, Dana.', 'blame', 'This points the customer at what they missed.'],
  ['Swearing at our drivers will not fix the delivery.', 'confrontational', "This answers the customer's tone with a warning."],
  ["Threatening us doesn't work, I'm afraid.", 'confrontational', "This answers the customer's tone with a warning."],
  ['Watch the language, please.', 'confrontational', "This answers the customer's tone with a warning."],
  ['Fog at the harbour is beyond anyone\'s control.', 'deflection', 'This shifts the problem away from you.'],
  ['The leak was not caused by our fitting.', 'deflection', 'This shifts the problem away from you.'],
  ['Our kitchen is cleaned twice a day, so it cannot be from us.', 'deflection', 'This shifts the problem away from you.'],
  ['Nobody else on the tour has reported any problem.', 'deflection', 'Saying nobody else has the problem doubts the customer.'],
];

const QUIET = [
  // A calm boundary with the next step is what the coaching asks for.
  "I'm not comfortable continuing while offensive language is used. Let's pause and I'll send you a status update within the hour.",
  // Owning the failure.
  'If we had checked the address, this would not have happened, and I\u2019m sorry.',
  'You were supposed to get a call from us on Monday, and I\u2019m sorry you didn\u2019t.',
  // "just" as "a moment ago"; a "no" followed by an offer; a helpful "actually".
  "I've just reset the sessions on your account manually.",
  "I can't lower it for you, but withdrawals on the other network cost 1 USDT.",
  'Actually, you can add the cover today for \u00a34.80 a month.',
  "There's no such thing as a silly question, so ask away.",
  'If you have any questions in the future, please let us know.',
  "Being charged to cancel when nobody mentioned it at sign-up isn't fair, so I've refunded it today.",
  // Where something is shown, told to help: a new document, or one we just sent.
  "The corrected total is shown on the new receipt I've just emailed you.",
  'Your refund of £40 is shown on the receipt we sent this morning.',
  "Restarting the router won't fix it, so I've booked an engineer for Thursday at 9.",
  'The damage was not caused by our driver, I agree: it happened at the depot, and a replacement leaves today.',
];

describe('English rules catch the behaviour', () => {
  it.each(FLAGGED)('"%s" is flagged as %s: "%s"', (text, category, message) => {
    expect(cards(text)).toContainEqual(expect.objectContaining({ category, message }));
  });

  it('reads "There\'s no need to shout" as a retort about tone, not as minimizing the problem (round nine)', () => {
    expect(cards("Sir, there's no need to shout. The ticket was scanned at 17:42.").map((card) => card.category)).toEqual(['confrontational']);
  });

  it.each(QUIET)('"%s" stays quiet', (text) => {
    expect(cards(text)).toEqual([]);
  });
});
