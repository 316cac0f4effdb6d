// What an English customer's clause says that a reflection must never say back, found by the
// shape of the clause rather than by its words (issue 12): a judgement of the company or its
// people ("you people have no idea what you're doing", "your company is a total shambles",
// "she's a rude, arrogant cow"), an insult put as a form of address ("you thieving gits"), a
// judgement of what happened ("this is a money-making racket"), a threat or a refusal
// ("I'll be raising it with ...", "I'm not paying a penny"), and the customer putting
// themselves down ("I'm probably being thick here"). The word lists of customer-cues.ts catch
// the usual words; these catch the shapes a new wording still takes. Text has straight apostrophes.

import { firstSentenceTerms, wordTags } from './customer-tags';

export type Hostile = 'characterisation' | 'vocative' | 'judgement' | 'threat' | 'self';

/** The company or the people in it, as the subject of a judgement. */
const THEM =
  "(?:you|u|ya|you people|you lot|you guys|you all|y'all|all of you|any of you|none of you|your (?:[\\w-]+ ){0,2}(?:company|firm|staff|team|people|lot|department|agents?|drivers?|engineers?|technicians?|managers?|fitters|movers|installers|builders|roofers|plumbers?|devs|developers|workers|employees|reps?|representatives?|support|service|call cent(?:re|er)|customer service|operation|business|outfit|shop|store|bank|airline|crew|foreman|boss|receptionist|assistants?|cs|underwriters|handlers|advisers|advisors|sales ?(?:man|woman|person|people|team)|salesman|management|organisation|organization|system|app|website)|(?:the|that|this) (?:[\\w-]+ )?(?:foreman|manager|driver|engineer|technician|agent|rep|receptionist|woman|man|guy|girl|lady|bloke|staff|supervisor|assistant|employee|salesman|cashier|courier|waiter|waitress)|he|she|they)";
/** "is": written out after any subject, shortened only after a pronoun ("she's"; "the driver's phone" is no "is"). */
const IS = "(?:(?<=\\b(?:you|u|ya|we|they|he|she|that|y'all))(?:'re|'s)| are| is| were| was)";
/** Words between the verb and what the company is called: "are all just", "is an absolute". */
const LEAD = '(?:\\s+(?:all|just|clearly|obviously|honestly|frankly|really|truly|so|such|a|an|absolute|absolutely|total|totally|complete|completely|utter|utterly|literal|literally|nothing but|beyond|pure|bunch of|pack of|load of|band of|lot of|bloody|f\\*+(?:ing|in)?|fucking|effing|freaking|right|proper|real|genuine|nothing more than|officially|the (?:most|worst|biggest)))*';
/** What follows "is" and still says what happened: "was late", "were told", "is closed at weekends". */
const STATE =
  /^(?:not|no|never|still|now|then|here|there|on|in|at|off|out|up|down|away|back|due|supposed|meant|going|about|able|unable|aware|sure|open|closed|shut|late|early|busy|unavailable|available|off sick|sick|ill|new|polite|nice|kind|lovely|friendly|helpful|\w+ed|\w+en|\w+ing|been|being|having|trying|looking|waiting|coming|working|sending|saying|telling|asking|charging|offering|using|refusing|told|sent|paid|given|made|done|taken|seen|shown|said|left|lost|put|kept|gone|the (?:only|same|first|second|third|last|one)|my|our|his|her|their|one|two|three|four|five|\d)\b/i;

/** "You people have no idea what you're doing", "Your staff obviously don't give a damn", "you know it". */
const CONTEMPT = new RegExp(
  `(?:^|\\b)${THEM}\\s+(?:(?:all|clearly|obviously|just|simply|really|honestly|frankly|apparently|evidently)\\s+)*(?:have (?:no|zero|not a) (?:idea|clue)|haven't (?:got )?(?:a|any) (?:idea|clue)|(?:don't|do not|doesn't|does not) (?:even )?(?:care|know what|know how|give a|listen|read|bother)|couldn't care less|can't (?:even )?(?:\\w+ )?(?:properly|right)|(?:clearly|obviously) (?:can't|cannot|don't|doesn't|do not|does not|have no|are|is)|(?:'re|are|is) protecting|think (?:we're|i'm|customers are) (?:stupid|idiots|fools|mugs))|\\byou (?:all |both )?know (?:it|that|full well)\\b`,
  'i',
);
/** "you absolute parasites", "you thieving gits", "u f***ing muppets": an insult as a form of address. */
const VOCATIVE =
  /\b(?:you|u|ya)\s+(?:(?:absolute|bloody|utter|total|complete|f\*+(?:ing|in)?|fucking|effing|freaking|frigging|literal|right|pathetic|useless|incompetent|thieving|lying|greedy|clueless|stupid|brainless|lazy|miserable|sad|little|dirty|filthy|rotten|shameless|heartless|spineless|gutless|money[- ]grabbing|penny[- ]pinching|bunch of|pack of|load of|\w+ing)\s+){1,3}(?!(?:me|us|him|her|them|it|this|that|the|a|an|my|our|your|to|for|in|on|at|up|out|off|back|down|and|or|but|now|again|today|here|there)\b)[\w*]+(?:s|es)?\s*[.!?]*$/i;
