// What the structure meter shows for English replies: each move found by what the sentence
// does (COACHING.md, "Moves"), and kept quiet on the look-alikes a support reply is full of.
// Every example here was written for this test.
import { describe, expect, it } from 'vitest';
import { analyze, type Move } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const movesIn = (text: string): Move[] => analyze(text, DEFAULT_EFFECTIVE_POLICY, { lang: 'en' }).structure.present;

const CASES: { move: Move; found: string[]; notFound: string[] }[] = [
  {
    move: 'reflection',
    found: [
      'If I read this right, the invoice shows two charges for the same month.',
      'So your order left the warehouse on Monday but never reached the locker.',
      'It sounds like the app logs you out every time you switch networks.',
      'You booked the room for two nights, paid upfront and were then charged again at check-in.',
      'I understand that driving to the office just to sign one form feels like a waste of a morning.',
    ],
    notFound: [
      "I'm sorry you feel that way.",
      "I'm sorry to hear you are upset.",
      'So you can log in now.',
      'We understand this has been a long and frustrating wait.',
    ],
  },
  {
    move: 'empathy',
    found: [
      'Two cancelled deliveries in one week must be exhausting.',
      'I understand how stressful this is with the move so close.',
      'I understand your frustration with the repeated calls.',
      'Losing a whole morning to a technician who never came is not what you signed up for.',
      'We understand this has been a long and frustrating wait.',
      'Re-entering 300 contacts by hand would take hours, so I restored them from last night\'s backup.',
      "I'm sorry the cake arrived crushed, especially when it was for your daughter's birthday.",
    ],
    notFound: ['Sorry for any inconvenience.', 'The update takes about an hour to install.'],
  },
  {
    move: 'answer',
    found: [
      'Your refund was processed on Monday.',
      'Please restart the router and wait two minutes before reconnecting.',
      'We are unable to change the delivery address once the parcel has shipped.',
      'There is no fee for the first transfer.',
      'Your order #4411 is on its way.',
    ],
    notFound: [
      'Thanks for reaching out!',
      "That's great to hear!",
      'Please send us a DM with your order number.',
      'Our team will follow up with you.',
      "We'd love to help with this.",
      'Please accept our apologies for the delay.',
      'Let me look into this for you.',
    ],
  },
  {
    move: 'alternative-offer',
    found: [
      'What I can do is move your appointment to the Haifa branch.',
      "We can't extend the warranty, but we can repair it at cost.",
      "If you'd prefer, I can switch you to the monthly plan.",
      'In the meantime, you can download the statements from the web portal.',
      "We don't ship to PO boxes, so you will need to choose a pickup point.",
      'Why not try the web app instead?',
      // Round five: the way forward later in the sentence, after a reason or a "so".
      "We can't open the pool before 7 on weekdays (the lifeguards start then), but you can book the 6:45 swim at our Eastside centre.",
      "We can't stock the large jars, but bringing your own container is fine and we fill it by weight.",
      "I can't exchange them after 30 days, so I can resole them free of charge.",
      "We couldn't get the blue one back in stock, but we've just added a navy version at the same price.",
      "I can't justify the cleaning fee from these photos, so I've reduced it to £20 and refunded the rest.",
      // Round six: a step the customer can take themselves, after the no.
      'Our kiosk cannot take the toll payment, but you can pay it on the highways agency site directly.',
      'Annual passes can\'t be refunded half-way through, so the monthly pass may suit you better.',
      'Simply bring the receipt to any branch and they will swap it.',
      'Please send the whole set back through the returns page for a full refund.',
      "We can't fit winter tyres at the city branch as it has no balancer, but the Northgate branch can do it in an hour.",
      'Tread repairs are £15 and you can just drive in.',
      // Round twelve: what is possible, said with an emphatic "do" or as "what we do ... is".
      'The garden rooms do allow dogs, for £10 a night.',
      "Routine check-ups aren't covered, but your plan does include a wellness allowance of £40.",
      'What we do support right now is Alexa and Apple Home.',
      'What you could do is ask a parent to place the order.',
    ],
    notFound: [
      "Let me know if there's anything else I can help with.",
      'Please DM us so we can look into this.',
      'Send us the order number so I can check the tracking.',
      "We can't see the order yet, so we can look into it once you send the receipt.",
      "We'll do everything we can to help.",
      'The total is $40 instead of $55.',
      'You can see why the charge stands in the terms you accepted.',
      'Please send us the order number.',
      'What we do is check every seal before it ships.',
      'The kids do love the new slide.',
    ],
  },
  {
    move: 'interest-question',
    found: [
      'What is the reason it has to be before Friday?',
      'Which browser are you using when the page freezes?',
      'Just to confirm, the error appears only on the mobile app?',
      'Does the printer show a light when you switch it on?',
      'Please let us know the exact error message you see.',
    ],
    notFound: [
      'Is there anything else I can help you with?',
      'Could you DM us your account number?',
      'Would you like me to go ahead with the refund?',
      'How can I help?',
      'Can you confirm the last four digits of the card?',
      'Why not try the web app instead?',
      'Let us know if you need anything else.',
    ],
  },
  {
    move: 'next-step-with-time',
    found: [
      "I'll call you tomorrow at 10 am with the result.",
      'The technician will arrive on Thursday between 8 and 10.',
      "You'll get the tracking number the day it ships.",
      'We can fit you in next Wednesday at 4.',
      'Your parcel is with the courier and should arrive Friday.',
      // Round six: a date written day first, the next working day, a forecast put as "usually".
      'Your refund will reach your card by 14 March at the latest.',
      'The replacement goes out the next working day.',
      'The new one ships once the old one is scanned, usually the same day.',
    ],
    notFound: [
      'You may want to check the spam folder.',
      'The reset link is valid until Friday.',
      'You can return it within 30 days.',
      'Your order will definitely arrive tomorrow.',
      'Your account has been locked since Monday.',
      'You should have received it on Friday.',
      'Being locked out the day your rent is due would worry anyone.',
      // Round ten: a date that is full, a period counted from an event.
      'I have checked and can confirm that 15 June is fully booked across all of our fields.',
      'Deposits are kept on cancellations made within eight weeks of the event date.',
    ],
  },
];

describe('English moves', () => {
  for (const { move, found, notFound } of CASES) {
    describe(move, () => {
      it.each(found)('finds it in "%s"', (text) => {
        expect(movesIn(text)).toContain(move);
      });
      it.each(notFound)('does not take "%s" for it', (text) => {
        expect(movesIn(text)).not.toContain(move);
      });
    });
  }

  it('reads a question that ends with a signature as a question', () => {
    expect(movesIn('When did the charge first appear?AB')).toContain('interest-question');
  });

  it('lets a reply that offers a way forward after a refusal pass the structure meter', () => {
    const { structure } = analyze(
      "I'm sorry, that's a real hassle. We can't refund a used ticket, but you can move it to any date this year.",
      DEFAULT_EFFECTIVE_POLICY,
    );
    expect(structure.notes.filter((note) => note.includes('refusal'))).toEqual([]);
  });
});
