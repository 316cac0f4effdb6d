// Reads an English customer message (issue 12): the mood and whether it is sarcastic, a
// reflection drafted from the customer's own words (and a shorter one for a long message),
// and the demands with the interest question to ask where no reason was given (seeds 003, 004).
import type { CustomerDraft } from '../../types';
import { englishDemands } from './customer-demands';
import { englishMood } from './customer-mood';
import { englishReflection } from './customer-reflect';
import { ENGLISH_TEMPLATES } from './templates';

export { turnToSecondPerson } from './customer-reflect';

export function readEnglishCustomer(message: string): CustomerDraft {
  const { mood, sarcasm } = englishMood(message);
  const { reflection, reflectionShort } = englishReflection(message, sarcasm);
  return {
    lang: 'en',
    mood,
    sarcasm,
    reflection,
    reflectionShort,
    demands: englishDemands(message, sarcasm),
    boundary: mood === 'abusive' ? ENGLISH_TEMPLATES.boundary : null,
  };
}
