// What an English customer asks for (issue 12; seed 004): "I want my money back", "I need it by
// Friday", "Refund me now", "Can someone call me back tonight?"; whether they say why; and,
// only when they do not, the question about the interest behind it, as a person would ask it
// ("What makes Friday the day you need it?").
import type { Demand } from '../../types';
import { englishClauses, PLEASE_LEAD, QUESTION_START, type Clause } from './customer-clauses';
import { cuePattern, INSULT, PERSONAL_THREAT, PRAISED, PROFANITY, straighten } from './customer-cues';
import { hostileShape, withoutHostileWords, withoutVocative } from './customer-hostile';
import { DEMAND_LEAD, isDemand, isImperative, NEED_FOR } from './customer-reflect';
import { hasFiniteVerb } from './customer-tags';

/** Wishes that are no demand on the company: "I need to pay my rent", "I'd like to say thank you". */
const OWN_NEED = /(?:\b(?:i|we)\s+|^(?:and\s+)?)(?:really\s+|just\s+|also\s+)*(?:need|needed|have|had)\s+to\s+(?!(?:know|speak|talk|have|get|see|hear|be (?:told|refunded|called|contacted|compensated|reimbursed|given|sent))\b)/i;
const THANKS = /^(?:i(?:'d| would) like to (?:say|thank|add|point out|mention|confirm|let you know)|i want to (?:say|thank))/i;
/** What the customer means to do themselves: "I'd like to buy a present", "just want to explain it in our update", "I want to lodge a complaint". */
const OWN_PLAN = /^(?:(?:i|we)\s*)?(?:(?:just|really|only|also)\s+)*(?:want|wanted|would like|'d like|am looking|'m looking|was hoping|'m hoping|am hoping)\s+to\s+(?:buy|purchase|order|arrange|book|explain|say|ask(?!\s+(?:if|whether)\s+(?:it(?:'s| is| would be) possible|(?:you|someone|somebody) (?:can|could)))|enquire|inquire|understand|make sure|mention|add|point out|start|learn|try|leave|write|plan|use|print|keep|throw|tell (?:you|u)|let you know|complain|lodge|file|(?:make|raise|register) (?:a |an )?(?:\w+ )?complaint)\b/i;
/** A threat put as a request: "tell her if she laughs at me again I'll make sure she regrets it"; asking leave: "Would you be happy for me to leave a review". */
const NOT_A_REQUEST = /\bif\b.*\b(?:i'll|i will|i'm going to|i am going to|we'll|we will)\b|^(?:would|do|will) you (?:mind|be happy|be ok|be okay|be alright) (?:if|for) (?:i|me|we|us)\b|^enjoy\b|^(?:(?:please|so)\s+)*(?:be patient|exercise patience)\b|\b(?:i(?:'m| am)|time i'm|time i am) asking\b(?!\s+(?:for|you|that|to)\b)/i;
/** Questions that ask for information, not for something to be done. */
const INFORMATION =
  /^(?:(?:so|and|but)\s+)?(?:do|does|did|is|are|was|were|why|what|when|where|who|which|have|has|how (?:much|many|long|come|does|do|is|are)|(?:will|would|should|shall) (?:i|we|it|they|this|that|these|those|he|she|my|our|the|there)|(?:can|could|may|might) (?:it|they|this|that|these|those|he|she|my|our|the|there))\b/i;
/** A clause that sets a condition or tells what happened before, not what is asked: "if another letter comes", "when I called". */
const NOT_ASKING = /^(?:(?:and|but|so|then)\s+)?(?:as|because|since|so that|cause|cos|if|even if|when|whenever|once|unless|until|after|before|while)\b/i;

/**
 * The customer says why (the reason the interest question would ask for): a "because" or
 * "so" clause, what it is for, or what is at stake anywhere in the message. When in doubt it
 * counts as given: asking why of a customer who said so is worse than not asking.
 */
