// The mood of an English customer's message and whether it is sarcastic (issue 12): cues
// from the whole message (insults, threats to leave or complain, outrage, repetition, worry,
// pleading, politeness, shouting, punctuation, length) and its words, weighed by a linear
// model learned on the train parts (scripts/train-customer.mjs writes customer-model.ts).
import { add, bestLabel, linearScores, type Features } from '../../customer-model';
import type { Mood } from '../../types';
import {
  ACCUSATION, ANGER, ANXIETY, COMPLAIN, cuePattern, FRUSTRATION, INSULT, JUDGEMENT, LEAVE, MILD_PROFANITY, PERSONAL_THREAT, POLITE, PRAISE_OR_MOCKERY,
  PLEA_WORD, PROBLEM, PROFANITY, SARCASTIC_EMOJI, SELF_DEPRECATION, straighten,
} from './customer-cues';
import { englishClauses } from './customer-clauses';
import { hostileShape, insultsPeople } from './customer-hostile';
import { ENGLISH_MOOD_MODEL, ENGLISH_SARCASM_MODEL } from './customer-model';

const GROUPS: [string, RegExp][] = [
  ['insult', cuePattern(INSULT)],
  ['profanity', cuePattern(PROFANITY)],
  ['mild-profanity', cuePattern(MILD_PROFANITY)],
  ['personal-threat', cuePattern(PERSONAL_THREAT)],
  ['accusation', cuePattern(ACCUSATION)],
  ['leave', cuePattern(LEAVE)],
  ['complain', cuePattern(COMPLAIN)],
  ['anger', cuePattern(ANGER)],
  ['judgement', cuePattern(JUDGEMENT)],
  ['frustration', cuePattern(FRUSTRATION)],
  ['anxiety', cuePattern(ANXIETY)],
  ['polite', cuePattern(POLITE)],
  ['praise', cuePattern(PRAISE_OR_MOCKERY)],
  ['problem', cuePattern(PROBLEM)],
  ['self', cuePattern(SELF_DEPRECATION)],
];

/** What the clauses say by their shape (customer-hostile.ts): judgements, threats, self-deprecation, insults at people. */
function clauseShapes(text: string): { found: Set<string>; insults: number; withoutSelf: string } {
  const found = new Set<string>();
  let insults = 0;
  let withoutSelf = text;
  for (const clause of englishClauses(text)) {
    const words = text.slice(clause.start, clause.end);
    const shape = hostileShape(words);
    if (shape === 'self') withoutSelf = withoutSelf.slice(0, clause.start) + ' '.repeat(words.length) + withoutSelf.slice(clause.end);
    else if (shape) found.add(shape === 'threat' ? 'threat' : 'contempt');
    if (insultsPeople(words)) insults++;
  }
  if (withoutSelf !== text) found.add('self');
  return { found, insults, withoutSelf };
}

/** Upper-case words that are names, not shouting. */
const ACRONYMS = new Set([
  'I', 'OK', 'TV', 'PC', 'ID', 'UK', 'US', 'USA', 'EU', 'SMS', 'DM', 'DMS', 'API', 'CSV', 'PDF', 'SSO', 'ATM', 'PIN', 'VAT', 'GP', 'NHS', 'HMRC', 'DVLA', 'PAC', 'ETA', 'FAQ',
  'IT', 'BT', 'ISP', 'FCC', 'FCA', 'BBB', 'CEO', 'HR', 'AM', 'PM', 'GB', 'MB', 'KB', 'TB', 'AC', 'SUV', 'VPN', 'URL', 'QR', 'IBAN', 'SIM', 'ESIM', 'NYC', 'LA', 'SF', 'UPS',
  'DHL', 'USPS', 'FEDEX', 'BA', 'AA', 'RAM', 'SSD', 'OS', 'IOS', 'PS', 'DIY', 'MOT', 'NI', 'KYC', 'OTP', 'CRM', 'ERP', 'SLA', 'VIP', 'ASAP', 'RSVP', 'UX', 'UI', 'GPS',
]);

