// The mood of a Hebrew customer's message and whether it is sarcastic (issue 12): cues from
// the whole message and its words (behind their prefix letters), weighed by a linear model
// learned on the train parts (scripts/train-customer.mjs writes customer-model.ts).
import { add, bestLabel, linearScores, type Features } from '../../customer-model';
import type { Mood } from '../../types';
import {
  ACCUSATION, ANGER, ANXIETY, COMPLAIN, ELSEWHERE, FRUSTRATION, hebrewCuePattern, INSULT, INSULT_PREFIXES, JUDGEMENT, LEAVE, PERSONAL_THREAT, POLITE, PRAISE, PROBLEM,
  SARCASTIC_EMOJI, SELF_DEPRECATION,
} from './customer-cues';
import { hebrewClauses } from './customer-clauses';
import { hostileShape } from './customer-hostile';
import { HEBREW_MOOD_MODEL, HEBREW_SARCASM_MODEL } from './customer-model';
import { readings } from './prefixes';
import { tokenize } from './tokens';

const GROUPS: [string, RegExp][] = [
  ['insult', hebrewCuePattern(INSULT, 'g', INSULT_PREFIXES)],
  ['personal-threat', hebrewCuePattern(PERSONAL_THREAT)],
  ['accusation', hebrewCuePattern(ACCUSATION)],
  ['leave', hebrewCuePattern([...LEAVE, ...ELSEWHERE])],
  ['complain', hebrewCuePattern(COMPLAIN)],
  ['anger', hebrewCuePattern(ANGER)],
  ['judgement', hebrewCuePattern(JUDGEMENT)],
  ['frustration', hebrewCuePattern(FRUSTRATION)],
  ['anxiety', hebrewCuePattern(ANXIETY)],
  ['polite', hebrewCuePattern(POLITE)],
  ['praise', hebrewCuePattern(PRAISE)],
  ['problem', hebrewCuePattern(PROBLEM)],
  ['self', hebrewCuePattern(SELF_DEPRECATION)],
];

export interface MoodReading {
  mood: Mood;
  sarcasm: boolean;
}

export function hebrewMood(message: string): MoodReading {
  const features = hebrewMoodFeatures(message);
  const [no = 0, yes = 0] = linearScores(HEBREW_SARCASM_MODEL, features);
  return { mood: moodWithCues(bestLabel(HEBREW_MOOD_MODEL, features), features), sarcasm: yes > no || ironicPraise(message, features) };
}

/** An insult or a threat to a person is abuse, and nothing else is; a threat to leave or complain, outrage or a judgement is anger at least. */
export function moodWithCues(learned: Mood, features: Features): Mood {
  if (features.has('has:insult') || features.has('has:personal-threat')) return 'abusive';
  // Abuse is an insult or a threat aimed at people (the set's brief): without one, contempt is anger at most.
  if (learned === 'abusive') return 'angry';
  const hostile = features.has('has:leave') || features.has('has:complain') || features.has('shape:contempt') || features.has('shape:threat');
  if (hostile && (learned === 'calm' || learned === 'frustrated')) return 'angry';
  if ((features.has('has:anger') || features.has('has:judgement')) && learned === 'calm') return 'angry';
  return learned;
}

/** Praise "as always" beside something that went wrong ("שירות מעולה כמו תמיד, תקלה שלישית השבוע") says the opposite. */
function ironicPraise(message: string, features: Features): boolean {
  return features.has('has:praise') && features.has('has:problem') && /(?<![\u05D0-\u05EA])(?:כמו תמיד|כרגיל|כמובן)(?![\u05D0-\u05EA])/u.test(message);
}

export function hebrewMoodFeatures(message: string): Features {
  const features: Features = new Map();
  const counts: Record<string, number> = {};
  for (const [name, pattern] of GROUPS) {
    const found = message.match(pattern)?.length ?? 0;
    counts[name] = found;
    if (found > 0) {
      add(features, `cue:${name}`, Math.min(found, 3));
      add(features, `has:${name}`);
    }
  }
  for (const clause of hebrewClauses(message)) {
    const shape = hostileShape(message.slice(clause.start, clause.end));
    if (shape) add(features, `shape:${shape === 'characterisation' ? 'contempt' : shape}`);
  }
  const exclamations = (message.match(/!/g) ?? []).length;
  if (exclamations > 0) add(features, 'shape:exclamation');
  if (exclamations >= 2) add(features, 'shape:exclamations');
  if (/!{2,}|[!?]{3,}|\?!|!\?/.test(message)) add(features, 'shape:bang-run');
  if (/\?{2,}/.test(message)) add(features, 'shape:question-run');
  if (/\?/.test(message)) add(features, 'shape:question');
  if (/\?\s*$/.test(message)) add(features, 'shape:ends-question');
  const please = (message.match(/(?<![\u05D0-\u05EA])(?:ו?בבקשה|פליז)(?![\u05D0-\u05EA])/g) ?? []).length;
  if (please > 0) add(features, 'shape:please');
  if (please >= 2) add(features, 'shape:please2');
  if (/^\s*(?:שלום|היי|הי|בוקר טוב|ערב טוב|צהריים טובים|אהלן|הלו|לכבוד)/.test(message)) add(features, 'shape:greeting');
  if (/(?:תודה|בברכה|תודה רבה|המון תודה)[,!.]?\s*[\u05D0-\u05EA"'.\s]{0,20}$/.test(message)) add(features, 'shape:sign-off');
  if (/\d/.test(message)) add(features, 'shape:number');
  if (/₪|ש"ח|שקל|\$|€/.test(message)) add(features, 'shape:money');
  if (SARCASTIC_EMOJI.test(message)) add(features, 'shape:sarcastic-emoji');
  if (/\p{Extended_Pictographic}/u.test(message)) add(features, 'shape:emoji');
  const words = tokenize(message);
  if (words.length < 15) add(features, 'shape:short');
  else if (words.length > 45) add(features, 'shape:long');
  if (/(?<![\u05D0-\u05EA])[ושכ]?(?:אתם|שלכם|לכם|אתכם|אצלכם)(?![\u05D0-\u05EA])/.test(message)) add(features, 'shape:you');
  // What the company did, in the customer's words: "איבדתם", "חייבתם", "שלחתם".
  const youDid = (message.match(/(?<![\u05D0-\u05EA])[ושכ]?[\u05D0-\u05EA]{2,}תם(?![\u05D0-\u05EA])/gu) ?? []).filter((word) => !/^[ושכ]?(?:אתם|אותם|איתם|סתם|כתם|חותם|יתום|מהם)$/u.test(word)).length;
  if (youDid > 0) add(features, 'shape:you-did');
  if (youDid > 1) add(features, 'shape:you-did2');
  if (counts.praise! > 0 && counts.problem! > 0) add(features, 'mix:praise-problem');
  if (counts.praise! > 0 && (counts.frustration! > 0 || counts.anger! > 0 || counts.leave! > 0 || counts.complain! > 0)) add(features, 'mix:praise-anger');
  if ((counts.leave! > 0 || counts.complain! > 0) && /(?<![\u05D0-\u05EA])(?:ו?אם לא|אחרת|או ש|ואם)(?![\u05D0-\u05EA])/.test(message)) add(features, 'mix:ultimatum');
  // Words, and the words behind a prefix chain: "וחייבתם" also counts as "חייבתם".
  const seen = new Set<string>();
  for (const { word } of words) {
    for (const { stem } of readings(word)) if (stem.length >= 2) seen.add(stem);
  }
  for (const word of seen) add(features, `w:${word}`);
  return features;
}
