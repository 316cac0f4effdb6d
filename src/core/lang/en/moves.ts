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
  /** A template's blank the agent will fill also counts ("I'll update you by [time]"). */
  placeholder?: RegExp;
}

/** A time someone can plan around: a weekday, a date, a clock time, "within 2 days". */
export const CONCRETE_TIME = [
  '#WeekDay',
  '#Month (#Value|#Ordinal)',
  '(#Value|#Ordinal) of? #Month',
  // compromise reads "14 March" as a name: the months by their words (not "may").
  '(#Value|#Ordinal) of? (january|february|march|april|june|july|august|september|october|november|december)',
  '(january|february|march|april|june|july|august|september|october|november|december) (#Value|#Ordinal)',
  'the next (working|business)? day',
  '(by|in|until|end of|early|late|mid) #Month',
  '#Time',
  '(today|tonight|tomorrow)',
  '(this|tomorrow) (morning|afternoon|evening)',
  '(this|next) (week|month)',
  '(within|in) (#NumericValue|#TextValue) (business|working|calendar)? #Duration',
  '(within|in) the (next)? hour',
  '(by|before|at) (noon|midday|midnight|eod)',
  'end of (the)? (day|week|month)',
  '(the|that) same day',
  '(on|by|from|until) the #Ordinal',
  // A time set by an event that is coming: "the day it ships", "as soon as it's scanned".
  '(the day|the moment|as soon as) (it|they|your|the) #Noun? #Copula? (#Verb && !#Copula)',
];

/** Who is being asked to get in touch: a request to contact us is routing, not coaching content. */
const CONTACT_US = '(dm|message|contact|call|email|tweet|text|follow|ping|give|shoot|send|reach out to|reach) (us|me)';
/** Talk about the channel itself ("we replied via DM"), not the customer's problem. */
const CHANNEL = '(dm|dms|direct message|private message)';
/** Why the agent asks for something: "so we can ...", the start of a purpose, not an option for the customer. */
const PURPOSE = '(so|so that) (i|we) can #Adverb?';
/** How a situation feels to live through ("a frustrating wait"). */
const HARD = '(frustrating|stressful|annoying|upsetting|disappointing|worrying|exhausting|miserable|awful|terrible|inconvenient|difficult)';
/** A feeling that is the customer's, not their problem ("sorry you're disappointed"). */
const FEELINGS = '(disappointed|upset|unhappy|frustrated|annoyed|angry|not a fan|not happy|feel|felt)';