export interface MoodReading {
  mood: Mood;
  sarcasm: boolean;
}

export function englishMood(message: string): MoodReading {
  const features = englishMoodFeatures(message);
  return { mood: moodWithCues(bestLabel(ENGLISH_MOOD_MODEL, features), features), sarcasm: isSarcastic(features, straighten(message)) };
}

/**
 * The cues the coaching model defines the moods by (COACHING.md; the set's brief) have the last
 * word over the learned weights: an insult, a threat to a person or profanity is abuse; a threat
 * to leave or complain, outrage or a judgement of the company is anger at least.
 */
export function moodWithCues(learned: Mood, features: Features): Mood {
  if (features.has('has:insult') || features.has('has:personal-threat') || features.has('has:profanity')) return 'abusive';
  // Abuse is an insult, a threat or profanity aimed at people (the set's brief): without one, contempt is anger at most.
  if (learned === 'abusive') return 'angry';
  // A threat to leave or complain. Contempt for the company read by shape ("you people have no idea
  // what you're doing") is weighed by the model, not forced: on another writer's messages it took
  // frustrated customers for angry ones (round three).
  const hostile = features.has('has:leave') || features.has('has:complain');
  if (hostile && (learned === 'calm' || learned === 'frustrated')) return 'angry';
  if ((features.has('shape:contempt') || features.has('shape:threat')) && learned === 'calm') return 'angry';
  if ((features.has('has:anger') || features.has('has:judgement')) && learned === 'calm') return 'angry';
  // Outrage and a judgement of what happened together ("This is ridiculous and completely unacceptable") is anger.
  if (features.has('has:anger') && features.has('has:judgement') && learned === 'frustrated') return 'angry';
  return learned;
}

function isSarcastic(features: Features, text: string): boolean {
  const [no = 0, yes = 0] = linearScores(ENGLISH_SARCASM_MODEL, features);
  // Praise "as always" beside something that went wrong ("Great service as always, third outage this week") says the opposite.
  return yes > no || (features.has('has:praise') && features.has('has:problem') && /\bas (?:always|usual|ever)\b/i.test(text));
}

