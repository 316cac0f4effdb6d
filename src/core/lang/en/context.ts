// Context that keeps English findings about the agent's own meaning: a greeting or a name the
// sentence opens with is not coached; quoted and reported speech is someone else's claim; a
// declined promise ("I can't promise it won't happen again") is the honest answer, not a promise.
import nlp from 'compromise';
import type { Span } from '../../types';

const GREETING =
  /^(?:hi|hello|hey|heya|hiya|howdy|greetings|dear|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)\b(?:\s+(?:there|all|everyone|team|folks|again|sir|madam|valued|customer|client|mr\.?|mrs\.?|ms\.?|dr\.?|[\p{Lu}@][\p{L}\p{N}'’._-]*)){0,3}(?:\s*[,!:.\u2014\u2013-]+\s*|\s*\p{Extended_Pictographic}+\s*|\s*$)/iu;
/** "Sam, " at the start of a sentence: a name the agent addresses, not part of what is said. */
const VOCATIVE = /^(\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+)?,\s+/u;
const ADDRESS = new Set(['sir', 'madam', 'maam', "ma'am", 'mate', 'friend', 'folks', 'guys', 'team', 'buddy']);

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | undefined> } } }).model.one.lexicon;

/** Characters at the start of a sentence that greet or name the customer; all of it when the sentence is only a greeting. */
export function englishOpening(sentence: string): number {
  // "@116700 @AcmeHelp ..." on social: whom the reply is addressed to.
  let length = /^(?:[@.]?@[\p{L}\p{N}_]+[\s,:]*)*/u.exec(sentence)![0].length;
  const greeting = GREETING.exec(sentence.slice(length));
  // "Hello and thanks for waiting" keeps its words: a greeting ends at punctuation or the sentence end.
  if (greeting && (/[,!:.\u2014\u2013\p{Extended_Pictographic}-]\s*$/u.test(greeting[0]) || length + greeting[0].length === sentence.length)) length += greeting[0].length;
  const vocative = VOCATIVE.exec(sentence.slice(length));
  if (vocative && isName(vocative[1]!)) length += vocative[0].length;
  return /^[\s\p{P}\p{Extended_Pictographic}]*$/u.test(sentence.slice(length)) ? sentence.length : length;
}

function isName(word: string): boolean {
  const lower = word.toLowerCase();
  if (ADDRESS.has(lower)) return true;
  if (lower.endsWith('ly')) return false;
  const tag = lexicon[lower];
  return tag === undefined || /Name$/.test(tag);
}

/** A quotation: straight or curly double quotes, or single quotes that are not apostrophes. */
const QUOTES = /"[^"\n]{1,200}"|\u201C[^\u201D\n]{1,200}\u201D|(?<![\p{L}\p{N}])['\u2018](?=\p{L})[^'\u2018\u2019\n]{1,200}?['\u2019](?![\p{L}\p{N}])/gu;
/** Someone other than the agent said it: "the driver told you (that) ...", "you said ...", "Dana wrote ...". */
const REPORTING_VERB =
  '(?:(?:[Hh]ave|[Hh]as|[Hh]ad)\\s+)?(?:told|tells|said|says|wrote|writes|mentioned|mentions|claimed|claims|stated|states|suggested|insisted|promised|explained|assured)(?:\\s+(?:you|me|us|him|her|them))?(?:\\s+that)?\\s+';
const REPORTED = new RegExp(
  `(?:\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Yy]ou|(?:[Tt]he|[Yy]our|[Oo]ur|[Mm]y|[Aa]n?)\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)|\\b\\p{Lu}\\p{Ll}+)\\s+${REPORTING_VERB}`,
  'gu',
);
const DOCUMENTS = /\b(?:policy|policies|terms|conditions|website|site|page|guide|manual|contract|agreement|email|invoice|receipt|system|records?|app|label|confirmation|faq|rules?|instructions|article|documentation|listing|description)\b/iu;
const CLAUSE_END = /[,;:\u2014\u2013!?]|\.(?:\s|$)|\s-\s|\b(?:but|and he|and she|and they|which|however)\b/iu;

/** Quoted and reported speech in an English sentence. */
export function englishQuoted(sentence: string): Span[] {
  const spans: Span[] = [...sentence.matchAll(QUOTES)].map((found) => ({ start: found.index, end: found.index + found[0].length }));
  for (const found of sentence.matchAll(REPORTED)) {
    // "Our policy states that ..." is the agent's own claim, made through a document.
    if (DOCUMENTS.test(found[0])) continue;
    const start = found.index + found[0].length;
    const rest = sentence.slice(start);
    const stop = CLAUSE_END.exec(rest);
    const end = start + (stop ? stop.index : rest.length);
    if (end > start) spans.push({ start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const PROMISE_WORD = /\b(?:promise|promising|guarantee|guaranteed|guarantees|assure|commit|say for (?:sure|certain)|be (?:sure|certain)|be 100%|rule out|know for (?:sure|certain))\b/giu;
const DECLINING = /\b(?:not|cannot|never|no|unable|without|wish i could|nobody|no one|hard to|impossible to)\b|n['’]t\b/iu;

/** Where an English sentence declines to promise: from the refusal to the end of its clause. */
export function englishDeclined(sentence: string): Span[] {
  const spans: Span[] = [];
  for (const found of sentence.matchAll(PROMISE_WORD)) {
    const before = sentence.slice(Math.max(0, found.index - 30), found.index);
    const negation = DECLINING.exec(before);
    if (!negation || /[,.;!?]|\bbut\b/i.test(before.slice(negation.index))) continue;
    const start = found.index - before.length + negation.index;
    const rest = sentence.slice(found.index);
    const stop = /[;!?]|\.(?:\s|$)|,?\s+(?:but|however|though|although|what i can|instead)\b/iu.exec(rest);
    spans.push({ start, end: found.index + (stop ? stop.index : rest.length) });
  }
  return spans;
}