/** "This is a money-making racket", "that's daylight robbery", "it's a joke": a judgement of what happened, with no fact in it. */
const JUDGED = /^(?:(?:and|but|so|honestly|frankly|seriously)\s+)?(?:this|that|it|which)(?:'s| is| was| has been)\s+(?:(?:just|absolutely|completely|totally|so|really|frankly|utterly|simply|nothing but|nothing short of|beyond|pure|plain|a|an|such an?|an absolute|a complete|a total|an utter)\s+)*(?!(?:my|our|your|his|her|their|the|now|still|not|no|been|being|going|on|in|at|for|from|with|within|about|over|past|due|supposed|meant|the|only|one|two|three|back|every|each|all|\w+ing|\w+ed|\w+day|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december|\d)\b)[\w-]+(?:\s+(?:and|&|,)?\s*[\w-]+){0,3}$/i;
/** "I'll be raising it with ...", "I'm taking this to small claims", "my solicitor will be in touch", "I'm not paying a penny", "I won't be back". */
const THREAT =
  /^(?:(?:and|so|but|then|or|otherwise|else)\s+)?(?:(?:you|u)(?:'ll| will)?\s+(?:won't|will not|will never|'ll never|never)\s+(?:be\s+)?(?:get|getting|see|seeing|have|having|hear|hearing)\s+(?:a penny|another|any more|anymore|our|my|us|me|a single)\b|(?:i|we)(?:'ll| will| shall|'m going to| am going to|'m gonna| are going to|'re going to)\b(?!\s+(?:(?:probably|then|just|still|also)\s+)?(?:lose|losing|have|miss|need|be (?:left|stuck|without|late|unable|homeless|out of)|not be able|never be able|end up|go without|run out|wait))|(?:i'm|i am|we're|we are) (?:now )?(?:taking (?:this|it|you|my|our)|reporting|cancell?ing|leaving|switching|contacting|writing to|posting|sharing|escalating|going (?:to|straight to)(?!\s+(?:(?:probably|then|just|still|also)\s+)?(?:lose|miss|have|need|be|not|never|end up|go without|run out|wait|struggle)\b)|off to|done)\b|(?:my|our) (?:solicitor|lawyer|attorney|legal team|union|mp|bank)\b.*\bwill\b|you(?:'ll| will) (?:be )?hear(?:ing)? from\b|expect (?:a (?:claim|call from|letter from|complaint|review)|to hear from|my|our|legal|court))|\b(?:(?:i'm|i am|we're|we are) not (?:paying|going to pay|accepting|putting up with)|(?:i|we) (?:won't|will not|refuse to|am not going to|'m not going to) (?:pay|accept|put up with))\b|^(?:(?:and|so|but)\s+)?(?:i|we)(?: won't| will not| will never|'ll never|'m never| am never| are never|'re never) (?:be (?:back|returning|coming back)|come back|return|use (?:you|your|this)|book (?:with )?(?:you|again)|shop (?:with|here))\b|^(?:(?:and|so|but)\s+)?(?:that|this|it)(?:'s| is| was) the last (?:order|time|booking|penny|purchase|holiday|visit|delivery|subscription) (?:you(?:'ll| will) (?:get|see|have)|(?:i|we)(?:'ll| will)? (?:place|make|book|buy|spend|order))\b/i;
/** "I'm probably being thick here", "I am 79 and hopeless with these modern gadgets", "i am not very good with technology". */
const SELF = new RegExp(
  [
    "\\b(?:i'm|i am|i feel|i must be|i've always been|i was|me)\\s+(?:[\\w']+\\s+){0,4}?(?:being\\s+)?(?:thick|daft|silly|stupid|dumb|useless|hopeless|rubbish|terrible|awful|clueless|dense|slow|an idiot|a fool|an old fool|a dinosaur|a technophobe|a numpty|a muppet|a luddite)\\b",
    "\\b(?:i'm|i am|i've always been)\\s+(?:[\\w']+\\s+){0,3}?(?:not|never)\\s+(?:very|that|too|the most|really|so|great|particularly)?\\s*(?:good|great|clever|confident|techy|tech[- ]savvy|technical|handy|computer[- ]literate)\\b",
    "\\b(?:useless|hopeless|rubbish|terrible|awful|clueless|no good)\\s+(?:at|with)\\s+(?:this|these|tech|technology|computers|phones|gadgets|apps?|forms|anything)",
    "\\bthis is (?:probably )?(?:me|my fault)\\b|\\bme being\\b",
    // "it's probably something I did wrong", "I probably messed it up": the customer taking the blame.
    "\\b(?:something|what|anything) (?:i|we) (?:did|have done|'ve done|might have done|must have done) wrong\\b|\\b(?:i|we) (?:probably |must have |might have |may have )?(?:messed|screwed|mucked|cocked) (?:it |this |something )?up\\b",
  ].join('|'),
  'i',
);

/** "are u illiterate or just lazy", "are you all blind": a question about what the company's people are. */
const ASKED_NATURE =
  /^(?:(?:and|so|or|but|honestly|seriously)\s+)?(?:are|r)\s+(?:you|u|ya|you people|you lot|you guys)\s+(?:all\s+|even\s+|just\s+|actually\s+|really\s+|completely\s+)*(?!(?:sure|able|open|going|aware|still|serious|kidding|joking|the|a|an|my|our|in|on|at|there|here|not|closed|busy)\b)[a-z]+(?:\s+or\s+(?:just\s+)?[a-z]+)?\s*[?!.]*$/i;

/** "if the mortgage bounces I'll hold you responsible": a threat under a condition (not "if it's late I'll miss my flight"). */
const CONDITIONAL_THREAT =
  /\bif\b.{0,80}?\b(?:i|we)(?:'ll| will|'m going to| am going to| are going to|'re going to)\s+(?!(?:(?:probably|then|just|still|also)\s+)?(?:lose|losing|have|miss|need|be (?:left|stuck|without|late|unable|homeless|out of)|not be able|never be able|end up|go without|run out|wait|be (?:so|very|really)? ?(?:grateful|happy|thankful|relieved)))/i;
/** "Don't trust them with your bike", "never book with these people", "Warning to anyone in Bristol", "I've told every farmer in the valley": a warning to others. */
const WARNING = /^(?:(?:and|so|but|seriously|honestly)\s+)?(?:do not|don't|dont|never|avoid)\s+(?:ever\s+)?(?:trust|use|buy|book|go|shop|fly|order|bother|deal|give|touch|recommend)\b.*\b(?:them|they|this (?:company|lot|place|shop|firm)|these (?:people|clowns|cowboys)|this lot|with \w+)\b|^(?:avoid|stay away from|beware|psa|public service announcement|warning to (?:anyone|everyone|all|others|other))\b|^(?:(?:and|so|but)\s+)?(?:i've|i have|we've|we have) (?:already |now )?told (?:every|all|everyone|everybody|anyone|half)\b/i;

/** What in a clause must never be said back, by its shape; null when nothing. */
export function hostileShape(clause: string): Hostile | null {
  if (SELF.test(clause)) return 'self';
  if (THREAT.test(clause) || CONDITIONAL_THREAT.test(clause) || WARNING.test(clause)) return 'threat';
  if (VOCATIVE.test(clause) || ASKED_NATURE.test(clause)) return 'vocative';
  if (CONTEMPT.test(clause) || characterises(clause)) return 'characterisation';
  if (JUDGED.test(clause) && !/\d|\b(?:once|twice|first|second|third|fourth|fifth|again|still|another)\b/i.test(clause)) return 'judgement';
  return null;
}

const CHARACTERISED = new RegExp(`(?:^|[,;]\\s*|\\b(?:and|but|so|because|as)\\s+)${THEM}${IS}(${LEAD})\\s+([\\w*-]+)`, 'gi');

/** "your company is a total shambles", "she's a rude, arrogant cow", "your kitchen staff are filthy animals"; not "your driver was late". */
function characterises(clause: string): boolean {
  for (const found of clause.matchAll(CHARACTERISED)) {
    const lead = found[1]!.trim();
    const rest = clause.slice(found.index + found[0].length - found[2]!.length);
    if (/\d/.test(rest)) continue;
    // "is a total shambles", "are all just clowns": a lead that names; otherwise the word must not say a state.
    if (/\b(?:an?|such|bunch of|pack of|load of|nothing but|absolute|absolutely|total|utter|complete|literal|literally|bloody|fucking|f\*+\w*)\b/i.test(lead)) return true;
    if (!STATE.test(rest)) return true;
  }
  return false;
}

/** An insult aimed at the company's people by shape alone (the mood reads it as abuse). */
export function insultsPeople(clause: string): boolean {
  if (VOCATIVE.test(clause) || ASKED_NATURE.test(clause) || ILL_WISH.test(clause) || SNEERED_PERSON.test(clause)) return true;
  // "You jobsworths fined me": a name for the company's people put beside "you".
  for (const found of clause.matchAll(YOU_NAMED)) if (namesPeople(found[2]!)) return true;
  for (const found of clause.matchAll(CHARACTERISED)) {
    const subject = found[0].replace(/^[,;\s]*(?:(?:and|but|so|because|as)\s+)?/i, '');
    if (/^(?:your (?:[\w-]+ )?(?:company|firm|department|operation|business|outfit|shop|store|bank|airline|service|support|system|app|website|organisation|organization|management)|it|this|that)\b/i.test(subject)) continue;
    const lead = found[1]!.trim();
    const rest = clause.slice(found.index + found[0].length - found[2]!.length);
    // A name for a person: "a rude, arrogant cow", "filthy animals", "an absolute thug", "literal clowns".
    if (/\d/.test(rest) || STATE.test(rest)) continue;
    if (/\b(?:an?|absolute|utter|literal|literally|bunch of|pack of|load of|nothing but|bloody|fucking|f\*+\w*)\b/i.test(lead) || /^[\w-]+(?:,?\s+[\w-]+)*?\s+[\w-]+s\s*$/.test(rest)) return true;
    // "You people are liars": one word that names them.
    if (/^[a-z-]+s\s*[.!?]*$/i.test(rest) && namesPeople(rest.replace(/[\s.!?]+$/, ''))) return true;
  }
  return false;
}

/** Wishing harm on the company's people: "I hope whoever keeps fobbing me off ends up stuck in a chair". */
const ILL_WISH = /\b(?:i|we) (?:hope|wish|pray)\s+(?:that\s+)?(?:you|whoever|he|she|they|your [\w-]+|the [\w-]+ who)\b.{0,60}?\b(?:ends? up|gets? (?:sacked|fired|hurt|sick|what)|suffers?|loses?|rots?|burns?|dies?|goes? bust|chokes?)\b/i;
/** One of the company's people named with contempt: "your snotty little clerk", "that useless woman". */
const SNEERED_PERSON =
  /\b(?:your|ur|that|this|the)\s+(?:[\w-]+\s+)?(?:snotty|smug|rude|useless|incompetent|clueless|lazy|arrogant|stupid|idiot|pathetic|lying|miserable|jumped-up|little)\s+(?:little\s+)?(?:clerk|woman|man|girl|boy|guy|bloke|jobsworth|receptionist|manager|agent|driver|engineer|technician|rep|cashier|assistant|idiot|person|lady|staff|supervisor)\b/i;

/** A word of contempt between a determiner and what it names: "your useless coordinator", "that so-called engineer". */
const SNEER =
  /\b((?:your|ur|the|that|this|those|these|their|his|her)\s+)(?:useless|incompetent|clueless|pathetic|lying|thieving|idiot|stupid|brainless|lazy|rude|greedy|crooked|dodgy|shambolic|amateurish|bloody|sodding|f\*+\w*|fucking|effing|freaking|frigging|damn(?:ed)?|crappy|phantom|invisible|imaginary|mythical)\s+(?=[\w-])/gi;

/**
 * What happened, without the contempt said inside the same clause: "I've told your useless
 * coordinator four times" → "I've told your coordinator four times"; "ur app charged me 3 times
 * you thieving muppets" → "ur app charged me 3 times". What is left is read again as any clause.
 */
export function withoutHostileWords(clause: string): string {
  const cut = clause.slice(0, withoutVocative(clause));
  return cut.replace(SNEER, '$1').replace(YOU_NAMED, (all, you: string, name: string) => (namesPeople(name) ? `${you} ` : all)).replace(NAME_CALLED, 'someone');
}

/** "Some clown on your delivery crew dropped my fridge": the one called names is "someone" (where they work would say the name again). */
const NAME_CALLED =
  /\b(?:some|an?|that|this|the)\s+(?:(?:useless|stupid|brainless|absolute|complete|total|utter)\s+)?(?:clown|idiot|moron|halfwit|dimwit|muppet|numpty|imbecile|cretin|jerk|cowboy|monkey|genius|joker|buffoon)(?:\s+(?:on|at|from|in|of)\s+(?:your|ur|the)(?:\s+[\w'-]+){1,3}?)?(?=\s+(?:who|that|dropped|broke|lost|left|threw|smashed|damaged|scratched|dented|drove|ran|hit|put|told|said|sent|took|ignored|hung|cut)\b)/gi;

/** "You jobsworths fined me £100": a name for the company's people put beside "you". */
const YOU_NAMED = /\b(you|u)\s+([a-z]+s)\s+(?=[a-z])/gi;
const PLAIN_PLURALS = /^(?:guys|people|folks|lot|all|twos?|threes?|both|lads|ladies|gentlemen|kids|always|sometimes|is|was|has|does|says|thanks)$/i;

function namesPeople(word: string): boolean {
  if (PLAIN_PLURALS.test(word)) return false;
  const tags = wordTags(word);
  return tags.includes('Plural') && !tags.includes('Verb');
}

/**
 * "your so-called fraud team froze my fundraiser" → "you froze my fundraiser": what is sneered at
 * is the company. After a verb or a preposition too: "I asked your so-called brewing expert on the
 * phone" → "I asked you on the phone" (said back as "you asked us on the phone"; round ten).
 */
export function withoutSoCalled(clause: string): string {
  const quoted = SCARE_QUOTED_STAFF.exec(clause);
  if (quoted) return `${clause.slice(0, quoted.index)}you ${afterYou(clause.slice(quoted.index + quoted[0].length).trimStart().split(/\s+/))}`.trimEnd();
  const found = /\b(?:your|ur|the)\s+so[- ]called\s+/i.exec(clause);
  if (!found) return clause;
  const rest = clause.slice(found.index + found[0].length);
  const terms = firstSentenceTerms(rest);
  const words = rest.split(/\s+/);
  // What is called names: the words up to the first that is no noun or adjective.
  let after = 1;
  while (after < terms.length && !terms[after]!.tags.includes('Verb') && (terms[after]!.tags.includes('Noun') || terms[after]!.tags.includes('Adjective')) && !terms[after]!.tags.includes('Pronoun')) after++;
  // Terms and words are one to one up to there ("8-year-old" further on may be three terms).
  if (terms.slice(0, after + 1).some((term, at) => words[at] === undefined || !words[at]!.toLowerCase().includes(term.text.toLowerCase().replace(/[^\p{L}\d'-]/gu, '')))) return clause;
  return `${clause.slice(0, found.index)}you ${afterYou(words.slice(after))}`.trimEnd();
}

/** What follows the company put as "you": its verb agreeing ("has" → "have"). */
function afterYou(words: string[]): string {
  if (words.length === 0 || !words[0]) return '';
  const tags = wordTags(words[0]);
  return tags.includes('Verb') ? [agreeWithYou(words[0], tags), ...words.slice(1)].join(' ') : words.join(' ');
}

/** "your 'expert'", "your spotty teenage 'mechanic'": one of the company's people in scare quotes (round ten); not "your 'emergency line'". */
const SCARE_QUOTED_STAFF =
  /\b(?:your|ur)\s+(?:[\w-]+\s+){0,2}['\u2018"\u201C](?:[\w-]+\s+)?(?:experts?|engineers?|mechanics?|technicians?|specialists?|professionals?|advis[eo]rs?|consultants?|managers?|agents?|team|staff|drivers?|fitters?|installers?|crew|helpdesk|support|customer service|reps?|representatives?|coordinators?|instructors?|guides?|inspectors?|cleaners?|builders?|plumbers?|electricians?|surveyors?|assessors?|handlers?|investigators?|operators?|stylists?|groomers?|trainers?)['\u2019"\u201D]/i;

/** "has" after the sneered-at engineer is "have" after "you" (round ten: "we has been out 3 times"). */
const WITH_YOU: Record<string, string> = { has: 'have', is: 'are', was: 'were', does: 'do', "hasn't": "haven't", "isn't": "aren't", "wasn't": "weren't", "doesn't": "don't" };

/** `tags`: compromise's tags of the verb, read once by the caller. */
function agreeWithYou(verb: string, tags: string[]): string {
  const lower = verb.toLowerCase();
  if (WITH_YOU[lower]) return WITH_YOU[lower];
  if (!tags.includes('PresentTense') || !/s$/i.test(verb)) return verb;
  if (/ies$/i.test(verb)) return `${verb.slice(0, -3)}y`;
  return /(?:ss|sh|ch|x|z|o)es$/i.test(verb) ? verb.slice(0, -2) : verb.slice(0, -1);
}

/** The clause without an insult put as a form of address at its end: its length up to it. */
export function withoutVocative(clause: string): number {
  const found = VOCATIVE.exec(clause);
  if (!found) return clause.length;
  return found.index === 0 ? clause.length : clause.slice(0, found.index).replace(/[\s,]+$/, '').length;
}
