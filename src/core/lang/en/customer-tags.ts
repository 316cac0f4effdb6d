// compromise's reading of a customer's words, in the three shapes the customer reading asks for
// it: the terms of a text, of its first sentence, and the tags of one word.
import nlp from 'compromise';

export interface TaggedTerm {
  text: string;
  tags: string[];
}

function sentencesOf(text: string): { terms: TaggedTerm[] }[] {
  return nlp(text).json({ terms: { tags: true } }) as { terms: TaggedTerm[] }[];
}

/** Every term of the text, sentence after sentence. */
export function termsOf(text: string): TaggedTerm[] {
  return sentencesOf(text).flatMap((sentence) => sentence.terms);
}

/** The terms of the text's first sentence (a clause read as one). */
export function firstSentenceTerms(text: string): TaggedTerm[] {
  return sentencesOf(text)[0]?.terms ?? [];
}

/** The tags compromise gives a word on its own. */
export function wordTags(word: string): string[] {
  return firstSentenceTerms(word)[0]?.tags ?? [];
}

/** The clause has a verb that can carry it ("broke", "is"), not only a gerund or participle. */
export function hasFiniteVerb(clause: string): boolean {
  return termsOf(clause).some(({ tags }) => tags.includes('Verb') && !tags.includes('Gerund') && !tags.includes('Participle'));
}
