// What the learned "never say back" model reads in an English clause (issue 12; the model is
// in customer-model.ts, the way it is used in ../../customer-unsaid.ts): its words, how it is
// built (the parts of speech it holds), who it is about, whether the message is sarcastic, the hostile shape it has, and
// what says it is a fact (a number, a problem word). Text has straight apostrophes.
import { add, type Features } from '../../customer-model';
import type { InnerParts } from '../../customer-unsaid';
import { PRAISED } from './customer-cues';
import { hostileShape } from './customer-hostile';
import { termsOf } from './customer-tags';

/**
 * Where a clause may be cut into parts: before a word that opens one ("and", "while", "with") and at a dash or a bracket.
 * A "so" after "I'm" or "is" says how much ("I'm so stressed"), and opens nothing.
 */
const INNER_JOINT = /\s+(?=(?:and|but|while|whilst|yet|plus|with|after|when|then|or|which|who|like|as if|even though)\s)|(?<!\b(?:i'm|am|is|are|was|were|be|been|being|feel|felt|feeling|it's|that's|not))\s+(?=so\s)|\s+(?=[-\u2013\u2014(]\s?)/gi;

const FUNCTION_WORDS = new Set(
  "a an the and but or so to of in on at for with by from as is are was were be been am i i'm i've i'd i'll me my we we're we've our us you you're you've your it it's its this that they them their he she his her not no".split(' '),
);

export function englishUnsaidFeatures(clause: string, sarcastic: boolean): Features {
  const features: Features = new Map();
  const lower = clause.toLowerCase();
  const words = lower.match(/[\p{L}][\p{L}'*]*/gu) ?? [];
  // Words that say something only: "to", "my", "the" are in facts and insults alike, and a model learns noise from them.
  for (const word of new Set(words)) if (!FUNCTION_WORDS.has(word)) add(features, `w:${word}`);
  // How it is built, whatever its words: a judgement has adjectives and no past tense, a fact tells what was done.
  const terms = termsOf(clause);
  for (const tag of ['Adjective', 'PastTense', 'Copula', 'Modal', 'Comparable', 'Superlative', 'Gerund', 'Plural', 'Possessive', 'Negative', 'Value', 'Date']) {
    const count = terms.filter(({ tags }) => tags.includes(tag)).length;
    if (count > 0) add(features, `tag:${tag}`, Math.min(count, 3));
  }
  if (!terms.some(({ tags }) => tags.includes('Verb'))) add(features, 'no-verb');
  const shape = hostileShape(clause);
  if (shape) add(features, `shape:${shape}`);
  // In a sarcastic message, the praise is what must not be said back, not the facts beside it
  // ("what a treat: half the pages are printed upside down").
  if (sarcastic) add(features, PRAISED.test(clause) ? 'sarcastic:praise' : 'sarcastic:plain');
  if (/^(?:(?:and|but|so)\s+)?(?:you|u|your|ur|they|these|those)\b/.test(lower)) add(features, 'start:you');
  if (/^(?:(?:and|but|so)\s+)?(?:i|i'm|me|my)\b/.test(lower)) add(features, 'start:me');
  if (/\d/.test(clause)) add(features, 'digit');
  if (/["'\u2018\u201C][^"'\u2019\u201D]+["'\u2019\u201D]/.test(clause)) add(features, 'quote');
  if (/\b[A-Z]{3,}\b/.test(clause)) add(features, 'shout');
  const count = words.length;
  add(features, count <= 3 ? 'len:short' : count <= 8 ? 'len:mid' : 'len:long');
  return features;
}

/** The parts of a clause: a run of them may start at one that opens a clause of its own. */
export const ENGLISH_INNER_PARTS: InnerParts = {
  joints: INNER_JOINT,
  opens: /^(?:and|but|while|whilst|yet|so|plus|then|when|after|even though)\s/i,
};
