import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { DEFAULT_EFFECTIVE_POLICY } from '../../../src/policy/default-policy';

const analyseReply = (text: string) => analyze(text, DEFAULT_EFFECTIVE_POLICY);

describe('moves', () => {
  it('finds each move of a well-built reply, in order', () => {
    const text =
      'If I understand correctly, your internet drops every evening. ' +
      'That sounds really frustrating when you work from home. ' +
      'The line test shows a faulty port at the cabinet. ' +
      'What I can do is book a technician, and they will come on Thursday between 8 and 10 am. ' +
      'Can I ask which evenings suit you best?';
    const { moves, structure } = analyseReply(text);
    expect(structure.present).toEqual(expect.arrayContaining(['reflection', 'empathy', 'answer', 'alternative-offer', 'interest-question', 'next-step-with-time']));
    expect(structure.steps).toEqual({ reflect: true, empathize: true, answer: true, offer: true });
    expect(structure.orderOk).toBe(true);
    expect(structure.notes).toEqual([]);
    for (const hit of moves) expect(hit.end).toBeGreaterThan(hit.start);
  });

  it('counts a time as a next step only when it lies ahead', () => {
    const past = analyseReply('Your cancellation came in on March 3rd, after the billing date.');
    expect(past.structure.present).not.toContain('next-step-with-time');
    const ahead = analyseReply("I'll call you tomorrow at 10 am with the result.");
    expect(ahead.structure.present).toContain('next-step-with-time');
  });

  it('does not take "anything else I can help with" for an offer', () => {
    const { structure } = analyseReply("We don't offer partial refunds. Let me know if there's anything else I can help with.");
    expect(structure.present).not.toContain('alternative-offer');
  });

  it('finds an apology and an interest question', () => {
    const { structure } = analyseReply("I'm sorry about the mix-up. What is the reason it has to be tomorrow?");
    expect(structure.present).toEqual(expect.arrayContaining(['apology', 'interest-question']));
  });
});

describe('structure meter', () => {
  it('notes a refusal that comes before any empathy and has no offer after it', () => {
    const { structure } = analyseReply('We are unable to refund this booking. I know this is disappointing.');
    expect(structure.notes.filter((note) => note.includes('refusal'))).toEqual([
      'A refusal comes before any empathy: first name what this costs the customer.',
      'No offer follows the refusal: add what you can do ("What I can do for you is [what you can offer].").',
    ]);
  });

  it('has no refusal notes when empathy comes first and an offer follows', () => {
    const { structure } = analyseReply(
      "I'm sorry, that is a real hassle. We can't transfer the ticket, but what I can do is cancel it for a full credit.",
    );
    expect(structure.notes.filter((note) => note.includes('refusal'))).toEqual([]);
  });

  it('notices when the answer comes before the reflection', () => {
    const { structure } = analyseReply(
      'The refund was issued today. If I understand correctly, you were charged twice after cancelling.',
    );
    expect(structure.orderOk).toBe(false);
    expect(structure.notes.some((note) => note.startsWith('The answer comes before the reflection'))).toBe(true);
  });

  it('words its notes in the language of the reply', () => {
    const { lang, structure } = analyseReply('לא ניתן לבטל מנוי שנתי.');
    expect(lang).toBe('he');
    expect(structure.notes).toEqual([
      'הסירוב מופיע לפני כל אמפתיה: קודם כדאי לומר מה זה עולה ללקוח.',
      'אחרי הסירוב אין הצעה: כדאי להוסיף מה כן אפשר לעשות ("מה שאני כן יכול לעשות עבורך זה [מה שאפשר להציע].").',
    ]);
  });
});
