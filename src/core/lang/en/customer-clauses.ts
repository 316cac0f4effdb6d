// The clauses of an English customer's message, as offsets into it: the units the reflection
// keeps or leaves out and the demands are found in. Sentences divide at commas, semicolons,
// dashes and the words that open a clause ("because", "or I'll", "and I ..."); greetings
// and sign-offs are no clause.
import { splitClauses, type Clause } from '../../customer-clauses';
import { sentences } from '../../text-spans';
import type { Span } from '../../types';
import { ENGLISH_ABBREVIATIONS } from './abbreviations';
import { hasFiniteVerb } from './customer-tags';

export type { Clause };

const GREETING_WORD = /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|greetings|respected|bonjour|hola|namaste|to whom it may concern|to whoever [^,:.!?\n]{0,40}(?=[,:]))\b/i;
/** What may follow the greeting word before its comma: a name, "team", "Sir or Madam", "all". */
const GREETING_NAME =
  /^(?:\s+(?:[Tt]here|[Tt]eam|[Aa]ll|[Ee]veryone|[Gg]uys|[Ff]olks|[Ss]upport|[Ss]irs?(?: or [Mm]adam)?|[Mm]adam|[Ss]ir\/[Mm]adam|(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r)\.?(?:\s+\p{Lu}[\p{L}'-]*)?|(?:(?:the|[Tt]he)\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}(?:\s+[Tt]eam)?))?\s*[,.!:]\s*/u;
export const SIGN_OFF = /^(?:thanks?|thank you|many thanks|thx|ty|kind regards|regards|best|best wishes|cheers|sincerely|yours|warm regards|br|rgds)\b[^.!?]{0,40}$/i;
export const QUESTION_START =
  /^(?:please\s+)?(?:can|could|would|will|is|are|do|does|did|why|what|when|where|how|who|which|have|has|should|shall|may|might|any|anyone|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't)\b/i;
/** A clause that gives a reason: "because the party is on the 21st" tells, even at the end of a question. */
const REASON = /^(?:because|cause|cos|since|as (?:i|we|my|our|the|it)|so that)\b/i;
/** "I've booked the day off and the course is moved?": the customer telling, with a rise at the end; not "I'm wondering if ...". */
const TOLD = /^(?:(?:so|and|but|oh|now|just|also)\s+)*(?:i'm|i am|i've|i have|i had|i was|we're|we are|we've|we have|we had|we were|my|our)\b(?!\s+(?:just\s+)?(?:wondering|asking|hoping|curious|able|allowed|supposed|meant|right|correct|entitled|going to|gonna)\b)/i;
/** "..., right?", "..., innit?": a tag that asks the customer's own statement back. */
const TAG = /^(?:right|yeah|eh|innit|huh|correct|am i right|is it|isn't it|wasn't it|didn't you|don't you|aren't you|haven't you|hasn't it|no)$/i;
/** A question word with its verb before the subject: "what exactly did", "why is" (a clause that asks, and where one starts after "so"). */
const ASKED = String.raw`(?:what|why|how|where|who)\s+(?:(?:exactly|else|on earth|the hell|then)\s+)?(?:did|do|does|is|are|was|were|am|can|could|would|will|have|has|should)`;
/**
 * A clause that asks by its word order, typed without a question mark: a short one of a question
 * word with the verb before its subject ("so what exactly did i pay for", "why is it always me";
 * a long run-on holds more than the question), or a statement with its tag ("nobody checks
 * anything there do they").
 */
const INVERTED = new RegExp(
  String.raw`^(?:(?:so|and|but|then|like)\s+)?${ASKED}\s+(?:i|we|you|they|he|she|it|my|our|your|the|this|that)\b(?:\s+\S+){0,6}$|\S\s+\S+\s+(?:do|does|did|is|are|was|were|have|has|can|will|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|can't|won't)\s+(?:they|you|we|he|she)$`,
  'i',
);
export const PLEASE_LEAD = /^(?:(?:so|and|but|then|now|just|simply|please|pls|plz|kindly)\s+)+/i;

/**
 * Where a sentence divides into clauses: commas, semicolons, dashes, the words that start a
 * clause, and a request run on without a stop ("... hes embarrassed can you just tell me when").
 */
const CLAUSE_JOINT = new RegExp(
  String.raw`\s*(?:[,;:](?!\d)|\s[-\u2013\u2014]\s|\.\.\.|[\p{Extended_Pictographic}\uFE0F\u200D]+(?=\s+\p{L})|\s(?:lol|lmao|smh|haha+|ha ha)\b(?=\s+\p{L}))\s*|(?<![.!?,;:]|\b(?:what|all|that|which|if|when|whenever|as|so|because|and|but|or|thing|things|everything|anything|only|just|really|also|still|do|did|where|how|why|whatever|than|even|the|one|who|whom|cause|cos|since|until|unless|before|after|while))\s+(?=(?:i|we)\s+(?:(?:really|just|also|still|urgently|now)\s+)?(?:want|need|expect|demand)\s+(?!to\s+(?:say|know|ask|add|be|get|go|make|explain|mention|point|pay|have)\b)(?:my|our|a|an|the|this|it|them|someone|somebody|you|your|to|proof|answers?|compensation|refund|every)\b)|(?<!\beven)\s+(?=(?:because|as (?:i|we|my|our|the|it)|since (?:i|we|my|our|the(?!\s+(?:\d|(?:first|second|third|fourth|fifth|start|beginning|end|middle|weekend|summer|spring|autumn|winter|new year|day|week|month|morning)\b))|it)|so (?:i|we|my|our|that|now|please|kindly|can|could|just)|so (?=${ASKED}\s)|or (?:i|i'll|i'm|i will|we|we'll|else)|otherwise|unless|which|while|whereas|although|though|even though|but|and (?:i|i'm|i've|we|we're|you|your|my|our|now|then|still|nobody|no one|it|they|he|she|this|that|there|when|the|also|yet|please|get|send|give|refund|fix|sort|cancel|remove|tell|make|pay|call|let|book (?:me|us)|bring|collect|reinstate|deliver|return|replace|arrange|honour|honor|waive|credit|reimburse|email|ring)|yet)\b)|(?<=\p{Ll})(?<!\b(?:if|whether|what|how|when|where|why|who|that|as|and|or|but|so|than|until|unless))\s+(?=(?:can|could|would|will) (?:you|u|someone|somebody|anyone) (?:just |please |pls )?(?:tell|let|send|call|ring|email|check|explain|confirm|sort|fix|get|give|refund|arrange|help|update)\b)`,
  'giu',
);

/** Sentences, also where the shared splitter takes a starred-out word's last letter for an abbreviation ("a clueless b***h. Refund me."). */
function sentencesOf(text: string): Span[] {
  return sentences(text, ENGLISH_ABBREVIATIONS).flatMap((span) => {
    const out: Span[] = [];
    let start = span.start;
    for (const found of text.slice(span.start, span.end).matchAll(/(?<=\*\p{L})\.\s+(?=\p{Lu})/gu)) {
      out.push({ start, end: span.start + found.index + 1 });
      start = span.start + found.index + found[0].length;
    }
    out.push({ start, end: span.end });
    return out;
  });
}

/** The greeting at a sentence's start: "Hi Sam, ", "Dear Sir or Madam, ", "@ShopLuxe "; a greeting's name is a few capitalised words, never the sentence itself ("hi my tickets never came"). */
export function englishGreeting(sentence: string): number {
  const mention = /^(?:@[\w.]+(?![\w.])[,:]?\s*)+(?=\p{L})/u.exec(sentence);
  if (mention) return mention[0].length;
  const word = GREETING_WORD.exec(sentence);
  if (!word) return 0;
  const rest = sentence.slice(word[0].length);
  const named = GREETING_NAME.exec(rest);
  if (named) return word[0].length + named[0].length;
  return word[0].length + (/^\s*[,.!:]\s*/.exec(rest)?.[0].length ?? (/^\s+/.exec(rest)?.[0].length ?? 0));
}

/** The clauses of a message (apostrophes straightened beforehand: offsets are unchanged). */
export function englishClauses(text: string): Clause[] {
  const clauses = splitClauses(text, { sentences: sentencesOf, greeting: englishGreeting, signOff: SIGN_OFF, joint: CLAUSE_JOINT, questionStart: QUESTION_START, questionLead: PLEASE_LEAD, reason: REASON, told: TOLD, tag: TAG, askedWithoutMark: INVERTED });
  return withNounPhrasesJoined(text, clauses);
}

/**
 * "for myself and my mother, who is 91": a few words without a verb after "and" finish the
 * clause before (the joint divides before "and my" for "and my card was declined"), so they
 * are never said back without it.
 */
function withNounPhrasesJoined(text: string, clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const previous = out[out.length - 1];
    const words = text.slice(clause.start, clause.end);
    if (previous && previous.sentence === clause.sentence && /^\s*$/.test(clause.joint) && /^and\s/i.test(words) && words.split(/\s+/).length <= 8 && !hasFiniteVerb(words)) {
      out[out.length - 1] = { ...previous, end: clause.end };
    } else out.push({ ...clause, index: (previous?.index ?? clause.index - 1) + 1 });
  }
  return out;
}