const REASON_IN_DEMAND =
  /\b(?:because|cause|cos|as|since|so (?:that|i|we|they|he|she|it|my|our|the|you|everyone|people)|in order to|otherwise|for (?:my|our|his|her|their|a|an|the) \w+|before (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the end|end|next|this|noon|midday|\d)\b)\w+|in time for|while i|until i|when i)\b/i;
/** A clause that opens with the reason: "so they know it wasn't me", "because the party is on the 21st", "for my exam". */
const REASON_START = /^(?:because|cause|cos|as|since|so|in order to|for (?:my|our|his|her|their|a|an|the)|before|in time for)\b/i;
const STAKES =
  /\b(?:because|cause|cos|since|as (?:i|we|my|our|it|if|the|this|there|he|she|they|that)|so i|so we|so that|i(?:'ve| have) (?:got )?(?:a|an|two|three|my|only)|we(?:'ve| have) (?:got )?(?:a|an|two|three|our|only)|family|medicines?|treatment|cancer|tumou?r|gifts?|presents?|session|appointment|class|course|event|party|guests?|don't know what|first time|never (?:made|done|had)|for my|for our|in order to|wedding|funeral|birthday|anniversary|honeymoon|christening|graduation|baby|newborn|toddler|kids?|children|child|son|daughter|mum|mom|mother|dad|father|husband|wife|partner|grandm\w+|grandd\w+|pregnan\w+|job|work(?:ing)?|shift|boss|business|clients?|customers?|staff|wages|payroll|meeting|presentation|interview|exam|deadline|flight|travel\w*|trip|holiday|visa|passport|rent|mortgage|bills?|landlord|hospital|surgery|doctor|medication|medicine|inhaler|insulin|diabetic|chemo\w*|asthma|allerg\w+|disabled|wheelchair|elderly|pensioner|student|semester|school|university|college|moving|move out|(?:i|we)(?:'ve| have)? (?:moved|relocated) (?:to|abroad|away|house)|my (?:workers|crew|builders|men|team) (?:are|is) (?:waiting|standing|sat|sitting|idle)|paying (?:them|him|her) (?:each|every|by|per|for)|cannot|can't|couldn't|unable|afford|need (?:it|this|them|the \w+) (?:for|to)|need to (?:pay|get|be|travel|work|leave|use)|rely on|relying on|depend\w*|only (?:have|got)|running out|left|without (?:heating|hot water|power|electricity|internet|a phone|water|food|money)|freezing|cold|sick|ill|pain|safe|danger\w*|emergency|urgent\w*|coeliac|celiac|allergic|intoleran\w+|pensioner|retired|fixed income|benefits|carer|costing|day rate|per (?:hour|day)|an hour|losing (?:money|work|business|customers|clients|orders)|(?:asking|demanding|expecting|wants) (?:me|us) to pay|threatening to|scared|afraid|worried|terrified|frightened|panick\w*|abroad|overseas|sponsors?|interest (?:on|charges)|boarding pass\w*|get away from|abusive|(?:i|we) (?:need|have) to \w+|not coming (?:back|again|a \w+ time)|tight|self-employed|freelance\w*|(?:starts?|begins?|opens?|open|opening|kicks off) (?:on|at|in|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)|(?:not|isn't|is not|hardly) fair|unfair|sleep\w*|stuck|stranded|midnight|mess up|progress|expir\w+|earn (?:my|our|his|her|a) living|livelihood|income|only (?:thing|memento|photo|copy)|(?:my|our) late|sentimental|irreplaceable|(?:nobody|no one) (?:will be|is|'s) (?:at|home|in|there)|embarrass\w*|(?:want|going|afford) to lose|lose (?:my|our|the) (?:deposit|money|booking|place|slot|home))\b/i;

/**
 * What is coming, anywhere in the message, is the reason too (round four): "the completion date is
 * next Friday and the whole chain could collapse", "the photos are next Wednesday", "we've had a
 * stalker before".
 */