const MATCHERS: MoveMatcher[] = [
  matcher('reflection', [
    'if i (understand|understood|read|heard) (you|this|that|it)? (correctly|right)',
    '(it|that) (sounds|seems) like (you|your)',
    '(it|that) (sounds|seems) like (the|this|our) #Noun+ #Adverb? (#Verb|#Copula|#Auxiliary)',
    '(i|we) (#Adverb|can)? (understand|see|gather) that? (you|it|this) (#Verb|#Copula|#Auxiliary)',
    '(i|we) (#Adverb|can)? (understand|see|gather) that? (your|the) #Noun+ (#Verb|#Copula|#Auxiliary)',
    // "We understand (that) coming in just to ... feels like a hassle": the customer's situation, restated.
    '(i|we) #Adverb? understand that? (#Gerund|#Noun) .{0,8} (feels|is|was|would)',
    '(i|we) #Adverb? understand #Gerund',
    // "So your order never arrived ...": the customer's account, retold.
    '^#AtMention{0,20} (hi|hello|dear)? #Noun? so (you|your #Noun+) #Adverb? (#PastTense|have|has|had|were|was|keep|keeps|still|are not|is not|cannot|did not)',
    // Retelling what the customer went through: "You took a day off, waited 50 minutes and ...".
    '^#AtMention{0,20} (hi|hello|dear)? #Noun? you #PastTense .{1,8} #PastTense',
    // The facts of the problem judged by their impact: "Ninety minutes late and cold is not what you paid for".
    '#Value .{0,12} (is|are|was) not what you',
    '(sorry|apologize|apologise|saddened|sad) (to hear)? that? (you|your|the) #Adjective? #Noun{0,2} (#Verb|#Copula|#Auxiliary)',
    'is that (right|correct)',
  ], [
    'sorry that? you (feel|felt) (this|that) way',
    `(sorry|apologize|apologise) (to hear)? that? you #Copula? #Adverb? ${FEELINGS}`,
    // "I understand this has been a long and frustrating wait" names the feeling (empathy), not the problem.
    `(understand|see) that? (this|it) .{0,5} ${HARD}`,
  ]),
  matcher('empathy', [
    '(sounds|must be|must have been|must feel) #Adverb? (a|an|so|really|very|such)? #Adjective',
    '(is|was|feels|be|been|are) #Adverb? (so|really|very)? (frustrating|stressful|annoying|upsetting|disappointing|worrying|exhausting|miserable)',
    '(is|was|feels|be|been|are) #Adverb? (so|really|very)? (awful|terrible|concerning|saddening|infuriating|inconvenient|hard|difficult|painful|maddening)',
    '(a|an|such a) #Adjective? (hassle|loss|nightmare|headache|ordeal|bummer)',
    `(a|an|such a) #Adverb? ${HARD} #Noun`,
    `(a|an|such a) #Adjective and ${HARD} #Noun`,
    '(a|an|such a) #Adverb? (crazy|tough|rough|scary|stressful|frustrating|awful|terrible|horrible|bad|difficult) (situation|experience|time|day|week|morning|night|start|end)',
    // Naming the feeling itself: "I understand how frustrating this is", "I understand your frustration".
    'how (frustrating|stressful|annoying|upsetting|disappointing|worrying|difficult|hard|inconvenient) (this|that|it)',
    '(understand|appreciate|share|feel) your (frustration|disappointment|annoyance|anger|worry|stress|pain)',
    '(#Copula|#Noun) not (fun|ideal|great|okay|ok|pleasant)',
    '(saddened|sad|heartbroken|disheartened|gutted) to (hear|learn|see|read)',
    '(hope|hoping) (you|everyone|your #Noun) (is|are) (ok|okay|safe|well|alright|all right)',
    // The impact on the customer's day: "downloading 140 invoices would eat up hours".
    '(would|must) (eat|waste|take|cost) up? (hours|days|weeks|ages|forever)',
    '(sorry|apologize|apologise|apologies) .+ especially (when|since|as|because|with|on|after|before)',
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
    '(i|we) (can|could) #Adverb? !(help|assist|look|follow|chat|check|investigate|find|try|see|suggest|understand|imagine|assure|tell|say|promise|get|not|never|only|do|be|to|share|take|#Adverb)',
    '(i|we) (would|will) be (happy|glad) to !(help|assist|look|check|answer)',
    'you (can|could) (also|instead|still)',
    // The way forward after a no: "you can't ..., you will need to ...", "If you do not want to pay, you can ...".
    '(not|no|unable|cannot) .{0,10} you (will|would)? (need to|can|could) #Verb',
    '(not|no|unable|cannot) .{0,16} but (you|we|i) (can|could|are able|will be able)',
    // Round five: "..., but bringing your own is fine", "..., but we've just added ...", "..., so I've reduced it".
    '(not|no|unable|cannot) .{0,16} but .{1,6} (is|are) #Adverb? (fine|welcome|possible|free|allowed|ok|okay|available|open)',
    // Round twelve: what is possible, said with an emphatic "do" ("the ground-floor suites do allow dogs",
    // "your plan does include a wellness allowance") or as "what we do support is ...", "what you could do is ...".
    '#Noun (do|does) (allow|include|cover|support|offer|accept|take|welcome)',
    'what (we|you|i) (do|could|can) #Verb? .{0,4} (is|are)',
    // Only after the agent's own no: "the request wasn't on the booking, so I've added it" is the answer.
    '(i|we) (can|could|are|am|were|was)? (not|unable|cannot) !(promise|guarantee|say|tell|confirm|see) .{0,15} (but|so) (i|we) have #Adverb? #PastTense',
    '(not|no|unable|cannot) .{0,10} but (their|our|the) #Noun+ (is|are|can)',
    '(not|no|unable|cannot) .{0,10} but (here|there) (is|are)',
    '(and|so) you can (upgrade|switch|change|move|return|exchange|cancel|keep|use|choose|pick)',
    // Round six: a step the customer takes to a remedy ("simply bring the receipt to any branch",
    // "send it back through the returns page for a refund"), or another option that suits them better.
    '^simply (bring|send|return|take|drop|pop|post) (the|your|it|them|us) .{0,8} (to|back|through|via|into|at|in)',
    '(return|send|bring|take|post) .{0,6} (back|through|via|to) .{0,10} for (a|an|your)? (full)? (refund|replacement|exchange|repair|credit|swap)',
    '(may|might|would|could) #Adverb? suit you',
    'you (can|could) #Adverb? (bring|add|book|pay|drive|walk|pop|trade|order|choose|swap|switch|upgrade|collect|apply|buy|join|visit|top|renew|claim|list|print|download) !(#Adverb)',
    '(not|no|unable|cannot) .{0,20} but (every|our|the|their|a|an) #Adjective? #Noun+ .{0,6} (is|are|can|does|do|takes|take|goes|go|covers|includes)',
    '(alternatively|however|meanwhile|in the meantime)',
    'instead !of',
    'instead$',
    'if you (would|do)? (prefer|rather)',
    '(you are|you will be) welcome to',
    '(explore|check out|here are) .{0,3} options',
    '(here is|here are) (another|other|a few|some) (way|ways|option|options)',
    'if you (would|do)? like$',
    'if .{1,12} (i|we) will #Adverb? #Infinitive',
    '(i|we) have #Adverb? (booked|reserved|arranged|frozen|credited|waived|extended|upgraded|scheduled) (you|your)',
    '(i|we) have #Adverb? #PastTense .{0,6} (and|also) (added|given|credited|sent|included) (a|an|#Value)',
  ], [
    'if you (have|need) (any|other|further|more)',
    'anything else (i|we) can',
    // Why we ask for a DM or details ("so we can look into it") is not an option for the customer;
    // "so I can resole them free" is one.
    `${PURPOSE} (look|check|investigate|find|see|review|help|assist|get|pass|confirm|verify|locate|access|follow|trace|track)`,
    `${PURPOSE} (understand|sort|fix|update|chase|escalate|contact|reach|call|email|message|identify|match|process|start|continue|proceed|learn|know|make)`,
    '(if|whether) (i|we) can',
    CONTACT_US,
    CHANNEL,
    'nothing (more|else)? (i|we) can',
    '(everything|all|what|anything) (i|we) can to',
    '(i|we) can only',
    'instead of',
  ]),
  matcher('interest-question', [
    '(what|which|when|where|who|how|why|whether)',
    '^#AtMention{0,20} (hi|hello|hey)? #Noun? (is|was|are|were|does|did|do|has|have|had|can|could|would|will|any)',
    '(is|was|are|were|does|did|do|has|have|can|could|would) (you|your|this|that|it|the|there|they)',
    '(right|correct)$',
    'just to (verify|confirm|clarify|check)',
    '(can|may) i ask',
    'what is the reason',
  ], [
    'is that (right|correct)',
    'anything else',
    'would you like me to',
    '(help|assist) you',
    'how can (i|we)',
    // Requests for an action or for contact details are not questions about the customer's interest.
    '(can|could|would) you (please|kindly|#Adverb)? (dm|send|post|follow|try|provide|share|reach|contact|call|give|check)',
    'would you mind',
    '(contact|phone|account) (number|details|info)',
    // Identity details are for finding the account, not for understanding the problem.
    '(digits|email address|full name|postcode|zip code|date of birth)',
    'why not',
    '(dm|message|contact|call|email|follow|reach out to|reach) (us|me)',
    CHANNEL,
    'have you (tried|checked|registered|restarted|reset)',
  ], true),
  // A request for the details of what happened, not phrased as a question.
  matcher('interest-question', [
    'let (me|us) know (the|which|what|when|where|whether) !(results|result|name|email|address)',
    '(tell|show) (me|us) (the|which|what|when|where|whether)',
    'provide (which|what|when|where|whether)',
    'checking in to see (if|whether)',
  ], [CHANNEL], false),
  {
    ...matcher('next-step-with-time', CONCRETE_TIME, [
      'yesterday',
      '(should|would|could) have (#PastTense|#Participle)',
      'since',
      'last #Date',
      // The customer's own deadline or a period of validity is not a step anyone takes.
      'you (have|had) until',
      'you (can|could|must|may|need to|have to) #Adverb? #Verb .{0,4} (within|until|by|before)',
      '(see|check) what (i|we) can',
      '(valid|open|closed|expire|expires|available) (until|for|till|through|from)',
      'from .{1,4} until',
      // A guaranteed time is a promise, not a realistic forecast (over-promise).
      '(definitely|100%|guarantee|guaranteed|certainly)',
      // An option the customer may choose is an offer, not a committed step.
      'if you (would|do)? (rather|prefer|need to)',
      // A date that is full, or a period counted from an event, is no step anyone takes (round ten).
      '(fully|completely|already) (booked|full)',
      '(within|in) .{1,3} of (the|your|our|its)',
    ], false),
    placeholder: /\[(?:day and time|time|date)\]/,
    requires: ['(will|shall|going to|by|until|before|scheduled|booked|expect|expected|due|tomorrow|tonight|within|planned|starting|arriving|should|arrive|arrives|goes out|ships|usually|normally|typically)', '(i|we) can #Adverb? !(see|do|not|only|help|imagine)'].map(parsePattern),
  },
  {
    ...matcher('answer', [
    '(i|we) (have|had)? (#PastTense|#Participle)',
    '(#Noun && !#Pronoun && !#AtMention && !@hasComma) #Value? (#Copula|#PastTense|#PresentTense|#Modal|#Auxiliary)',
    '(it|this|that|they|he|she) (#Copula|#PastTense|#PresentTense|#Modal|#Auxiliary)',
    'you (will|would|can|do not|did not|have|are|were|must|need to|may) (#Verb|#Adjective|#Noun|#Value)',
    'you should be able',
    'there #Copula not? (no|a|an|#Value|only|nothing|currently)',
    // A refusal is an answer too ("we are unable to refund this booking").
    '(i|we) #Copula #Adverb? (unable|not able) to',
    '(i|we) (cannot|do not|will not|did not) #Verb',
    // An instruction that solves the problem: "Please follow the steps in this article".
    '(please|pls|kindly) (#Imperative|#Infinitive)',
    '(just|also) #Imperative',
    '^#AtMention{0,20} (hi|hello|hey)? #Noun? #Imperative .',
    '(pass|share|forward|passed|shared|forwarded) .{0,4} (feedback|insight|suggestion|comments)',
    '^#AtMention{0,20} (yes|no) !(worries|problem|thanks|thank)',
    '^#AtMention{0,20} (yes|no)$',
  ], [
    '^#AtMention{0,20} (thank|thanks|have a|enjoy|come back|cheers|hope|glad|happy|feel free)',
    '^#AtMention{0,20} (hi|hello|hey|dear) .{0,3} (thanks|thank)',
    // Pleasantries and goodwill, not the answer: "That's great!", "You're welcome", "We hope everyone is ok".
    '^#AtMention{0,20} #Expression? (that|this|it) #Copula #Adverb? (#Adjective|no good)$',
    '(that|this) (does not|did not) (sound|look|seem)',
    'you are welcome$',
    '(great|good|nice|wonderful|lovely) to (hear|see|know)',
    '(i|we) #Adverb? (want|wanted|would like|would love|hope|wish|appreciate|love) (to|you|everyone|that|a)',
    '(hope|hoping|would like|would love) (to|a|an)',
    // An apology with nothing after it but what it is for ("I'm so sorry this has happened").
    '^#AtMention{0,20} (i|we) #Copula #Adverb? (sorry|saddened) (to hear)? (that|this|it|you|your) .{0,5}$',
    'hopefully',
    '(glad|happy|pleased|thrilled|delighted) (to|you|when|that|our|the)',
    'here to (help|assist)',
    '(help|assist) you with',
    'important to (us|me)',
    // Saying someone will look at it later is a next step, not the answer.
    '(to|will|#Copula) #Adverb? (follow up|following up|look into|looking into|investigating|working hard|be with you|get it checked)',
    // Asking the customer for details is a question, not the answer.
    '(tell|show|provide|keep) (us|me)',
    '(need|share|send|provide) your',
    '(provide|send|share|give|with) (more|further|additional) (details|info|information)',
    // Moving the conversation elsewhere is not the answer either.
    '(meet|chat with) (me|us) (back|there|in)',
    '(carry on|continue) (chatting|the conversation|our conversation)',
    'check it out',
    'reach out to you',
    'let (me|us) (look|check|see|find out|investigate|dig)',
    '(accept|excuse) (our|my)',
    'bear with (us|me)',
    CONTACT_US,
    'let (us|me) know',
    CHANNEL,
  ], false),
    besides: ['reflection', 'empathy', 'interest-question'],
  },
];

