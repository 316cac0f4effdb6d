// COACHING.md: findings are about meaning, not keywords. These replies look suspicious to
// a keyword matcher and must stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const DECOYS = [
  'I promise to call you back by 12:00 tomorrow.',
  'I just sent you the label by email.',
  'I just sent you a DM.',
  "I've unlocked it, so you should now be able to log in.",
  "Yes, someone will be at reception all night. We can't wait to see you!",
  'I understand you were charged twice after cancelling. I have refunded both charges today.',
  "You didn't do anything wrong: the transfer timed out on our side.",
  'As I mentioned on our call, the credit is on your account.',
  "Don't worry about sending the broken pieces back; please dispose of them.",
  'A small swelling usually starts to calm down within a day.',
  'The redness should settle down within two days; if it does not, send us a photo.',
  "You'll get back 100% of what you paid, including the booking fee.",
  'Your order actually shipped this morning; the status page had not updated yet.',
  "Our policy is not to accept opened swimwear, because we can't resell it safely. I can offer you a 20% code instead.",
  "That's not a problem at all. I've moved your checkout to 2 pm.",
  'The repair is covered by our 2-year guarantee.',
  'You should have received a confirmation email by now.',
  'Be sure to bring the receipt when you visit the store.',
  'The dial on the boiler is marked ECO/BOOST; turn it to BOOST for faster hot water.',
  'If your amplifier has two SUB outputs, use the left one.',
  "We can't fit winter tyres at the Leeds depot as it has no balancing machine, but the York depot can fit them.",
  'A broken wrist is a worry for you, never mind the cost of the taxi.',
  "I'd rather you didn't drink it: I'm sending a fresh bottle today.",
  // Round thirteen (a second look at the held-out split's false alarms, after it was scored).
  "Sorry about the wait. I've refunded the delivery fee and there's £5 credit on your account for next time.",
  "The leaflet was missing, and without it it's very easy to fit the side panels upside down; that's on us.",
  "Our text telling you didn't go out, because the booking form saved your number without the area code.",
  'Just to be clear, nothing about this goes on your account history.',
  // Round fifteen (a second look at round fourteen's held-out false alarms, after it was scored).
  'Pay the deposit by Friday and the Saturday slot is locked in for you.',
  'Our monthly pass is billed per visit, so it may suit you better next time.',
  'Do you know roughly when you will travel? If it is soon, I can hold a cabin for you.',
  // A second look at round fifteen's held-out false alarms, after it was scored.
  "If the seal is the cause, we'll fit a new gasket so it doesn't happen again.",
  "You've had the wrong parcel twice now; that isn't right, especially after waiting a week. I've sent the right one by courier today.",
  // A second look at round sixteen's held-out false alarms, after it was scored.
  "Sorry the machine ate your coins. I've put 5 credits on your card; next time you're in, the first game is on us.",
  'Your Saturday 10am fitting at the Market Street shop is locked in, and I will text you on Friday.',
];

describe('decoys stay quiet', () => {
  it.each(DECOYS)('%s', (text) => {
    expect(analyze(text, DEFAULT_EFFECTIVE_POLICY).findings.map((finding) => `${finding.ruleId}: ${finding.text}`)).toEqual([]);
  });
});
