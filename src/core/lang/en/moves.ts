// The moves of a good English reply (COACHING.md, "Moves"), found by meaning: each move is
// a few compromise patterns over tags and word roots, with exceptions for look-alikes.
import type { Move, MoveHit } from '../../types';
import { has, matchSpans, parse } from './parse';
import { parsePattern, type Pattern } from './patterns';

interface MoveMatcher {
  move: Move;
  patterns: Pattern[];
  /** The sentence does not count as this move when one of these matches in it. */
  exceptions: Pattern[];
  /** Only in a question (interest-question) or only outside one (next-step-with-time). */
  question?: boolean;
  /** The sentence must also match one of these (a time counts as a next step only when it lies ahead). */
  requires?: Pattern[];
  /** Not counted in a sentence already holding one of these moves (a reflection is not also the answer). */
  besides?: Move[];
}

/** A time someone can plan around: a weekday, a date, a clock time, "within 2 days". */
export const CONCRETE_TIME = [
  '#WeekDay',
  '#Month (#Value|#Ordinal)',
  '(#Value|#Ordinal) of? #Month',
  '(by|in|until|end of|early|late|mid) #Month',
  '#Time',
  '(today|tonight|tomorrow)',
  '(this|tomorrow) (morning|afternoon|evening)',
  '(within|in) (#NumericValue|#TextValue) (business|working|calendar)? #Duration',
  '(within|in) the (next)? hour',
  '(by|before|at) (noon|midday|midnight|eod)',
  'end of (the)? (day|week|month)',
  '(the|that) same day',
  '(on|by|from|until) the #Ordinal',
];

const MATCHERS: MoveMatcher[] = [
  matcher('reflection', [
    'if i (understand|understood|read|heard) (you|this|that|it)? (correctly|right)',
    '(it|that) (sounds|seems) like (you|your)',
    '(i|we) (#Adverb|can)? (understand|see|gather) that? (you|it|this) (#Verb|#Copula|#Auxiliary)',
    '(i|we) (#Adverb|can)? (understand|see|gather) that? (your|the) #Noun+ (#Verb|#Copula|#Auxiliary)',
    '(i|we) #Adverb? understand that #Gerund',
    '(sorry|apologize|apologise|saddened|sad) (to hear)? that? (you|your|the) #Noun? (#Verb|#Copula|#Auxiliary)',
    'is that (right|correct)',
  ], ['sorry that? you (feel|felt) (this|that) way']),
  matcher('empathy', [
    '(sounds|must be|must have been|must feel) #Adverb? (a|an|so|really|very|such)? #Adjective',
    '(is|was|feels|be|are) #Adverb? (so|really|very)? (frustrating|stressful|annoying|upsetting|disappointing|worrying|exhausting|miserable)',
    '(is|was|feels|be|are) #Adverb? (so|really|very)? (awful|terrible|concerning|saddening|infuriating|inconvenient|hard|difficult|painful|maddening)',
    '(a|an|such a) #Adjective? (hassle|loss|nightmare|headache|ordeal|bummer)',
    'the last thing you need',
    'not what you (paid|signed up|expected|hoped) for',
    '(a|such a) long (time|wait|stretch)',
    '(i|we) can (only)? imagine',
    'every day counts',
    'hard on (you|your|the) #Noun?',
  ]),
  matcher('apology', ['(sorry|apologize|apologise|apologies|apology|apologizing)', '(my|our) (bad|mistake|error|fault)', "that is on us"], ['sorry (to bother|to interrupt)']),
  matcher('alternative-offer', [
    'what (i|we) (can|could) (do|offer)',
    '(i|we) (can|could) #Adverb? !(help|assist|look|follow|chat|check|investigate|find|try|see|suggest|understand|imagine|assure|tell|say|guarantee|promise|get|not|never|only|do|be|#Adverb)',
    '(i|we) (would|will) be (happy|glad) to !(help|assist|look|check|answer)',
    'you (can|could) (also|instead|still)',
    '(alternatively|instead|however)',
    'if you (would|do)? (prefer|rather)',
    '(you are|you will be) welcome to',
    '(explore|check out|here are) .{0,3} options',
    'in the meantime,? you can',
    'if you (would|do)? like$',
    'if .{1,8} (i will|we will) #Adverb? #Infinitive',
    '(i|we) have #Adverb? (booked|reserved|arranged|frozen|credited|waived|extended|upgraded|scheduled) (you|your)',
  ], [
    'if you (have|need) (any|other|further|more)',
    'anything else (i|we) can',
    '(so|if|so that|whether) (i|we) can',
    'nothing (more|else)? (i|we) can',
  ]),
  matcher('interest-question', [
    '(you|your)',
    '(can|may) i ask',
    'what is the reason',
  ], [
    'is that (right|correct)',
    'anything else',
    'would you like me to',
    // Requests for an action or details are not questions about the customer's interest.
    '(can|could|would) you #Adverb? (dm|send|post|follow|try|provide|share|reach|contact|call|give|check)',
    'have you (tried|checked|registered|restarted|reset)',
  ], true),
  {
    ...matcher('next-step-with-time', CONCRETE_TIME, ['yesterday', 'last #Date'], false),
    requires: ['(will|shall|going to|by|until|before|scheduled|booked|expect|expected|due|tomorrow|tonight|within)'].map(parsePattern),
  },
  {
    ...matcher('answer', [
    '(i|we) (have|had)? (#PastTense|#Participle)',
    '(#Noun && !#Pronoun) (#Copula|#PastTense|#PresentTense|#Modal|#Auxiliary)',
    '(it|this|that|they|he|she) (#Copula|#PastTense|#PresentTense|#Modal|#Auxiliary)',
    'you (will|would|can|do not|did not|have|are|were) (#Verb|#Adjective|#Noun|#Value)',
    '^(yes|no)',
  ], [
    '^(please|kindly|feel free|let us know|thank|thanks|send|dm|reach out|have a|hope|glad)',
    '^(hi|hello|hey|dear) .{0,3} (thanks|thank)',
    '(sorry|apologize|apologise|apologies)',
  ], false),
    besides: ['reflection', 'empathy'],
  },
];

function matcher(move: Move, patterns: string[], exceptions: string[] = [], question?: boolean): MoveMatcher {
  return { move, patterns: patterns.map(parsePattern), exceptions: exceptions.map(parsePattern), ...(question === undefined ? {} : { question }) };
}

/** Moves present in one sentence, offsets relative to it. */
export function sentenceMoves(sentence: string): MoveHit[] {
  const parsed = parse(sentence);
  const isQuestion = /\?["'”)]*\s*$/.test(sentence);
  const hits: MoveHit[] = [];
  for (const { move, patterns, exceptions, question, requires, besides } of MATCHERS) {
    if (question !== undefined && question !== isQuestion) continue;
    if (besides && hits.some((hit) => besides.includes(hit.move))) continue;
    if (requires && !requires.some((required) => has(parsed, required))) continue;
    const span = patterns.map((pattern) => matchSpans(parsed, pattern)[0]).find((found) => found !== undefined);
    if (!span || exceptions.some((exception) => has(parsed, exception))) continue;
    hits.push({ move, ...span });
  }
  return hits;
}
