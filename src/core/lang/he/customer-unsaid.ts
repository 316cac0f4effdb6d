// What the learned "never say back" model reads in a Hebrew clause (issue 12; the model is in
// customer-model.ts, the way it is used in ../../customer-unsaid.ts): its words, with and
// without their prefix letters, who it is about, whether the message is
// sarcastic, the hostile shape it has, and what says it is a fact (a number, a sum of money).
import { add, type Features } from '../../customer-model';
import type { InnerParts } from '../../customer-unsaid';
import { hostileShape } from './customer-hostile';

const L = '\\u05D0-\\u05EA';
/** Where a clause may be cut into parts: before a word joined with "ו", "אבל", "כי", "כש...", "עם". */
const INNER_JOINT = new RegExp(`\\s+(?=(?:ו[${L}]{2,}|אבל|אך|כי|כש[${L}]+|אז|עם|למרות|בזמן)(?![${L}]))`, 'gu');
/** A word; an abbreviation is one word ("ש"ח", "דו"ח"), not a stray letter the model weighs. */
const WORD = new RegExp(`[${L}]+(?:["\u05F4][${L}]+)*`, 'gu');
/** Prefix letters before a word of three letters or more ("ושקרנים" -> "שקרנים"). */
const PREFIX_LETTERS = new RegExp(`^[ושהכלבמ]{1,2}(?=[${L}]{3})`, 'u');
const STARTS_WITH_YOU = new RegExp(`^ו?(?:אתם|אתה|את|שלכם|לכם|הם|היא|הוא)(?![${L}])`, 'u');
const STARTS_WITH_ME = new RegExp(`^ו?(?:אני|אנחנו|שלי|לי)(?![${L}])`, 'u');

export function hebrewUnsaidFeatures(clause: string, sarcastic: boolean): Features {
  const features: Features = new Map();
  const words = clause.match(WORD) ?? [];
  for (const word of new Set(words)) {
    add(features, `w:${word}`);
    // "ושקרנים", "והשקרנים": the word behind its prefix letters too.
    const bare = word.replace(PREFIX_LETTERS, '');
    if (bare !== word) add(features, `w:${bare}`);
  }
  const shape = hostileShape(clause);
  if (shape) add(features, `shape:${shape}`);
  if (sarcastic) add(features, 'sarcastic');
  if (STARTS_WITH_YOU.test(clause)) add(features, 'start:you');
  if (STARTS_WITH_ME.test(clause)) add(features, 'start:me');
  if (/\d/.test(clause)) add(features, 'digit');
  if (/₪|ש"ח|שקל|\$|€/.test(clause)) add(features, 'money');
  if (/["'\u05F4\u201C][^"'\u05F4\u201D]+["'\u05F4\u201D]/u.test(clause)) add(features, 'quote');
  const count = words.length;
  add(features, count <= 3 ? 'len:short' : count <= 8 ? 'len:mid' : 'len:long');
  return features;
}

/** The parts of a clause: a run of them may start at one joined with "ו" or a word that opens a clause. */
export const HEBREW_INNER_PARTS: InnerParts = {
  joints: INNER_JOINT,
  opens: new RegExp(`^(?:ו|אבל|אך|כי|כש|אז)`, 'u'),
};
