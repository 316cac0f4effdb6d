// English phrases the analyser offers (COACHING.md, "The shape of a good reply").
import type { Templates } from '../../language';

export const ENGLISH_TEMPLATES: Templates = {
  reflection: 'If I understand correctly, {reflection}. Is that right?',
  genericReflection: "[the customer's problem, in their words]",
  shorter: '(shorter)',
  offer: 'What I can do for you is [what you can offer].',
  placeholder: {
    message: 'Fill in {match} before you send: the customer would read it as it is.',
    why: 'A template left unfilled tells the customer they got a form letter, and leaves out the very fact they need.',
  },
  boundary:
    "I'm not comfortable continuing while offensive language is used. Let's pause here, and I'll send you a status update within the hour.",
  structure: {
    steps: { reflect: 'the reflection', empathize: 'the empathy', answer: 'the answer', offer: 'the offer' },
    outOfOrder: '{later} comes before {earlier}; the order that calms is Reflect, Empathize, Answer, Offer.',
    refusalBeforeEmpathy: 'A refusal comes before any empathy: first name what this costs the customer.',
    noOfferAfterRefusal: 'No offer follows the refusal: add what you can do ("{offer}").',
  },
};