function matcher(move: Move, patterns: string[], exceptions: string[] = [], question?: boolean): MoveMatcher {
  return { move, patterns: patterns.map(parsePattern), exceptions: exceptions.map(parsePattern), ...(question === undefined ? {} : { question }) };
}

/** A question, also when a signature follows the question mark ("... how much?EE", "... ? ^AG"). */
const QUESTION_END = /\?["'”)]*\s*(\^?[A-Z]{1,3})?\s*$/;

/** Moves present in one sentence, offsets relative to it. */
export function sentenceMoves(sentence: string): MoveHit[] {
  const parsed = parse(sentence);
  const isQuestion = QUESTION_END.test(sentence);
  const hits: MoveHit[] = [];
  for (const { move, patterns, exceptions, question, requires, besides, placeholder } of MATCHERS) {
    if (hits.some((hit) => hit.move === move)) continue;
    if (question !== undefined && question !== isQuestion) continue;
    if (besides && hits.some((hit) => besides.includes(hit.move))) continue;
    if (requires && !requires.some((required) => has(parsed, required))) continue;
    const span = patterns.map((pattern) => matchSpans(parsed, pattern)[0]).find((found) => found !== undefined) ?? blankIn(sentence, placeholder);
    if (!span || exceptions.some((exception) => has(parsed, exception))) continue;
    hits.push({ move, ...span });
  }
  return hits;
}

function blankIn(sentence: string, placeholder: RegExp | undefined): { start: number; end: number } | undefined {
  const found = placeholder?.exec(sentence);
  return found ? { start: found.index, end: found.index + found[0].length } : undefined;
}