const COMING =
  /\b(?:next (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)|(?:could|might|will) (?:\w+ )?(?:collapse|fall through|lose|miss|fail|be (?:late|stuck|left|unable|cancelled))|(?:we|i)(?:'ve| have) had an? \w+ before|selling (?:the|our|my) (?:house|home|flat|car)|stalker|safety)\b/i;

/**
 * "When is the fitter coming back?", "Where is my hearing aid?": a customer left waiting asks
 * when or where as a demand to be told (round seven: in the labelled parts nearly every such
 * question is one). The interest behind it is plain, so it gets no interest question.
 */
const WAITING_QUESTION = /^(?:(?:so|and|but|then|now|ok|okay)\s+)*(?:when|where)\b/i;
/** "When my husband asked about a life jacket, ...": a "when" that tells what happened, in a sentence that asks something else. */
const TELLS_WHEN = /^(?:(?:so|and|but|then|now|ok|okay)\s+)*when\s+(?!(?:is|are|was|were|will|would|can|could|do|does|did|should|shall|am|have|has|'s|r|u|you|exactly|on earth|the hell)\b)(?:my|our|his|her|their|the|i|we|he|she|they|it)\s+(?:\S+\s+){0,3}?\w+ed\b/i;
/** "You will pay for the engineer", "You owe us £196": what the company is told it will do (read after the leading "so", "please" ...). */
const YOU_WILL = /^(?:you(?:'ll| will| are going to| owe| need to| have to| must)|you(?:'re| are) (?:paying|refunding|replacing|covering))\s+(?!(?:be|have|see|find|hear|get|notice|understand|know|say|tell me|probably|never|not)\b)/i;

const REQUEST_FORM = /^(?:(?:so|and|but|then|now|just|please)\s+)*(?:can|could|would|will|may)\s+(?:you|someone|somebody|anyone|u|one of you|i|we)\b|^(?:is|are) there\b|^would it be possible|^is it possible|^any chance|^i(?:'d| would) (?:like|appreciate|be grateful)|^(?:do|does|did) you\b/i;

/** When the customer wants it. */
const DEADLINE =
  /\b(?:by|before|until|no later than|for)\s+((?:this |next |the )?(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|(?:end of (?:the |this |next )?(?:day|week|month))|\d{1,2}(?:st|nd|rd|th)?(?: of \w+)?|the \d{1,2}(?:st|nd|rd|th)?)(?: (?:morning|afternoon|evening|night))?)|\b((?:this|tomorrow) (?:morning|afternoon|evening)|tomorrow|tonight|today|this week|within (?:\d+|an?|one|two|three|24|48|72) (?:hours?|days?))\b/i;
const URGENT = /\b(?:now|right now|asap|a\.s\.a\.p|immediately|right away|straight away|urgently|at the earliest|as soon as possible|without delay|this instant)\b/i;
const DAY_LIKE = /^(?:(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|today|tonight|the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?: of \w+)?)(?: (?:morning|afternoon|evening|night))?$/i;

/** An order the customer quotes from someone else ("just 'come back another time'"): not what they ask for. */
const QUOTED_ORDER = /^(?:(?:just|only|and|but|then|simply|basically)\s+)*["'\u2018\u201C][^"'\u2019\u201D]+["'\u2019\u201D]?$/i;

/** Never a demand to answer: insults and threats put as orders ("Tell him he's a ...", "Get lost"), praise in a sarcastic message ("Keep up the amazing work"). */
const NOT_TO_ANSWER = cuePattern([...INSULT, ...PROFANITY, ...PERSONAL_THREAT], 'i');
const THREATENS = cuePattern(PERSONAL_THREAT, 'i');
const INSULTS = cuePattern([...INSULT, ...PROFANITY], 'gi');
/** An order to pass words on: "Tell him ...", "Let her know ...". */
const SAYING = /^(?:(?:please|just|and|so|then|now)\s+)*(?:tell|say|ask|inform|let|remind|warn|give)\b/i;

/** "Keep that idiot away from my account" asks for something all the same: the order stands without the insult (round fifteen). */
function insultOnly(words: string): boolean {
  if (!NOT_TO_ANSWER.test(words)) return false;
  if (THREATENS.test(words) || SAYING.test(words)) return true;
  // What is left once the insults are out ("Get lost", "Shove it" leave nothing to do).
  const rest = withoutHostileWords(words).replace(INSULTS, ' ').replace(/\s+/g, ' ').trim();
  return rest.split(' ').length < 3 || !isDemand(rest);
}

export function englishDemands(message: string, sarcastic = false): Demand[] {
  const text = straighten(message);
  const stakes = STAKES.test(text) || COMING.test(text);
  const clauses = englishClauses(text);
  // "Reverse it now you thieving gits" asks for "Reverse it now".
  const found = clauses.map((clause) => ({ ...clause, end: clause.start + withoutVocative(text.slice(clause.start, clause.end)) })).filter((clause) => {
    const words = text.slice(clause.start, clause.end);
    return !insultOnly(words) && hostileShape(words) !== 'threat' && !(sarcastic && PRAISED.test(words)) && !/^(?:kindly |please )?do the needful$/i.test(words) && !QUOTED_ORDER.test(words);
  });
  // "I need it for my daughter's birthday" says what is at stake; it is the demand only when nothing else is asked.
  const asked = found.filter((clause) => !NEED_FOR.test(text.slice(clause.start, clause.end)));
  const spans = asked.flatMap((clause) => demandsIn(text, clause));
  const asks = (spans.length > 0 ? spans : found.flatMap((clause) => demandsIn(text, clause))).flatMap((span) => withListGoingOn(text, clauses, span));
  return asks.map((span) => {
    const words = text.slice(span.start, span.end);
    // The reason may open the clause after the demand: "Refund them today, so they know it wasn't me".
    const next = clauses.find((clause) => clause.start >= span.end);
    const reasonAfter = next !== undefined && /^[\s,;:-]*$/.test(text.slice(span.end, next.start).replace(/^\s*(?:and\s+)?/, '')) && REASON_START.test(text.slice(next.start, next.end));
    const reasonGiven = stakes || REASON_IN_DEMAND.test(words) || reasonAfter;
    // A polite request ("Could you send me a returns label?") needs no interest question; a position does.
    const firm = !REQUEST_FORM.test(words.replace(PLEASE_LEAD, '')) && !WAITING_QUESTION.test(words);
    return { ...span, text: message.slice(span.start, span.end), reasonGiven, question: reasonGiven || !firm ? null : interestQuestion(words) };
  });
}

function demandsIn(text: string, clause: Clause): { start: number; end: number }[] {
  const words = text.slice(clause.start, clause.end);
  const plain = words.replace(PLEASE_LEAD, '');
  if (clause.question && WAITING_QUESTION.test(plain) && !TELLS_WHEN.test(plain)) return [{ start: clause.start, end: clause.end }];
  if (OWN_NEED.test(words) || THANKS.test(plain) || NOT_ASKING.test(words) || OWN_PLAN.test(plain) || NOT_A_REQUEST.test(plain)) return [];
  if (YOU_WILL.test(plain) && !clause.question) return [{ start: clause.start + (words.length - plain.length), end: clause.end }];
  if (clause.question && INFORMATION.test(plain) && !/^(?:is|are) there (?:any|a)\b|^is it possible to\b/i.test(plain)) return [];
  if (clause.question && QUESTION_START.test(plain) && !isDemand(words)) return [];
  if (!isDemand(words)) return [];
    // "I want X and I want Y" is two demands; so is "cancel the tickets and send the permit" (the clauses divide at "and send").
  const parts = isImperative(words) ? [{ start: 0, end: words.length }] : splitWants(words);
  return parts.map(({ start, end }) => {
    // "so please send ..." is the demand "please send ...".
    const lead = DEMAND_LEAD.exec(words.slice(start, end))?.[0].length ?? 0;
    return { start: clause.start + start + lead, end: clause.start + end };
  });
}

/** A thing wanted, as a list goes on: "your insurer's details", "and a written apology" (not "no excuses"). */
const LIST_ITEM = /^(?:and\s+)?(?:your|my|a|an|the|his|her|their|our|some|all|any|full|written|proof)\b/i;

/**
 * "I want his name, your insurer's details and a written apology": what the list goes on to want
 * is the same demand. "I want a new frame and the original mattress": a thing wanted after "and"
 * is a demand of its own, as most writers of the labelled parts read it (round fifteen).
 */
function withListGoingOn(text: string, clauses: Clause[], span: { start: number; end: number }): { start: number; end: number }[] {
  let end = span.end;
  const more: { start: number; end: number }[] = [];
  const at = clauses.findIndex((clause) => clause.end === end);
  for (const clause of at < 0 ? [] : clauses.slice(at + 1)) {
    const words = text.slice(clause.start, clause.end);
    const between = text.slice(more.at(-1)?.end ?? end, clause.start).trim();
    const and = between === '' && /^and\s/i.test(words);
    if (clause.sentence !== clauses[at]!.sentence || !(between === ',' || and)) break;
    if (!LIST_ITEM.test(words) || hasFiniteVerb(words)) break;
    if (and) more.push({ start: clause.start + /^and\s+/i.exec(words)![0].length, end: clause.end });
    else if (more.length > 0) more.at(-1)!.end = clause.end;
    else end = clause.end;
  }
  return [{ start: span.start, end }, ...more];
}

/** After "and": a second "I want", or a second thing wanted ("... and someone to ring me", "... and a receipt"). */
const WANT_VERB = String.raw`(?:want|need|expect|demand|would like|'d like)\b`;
const SECOND_WANT = new RegExp(String.raw`\s+(?:and|&)\s+(?=(?:i|we)\s+(?:(?:also|really|still|do)\s+)?${WANT_VERB}|(?:a|an|the|your|my|someone|somebody|written|proof|compensation)\s)`, 'i');
const WANTS = new RegExp(String.raw`\b${WANT_VERB}`, 'i');

/** "I want a different engineer and I want my line working", "I want my deposit back and someone to ring me": two demands. */
function splitWants(words: string): { start: number; end: number }[] {
  const found = SECOND_WANT.exec(words);
  if (!found || !WANTS.test(words.slice(0, found.index))) return [{ start: 0, end: words.length }];
  return [{ start: 0, end: found.index }, { start: found.index + found[0].length, end: words.length }];
}

/** The interest question, as a person would ask it. */
function interestQuestion(demand: string): string {
  const deadline = DEADLINE.exec(demand);
  if (deadline) {
    const when = tidyWhen((deadline[1] ?? deadline[2])!);
    return DAY_LIKE.test(when) ? `What makes ${when} the day you need it?` : `What makes ${when} the deadline for you?`;
  }
  if (URGENT.test(demand)) return 'What makes it so urgent for you?';
  if (/\b(?:refund|money back|reimburse\w*|compensat\w+|credit|pay (?:it|me|us) back|my money)\b/i.test(demand)) return 'What would put this right for you?';
  if (/\b(?:manager|supervisor|someone senior|real person|human|escalat\w+)\b/i.test(demand)) return 'What would you most like a manager to do for you?';
  if (/\b(?:replace\w*|new one|exchange|swap)\b/i.test(demand)) return 'What matters most to you about the replacement?';
  if (/\b(?:cancel\w*|close|terminate|end)\b/i.test(demand)) return 'What is making you want to cancel?';
  if (/\b(?:fix\w*|sort\w*|resolve\w*|repair\w*)\b/i.test(demand)) return 'What would a good fix look like for you?';
  return 'What matters most to you here?';
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

function tidyWhen(when: string): string {
  return when.toLowerCase().replace(WEEKDAY, (day) => day.charAt(0).toUpperCase() + day.slice(1)).replace(/^the (?=\d)/, 'the ');
}
