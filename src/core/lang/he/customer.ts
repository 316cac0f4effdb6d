// Reads a customer's Hebrew message (issue 12; COACHING.md, "The customer's message"): the
// mood and whether it is sarcastic, a reflection drafted from the customer's own words (and a
// shorter one for a long message), and the demands with the interest question of seed 004
// ("מה הסיבה שדווקא מחר?") where no reason was given.
import type { CustomerDraft } from '../../types';
import { hebrewDemands } from './customer-demands';
import { hebrewMood } from './customer-mood';
import { hebrewReflection } from './customer-reflect';
import { HEBREW_TEMPLATES } from './templates';

export function readHebrewCustomer(message: string): CustomerDraft {
  const { mood, sarcasm } = hebrewMood(message);
  const { reflection, reflectionShort } = hebrewReflection(message, sarcasm);
  return {
    lang: 'he',
    mood,
    sarcasm,
    reflection,
    reflectionShort,
    demands: hebrewDemands(message),
    boundary: mood === 'abusive' ? HEBREW_TEMPLATES.boundary : null,
  };
}