/** The features of a whole message: cue counts, shape, and its words. */
export function englishMoodFeatures(message: string): Features {
  const text = straighten(message);
  const features: Features = new Map();
  const counts: Record<string, number> = {};
  const shapes = clauseShapes(text);
  for (const [name, pattern] of GROUPS) {
    // "I'm probably being thick here" puts the customer down; it insults no one.
    const found = (name === 'insult' ? shapes.withoutSelf : text).match(pattern)?.length ?? 0;
    counts[name] = found;
    if (found > 0) {
      add(features, `cue:${name}`, Math.min(found, 3));
      add(features, `has:${name}`);
    }
  }
  for (const shape of shapes.found) add(features, `shape:${shape}`);
  if (shapes.insults > 0 && !features.has('has:insult')) {
    add(features, 'cue:insult', Math.min(shapes.insults, 3));
    add(features, 'has:insult');
  }
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const caps = words.map((word) => word.replace(/[^\p{L}]/gu, '')).filter((word) => word.length >= 2 && word === word.toUpperCase() && !ACRONYMS.has(word));
  if (caps.length > 0) add(features, 'shape:caps');
  if (caps.length >= 2) add(features, 'shape:caps2');
  if (words.length > 3 && caps.length / words.length > 0.5) add(features, 'shape:all-caps');
  const exclamations = (text.match(/!/g) ?? []).length;
  if (exclamations > 0) add(features, 'shape:exclamation');
  if (exclamations >= 2) add(features, 'shape:exclamations');
  if (/!{2,}|[!?]{3,}|\?!|!\?/.test(text)) add(features, 'shape:bang-run');
  if (/\?{2,}/.test(text)) add(features, 'shape:question-run');
  const questions = (text.match(/\?/g) ?? []).length;
  if (questions > 0) add(features, 'shape:question');
  if (/\?\s*$/.test(text)) add(features, 'shape:ends-question');
  const please = (text.match(PLEA_WORD) ?? []).length;
  if (please > 0) add(features, 'shape:please');
  if (please >= 2) add(features, 'shape:please2');
  if (/^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|respected)\b/i.test(text)) add(features, 'shape:greeting');
  if (/(?:thanks|thank you|regards|best wishes|cheers|many thanks)[,!.]?\s*(?:\p{Lu}[\p{L}.]*\s*){0,3}$/iu.test(text)) add(features, 'shape:sign-off');
  if (/(?:^|\s)@\w/.test(text)) add(features, 'shape:mention');
  if (/\d/.test(text)) add(features, 'shape:number');
  if (/[£$€₹]|\b(?:rs|usd|eur|gbp|naira|euros?|pounds?|dollars?)\b/i.test(text)) add(features, 'shape:money');
  if (SARCASTIC_EMOJI.test(text)) add(features, 'shape:sarcastic-emoji');
  if (/\p{Extended_Pictographic}/u.test(text)) add(features, 'shape:emoji');
  if (/^[^A-Z]*$/.test(text) && /[a-z]/.test(text)) add(features, 'shape:lower-case');
  if (words.length < 15) add(features, 'shape:short');
  else if (words.length > 45) add(features, 'shape:long');
  if (/\b(?:you|your|you're|you've|you people|you guys|you lot)\b/i.test(text)) add(features, 'shape:you');
  // What the company did, in the customer's words: "you lost", "you charged me", "your driver left".
  const youDid = (text.match(/\b(?:you|your \w+|they)\s+(?:have\s+|had\s+|just\s+|then\s+|still\s+)?(?:\w+ed|lost|sent|took|sold|gave|told|made|kept|left|broke|put|cut|stole|forgot|ignored|hung up)\b/gi) ?? []).length;
  if (youDid > 0) add(features, 'shape:you-did');
  if (youDid > 1) add(features, 'shape:you-did2');
  // Thanks that open the message, and contentment, with nothing denied: a calm customer's thank-you, not sarcasm.
  if (/^\W*(?:(?:hi|hello|dear|hey)\b[^,.!]{0,25}[,.!]\s*)?(?:just\s+)?(?:(?:a\s+)?(?:quick\s+)?(?:note|wanted|writing|want)\s+to\s+say\s+)?(?:a\s+(?:big|huge|massive)\s+)?(?:thank|thanks|many thanks)\b/i.test(text)) add(features, 'shape:thanks-open');
  if (/\b(?:very|so|really|extremely) (?:pleased|happy|grateful|impressed)\b|\bmuch appreciated\b/i.test(text)) add(features, 'shape:pleased');
  if (!/n't\b|\b(?:not|no|never|nothing|nobody|none|without|cannot)\b/i.test(text)) add(features, 'shape:no-negation');
  if (counts.praise! > 0 && counts.problem! > 0) add(features, 'mix:praise-problem');
  if (counts.praise! > 0 && (counts.frustration! > 0 || counts.anger! > 0 || counts.leave! > 0 || counts.complain! > 0)) add(features, 'mix:praise-anger');
  if ((counts.leave! > 0 || counts.complain! > 0) && /\b(?:or|otherwise|if not|else|until)\b/i.test(text)) add(features, 'mix:ultimatum');
  if (counts.insult! > 0 && /\b(?:you|your|he|she|they|staff|agents?|drivers?|manager)\b/i.test(text)) add(features, 'mix:insult-at-people');
  for (const word of new Set(text.toLowerCase().match(/[\p{L}][\p{L}']*/gu) ?? [])) add(features, `w:${word}`);
  return features;
}
