// The English sentence model's features, read from the compromise parse the rules already
// made: words normalised (contractions expanded, verbs to the infinitive, nouns to the
// singular), word pairs, word classes, who does what, and negation and hedge scope.
import nlp from 'compromise';
import { classesByWord, FeatureBag, lengthBucket, type SentenceFeatures } from '../../model/features';
import { inside } from '../../uncoached';
import type { Span } from '../../types';
import { englishDeclined, englishQuoted } from './context';
import { parse } from './parse';

interface Term {
  text: string;
  normal?: string;
  implicit?: string;
  tags: Set<string>;
}

interface Word extends Span {
  lemma: string;
  classes: readonly string[];
  tags: Set<string>;
  quoted: boolean;
}

interface World {
  model: unknown;
  methods: {
    two: {
      transform: {
        verb: { toInfinitive(word: string, model: unknown, tense?: string): string };
        noun: { toSingular(word: string, model: unknown): string };
      };
    };
  };
}
const world = nlp.world() as World;
const transform = world.methods.two.transform;

const WORD_CLASSES: Record<string, string> = {
  certainty:
    'definitely certainly absolutely guarantee guaranteed guarantees promise assure assured sure surely certain 100% permanent permanently forever ' +
    'never always completely totally fully entirely undoubtedly doubt zero bet stake whatsoever nothing-to-worry',
  minimizer:
    'just simply only merely tiny little small minor slight slightly quick quickly easy easily simple trivial bit mere obviously basically ' +
    'hardly barely cosmetic normal standard usual common fuss overreact overreacting dramatic minute second seconds nothing',
  third:
    'courier carrier driver manufacturer maker supplier vendor partner bank landlord provider retailer seller merchant warehouse department ' +
    'store shop branch insurer underwriter council authority government post royal ups fedex dhl usps hermes evri dpd apple google microsoft ' +
    'paypal visa mastercard isp third-party third airport developer regulator ombudsman head management billing accounts legal finance ' +
    'they them their brand factory depot contractor subcontractor agency network operator',
  'time-vague':
    'soon shortly asap eventually later sometime someday while due course promptly possible earliest convenience once whenever coming ' +
    'future near meantime quieten quiet backlog queue fullness',
  you: 'you your yours yourself yourselves',
  we: 'i we me us my our ours myself ourselves',
  negation: 'not never no nothing nobody none neither nor without cannot',
  hedge: 'may might could probably likely expect expected hope hopefully aim try estimate usually normally typically perhaps maybe around approximately roughly should',
  apology: 'sorry apologize apologise apology apologies regret',
  feeling:
    'frustrating frustrated stressful annoying annoyed upsetting upset disappointing disappointed worrying worried awful terrible inconvenient ' +
    'difficult hard understandable imagine feel feeling anxious angry unfair exhausting miserable horrible',
  understand:
    'understand hear know see appreciate realize realise acknowledge note noted log record pass forward receive feedback concern recognise recognize ' +
    'register aware imagine relate feel value matter',
  rule: 'policy rule terms condition procedure process guideline regulation protocol system eligibility eligible exception allow permit',
  refuse: 'unable impossible decline deny refuse reject ineligible',
  offer: 'instead alternatively offer option arrange credit voucher refund replacement discount happy glad',
  document: 'manual guide instruction instructions faq page chart step article website site label description listing screen settings',
  confront: 'actually clear clearly frankly honestly repeat explain wrong incorrect mistaken respect perfectly seriously fact literally again already',
};

const CLASSES_OF = classesByWord(WORD_CLASSES);

/** A time someone can plan around (COACHING.md: a date or an update time). */
const CONCRETE_TIME = new RegExp(
  [
    '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
    '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b',
    '\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b',
    '\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)',
    '\\b\\d{1,2}:\\d{2}\\b',
    '\\b\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?\\b',
    '\\b(?:today|tonight|tomorrow)\\b',
    '\\bthis (?:morning|afternoon|evening)\\b',
    '\\b(?:within|in|under)\\s+(?:\\d+|one|two|three|four|five|six|seven|ten|24|48|72)\\s+(?:working |business |calendar )?(?:minutes?|hours?|days?|weeks?)\\b',
    '\\b(?:by|before|until) (?:noon|midday|midnight|close of business|end of (?:the )?(?:day|week))\\b',
    '\\bend of (?:the )?(?:day|week)\\b',
  ].join('|'),
  'giu',
);

const lemmas = new Map<string, string>();
const LEMMA_CACHE = 20000;

/** A word as the model reads it: lower case, the infinitive of a verb, the singular of a noun, a class for numbers. */
function lemmaOf(term: Term): string {
  const normal = (term.implicit || term.normal || term.text).toLowerCase().replace(/[’‘]/g, "'");
  const tags = term.tags;
  if (tags.has('Url') || tags.has('Email') || tags.has('AtMention')) return '';
  if (tags.has('Emoji') || tags.has('Emoticon')) return '#emoji';
  if (tags.has('HashTag')) return '#hashtag';
  if (/\d/.test(normal)) {
    if (tags.has('Money') || /[$£€₪]/.test(normal)) return '#money';
    if (tags.has('Percent') || normal.endsWith('%')) return normal === '100%' ? '100%' : '#percent';
    if (tags.has('Time') || /\d(am|pm)$/.test(normal)) return '#time';
    return '#number';
  }
  if (tags.has('Copula')) return 'be';
  if (tags.has('Person') && !tags.has('Pronoun')) return '#name';
  const key = `${normal}|${tags.has('PastTense') ? 'p' : tags.has('Gerund') ? 'g' : tags.has('PresentTense') ? 's' : tags.has('Plural') ? 'n' : ''}`;
  const known = lemmas.get(key);
  if (known !== undefined) return known;
  let lemma = normal.replace(/[^\p{L}\p{N}'%&-]/gu, '');
  if (tags.has('Verb') && !tags.has('Modal') && /^[a-z]+$/.test(lemma)) {
    const tense = tags.has('PastTense') ? 'PastTense' : tags.has('Gerund') ? 'Gerund' : tags.has('PresentTense') ? 'PresentTense' : undefined;
    if (tense && !(tense === 'PresentTense' && tags.has('Infinitive'))) lemma = transform.verb.toInfinitive(lemma, world.model, tense) || lemma;
  } else if (tags.has('Plural') && /^[a-z]+$/.test(lemma)) {
    lemma = transform.noun.toSingular(lemma, world.model) || lemma;
  }
  if (lemma === 'has' || lemma === 'had' || lemma === 'having' || lemma === "'ve") lemma = 'have';
  else if (lemma === 'does' || lemma === 'did') lemma = 'do';
  else if (lemma === "n't") lemma = 'not';
  else if (lemma === "'ll") lemma = 'will';
  else if (lemma === "'d") lemma = 'would';
  if (lemmas.size > LEMMA_CACHE) lemmas.clear();
  lemmas.set(key, lemma);
  return lemma;
}

/** The words of a sentence with their offsets (compromise's own offsets drift on unusual characters). */
function wordsOf(sentence: string, terms: Term[], quoted: Span[]): Word[] {
  const words: Word[] = [];
  let cursor = 0;
  let previous: Span = { start: 0, end: 0 };
  for (const term of terms) {
    let span = previous;
    if (term.text) {
      const at = sentence.indexOf(term.text, cursor);
      if (at >= 0) {
        span = { start: at, end: at + term.text.length };
        cursor = span.end;
      }
    }
    previous = span;
    const lemma = lemmaOf(term);
    if (!lemma) continue;
    const inQuotes = inside(span, quoted);
    const classes = CLASSES_OF.get(lemma) ?? [];
    words.push({ ...span, lemma, tags: term.tags, classes, quoted: inQuotes });
  }
  // "You should now be able to log in", "you should receive it today": an expectation, not a duty.
  words.forEach((word, at) => {
    if (word.lemma !== 'should') return;
    const next = words[at + 1]?.lemma ?? '';
    const after = words[at + 2]?.lemma ?? '';
    if (/^(now|also|soon|shortly|already)$/.test(next) || (next === 'have' && /^(receive|see|get|hear|arrive|reach)$/.test(after)) || (next === 'be' && /^(able|fine|good|there|back|available|visible|ready|working|up|live|active|sorted)$/.test(after)) || /^(receive|see|get|arrive|work|reach|appear|show|find|hear)$/.test(next)) {
      word.lemma = 'should-expect';
    }
  });
  // "We'll be happy to help", "I would be glad to assist": a courtesy, not a time to hold on to.
  words.forEach((word, at) => {
    if (!/^(happy|glad|pleased|delighted)$/.test(word.lemma) || words[at - 1]?.lemma !== 'be') return;
    const modal = words[at - 2];
    if (modal && /^(will|would|shall)$/.test(modal.lemma)) {
      modal.lemma = 'courtesy';
      words[at - 1]!.lemma = 'courtesy';
    }
  });
  // "Be sure to save your receipt": a reminder, not a certainty.
  words.forEach((word, at) => {
    if (word.lemma === 'sure' && words[at - 1]?.lemma === 'be' && words[at + 1]?.lemma === 'to') {
      word.lemma = 'be-sure-to';
      word.classes = [];
    }
  });
  // "100% of what you paid" is an amount, not a certainty.
  words.forEach((word, at) => {
    if (word.lemma === '100%' && /^(of|refund|back|reimbursement|credit|cashback)$/.test(words[at + 1]?.lemma ?? '')) {
      word.lemma = '#percent';
      word.classes = [];
    }
  });
  // Times someone can plan around, whatever words they are written in.
  for (const found of sentence.matchAll(CONCRETE_TIME)) {
    for (const word of words) {
      if (word.start >= found.index && word.end <= found.index + found[0].length) word.classes = [...word.classes, 'time-concrete'];
    }
  }
  return words;
}

/** Words too common to mean anything alone: they count in pairs and triples only. */
const FUNCTION_WORDS = new Set(
  'a an the be will would shall to of and or for that this these those it its we i you he she they me us him her them our your my their in on at with by from as have do can could there here so if'.split(' '),
);
const SCOPE_END = new Set(['but', 'however', 'though', 'although', 'instead', 'and', 'so', 'because', 'which']);
const MODALS = new Set(['should', 'must', 'need', 'have', 'ought', 'will', 'would', 'could', 'can', 'may', 'might']);
const SCOPE = 5;

/** The sentence model's features for one English sentence. */
export function englishFeatures(sentence: string): SentenceFeatures {
  const parsed = parse(sentence);
  const terms = (parsed.doc.docs as Term[][]).flat();
  const quoted = englishQuoted(sentence);
  const declined = englishDeclined(sentence);
  const words = wordsOf(sentence, terms, quoted);
  const bag = new FeatureBag();
  const own = words.map((word) => !word.quoted);
  const breaks = clauseBreaks(sentence, words);
  calmingOfThings(words, breaks);

  const negated = inScope(words, own, breaks, 'negation');
  words.forEach((word, at) => {
    if (!own[at]) {
      bag.add(`q:${word.lemma}`, at);
      return;
    }
    if (!FUNCTION_WORDS.has(word.lemma)) bag.add(`w:${word.lemma}`, at);
    for (const name of word.classes) if (name !== 'we' && name !== 'you') bag.add(`k:${name}`, at);
    if (negated[at]) {
      bag.add(`n:${word.lemma}`, at);
      for (const name of word.classes) bag.add(`nk:${name}`, at);
    }
    if (inside(word, declined)) bag.add(`d:${word.lemma}`, at);
    const next = words[at + 1];
    if (next && own[at + 1] && !breaks[at + 1]) {
      bag.add(`b:${word.lemma} ${next.lemma}`, at, at + 1);
      const left = word.classes[0] ?? word.lemma;
      const right = next.classes[0] ?? next.lemma;
      if (left !== word.lemma || right !== next.lemma) bag.add(`kb:${left} ${right}`, at, at + 1);
      const third = words[at + 2];
      if (third && own[at + 2] && !breaks[at + 2]) bag.add(`t:${word.lemma} ${next.lemma} ${third.lemma}`, at, at + 2);
    }
  });

  hedges(words, own, breaks, bag);
  whoDoesWhat(words, own, breaks, bag);

  if (declined.length > 0) bag.add('c:declined-promise');
  if (quoted.length > 0) bag.add('c:quoted');
  if (/[!?]{2,}/.test(sentence)) bag.add('c:repeated-punctuation');
  if (/\?\s*$/.test(sentence)) bag.add('c:question');
  if (/!\s*$/.test(sentence)) bag.add('c:exclamation');
  words.forEach((word, at) => {
    const text = sentence.slice(word.start, word.end);
    if (own[at] && /^\p{Lu}{3,}$/u.test(text) && word.tags.has('Acronym') === false) bag.add('c:capitals', at);
  });
  bag.add(lengthBucket(words.length));
  const acknowledging = words.flatMap((_, at) => (own[at] && acknowledges(words, at) ? [at] : []));
  return bag.done(
    words.map(({ start, end }) => ({ start, end })),
    { quoted, declined, acknowledging, exonerating: EXONERATING.test(sentence), farewell: FAREWELL.test(sentence), owning: owns(sentence) },
  );
}

const OWNING = /\b(?:on|at) our (?:side|end)\b|\b(?:our|my) (?:fault|mistake|error|oversight)\b|\bwe (?:made|got) (?:a |an |the )?(?:mistake|error|it wrong)\b|\bwe (?:messed|mucked|slipped) up\b/giu;
const NEGATED_BEFORE = /\b(?:no|not|nothing|never|none)\b|n['’]t\b/iu;

/** "The delay was on our side", "that was our mistake": owned, not deflected (unless negated: "no fault on our side"). */
function owns(sentence: string): boolean {
  for (const found of sentence.matchAll(OWNING)) {
    const clause = sentence.slice(0, found.index).split(/[,;:.!?]/).pop() ?? '';
    if (!NEGATED_BEFORE.test(clause)) return true;
  }
  return false;
}

/** "See you soon", "come back soon", "get well soon": a farewell owes no date. */
const FAREWELL = /\b(?:see|hear from|talk to|speak to|speak with|chat with|seeing|meet) (?:you|us)(?: again)? (?:soon|shortly)\b|\b(?:come back|come again|visit again|get well|talk|speak|chat) soon\b/iu;
/** "You didn't do anything wrong", "it's not your fault": a negated accusation clears the customer. */
const EXONERATING =
  /(?:\b(?:not|no|nothing|never)\b|n['’]t\b)[^.;!?]{0,25}\b(?:your fault|your mistake|to blame|at fault)\b|\byou\b[^.;!?]{0,25}(?:\b(?:not|nothing|never)\b|n['’]t\b)[^.;!?]{0,20}\bwrong\b|\bno fault of yours\b/iu;
const CLAIMS = new Set(['understand', 'realize', 'realise', 'acknowledge', 'recognise', 'recognize', 'imagine', 'relate', 'note', 'log', 'record', 'receive', 'aware']);
const SAID_BY_US = new Set(['i', 'we', 'totally', 'completely', 'fully', 'definitely', 'really', 'truly', 'can', 'do', 'certainly', 'absolutely', 'so']);

/**
 * A word that claims understanding or acknowledges a message: "understand", "noted", "logged",
 * "passed on", "we hear you", "I get it", "I know how ...". Not "sorry to hear", "let us know",
 * "look forward": those thank, apologise or ask, and claim nothing.
 */
function acknowledges(words: Word[], at: number): boolean {
  const { lemma, tags } = words[at]!;
  const before = words[at - 1]?.lemma ?? '';
  const after = words[at + 1]?.lemma ?? '';
  if (CLAIMS.has(lemma)) return true;
  if ((lemma === 'pass' || lemma === 'forward' || lemma === 'register' || lemma === 'escalate') && tags.has('Verb') && before !== 'look') return true;
  if (lemma === 'board' && before === 'on') return true;
  // "We value your feedback", "your comments mean a lot", "point taken", "we take it seriously",
  // "we feel your pain", "I can tell": stock claims to have listened.
  if (lemma === 'value' && /^(your|the|all|every|customer|feedback|input|comment)$/.test(after)) return true;
  if ((lemma === 'feedback' || lemma === 'comment' || lemma === 'input' || lemma === 'concern') && /^(be|have|help|mean|matter|reach)$/.test(after)) return true;
  if (lemma === 'point' && (after === 'take' || after === 'taken')) return true;
  if (lemma === 'seriously' && words.slice(Math.max(0, at - 6), at).some((word) => word.lemma === 'take')) return true;
  if (lemma === 'pain' && before === 'your' && (words[at - 2]?.lemma ?? '') === 'feel') return true;
  if (lemma === 'tell' && before === 'can' && /^(i|we)$/.test(words[at - 2]?.lemma ?? '')) return true;
  // "We appreciate how hard this is" claims to understand; "we appreciate your feedback" thanks.
  if (lemma === 'appreciate') {
    const object = after === 'your' || after === 'the' ? (words[at + 2]?.lemma ?? '') : after;
    return /^(that|this|how|where|what|why|it|frustration|concern|situation|point|position|feeling|disappointment|annoyance|anger|worry|urgency|upset|inconvenience|difficulty|stress)$/.test(object);
  }
  if (lemma === 'hear') return before !== 'to';
  if (lemma === 'get' || lemma === 'see' || lemma === 'know' || lemma === 'feel') {
    const byUs = SAID_BY_US.has(before) || SAID_BY_US.has(words[at - 2]?.lemma ?? '');
    // "I see how ...", "we get it", "I know what you mean": not "I see your DM", "let us know".
    return byUs && before !== 'let' && /^(it|that|you|where|how|why|what|this|exactly|completely|totally)$/.test(after);
  }
  return false;
}

const CALMING = /^(calm|relax|settle|chill)$/;

/**
 * "Calm down", "relax", "stay calm" said to the customer are minimizing; said of a swelling, a
 * queue or the weather ("it should settle down", "once things calm down") they are not. Those
 * become words of their own, so that they share no weight with the ones said to the customer.
 */
function calmingOfThings(words: Word[], breaks: boolean[]): void {
  words.forEach((word, at) => {
    if (!CALMING.test(word.lemma)) return;
    const before = words[at - 1]?.lemma ?? '';
    const addressed =
      at === 0 ||
      breaks[at] ||
      /^(please|pls|just|you|and|so|now|stay|keep|#name)$/.test(before) ||
      (/^(need|must|should)$/.test(before) && words[at - 2]?.lemma === 'you') ||
      (before === 'to' && /^(need|have|try)$/.test(words[at - 2]?.lemma ?? ''));
    if (!addressed) word.lemma = `${word.lemma}-of-thing`;
  });
}

/** breaks[i]: a clause boundary (comma, semicolon, dash) lies between word i-1 and word i. */
function clauseBreaks(sentence: string, words: Word[]): boolean[] {
  return words.map((word, at) => at > 0 && /[,;:()\u2014\u2013]|\s-\s/.test(sentence.slice(words[at - 1]!.end, word.start)));
}

/** Which words are within reach of a negation (or a hedge), up to the end of its clause. */
function inScope(words: Word[], own: boolean[], breaks: boolean[], trigger: string): boolean[] {
  const scoped = words.map(() => false);
  words.forEach((word, at) => {
    if (!own[at] || !word.classes.includes(trigger)) return;
    for (let next = at + 1; next < words.length && next <= at + SCOPE; next++) {
      if (breaks[next] || !own[next] || SCOPE_END.has(words[next]!.lemma)) break;
      scoped[next] = true;
    }
  });
  return scoped;
}

/** Words a hedge governs ("we expect it Thursday"): a forecast is not a promise. */
function hedges(words: Word[], own: boolean[], breaks: boolean[], bag: FeatureBag): void {
  const hedged = inScope(words, own, breaks, 'hedge');
  words.forEach((word, at) => {
    if (!hedged[at]) return;
    bag.add(`h:${word.lemma}`, at);
    for (const name of word.classes) bag.add(`hk:${name}`, at);
  });
}

/**
 * Who does what: the customer as the subject of a modal or a past verb ("you should have",
 * "you didn't"), the agent's side refusing or promising ("we can't", "we will"), a third party
 * as the subject ("the courier is responsible"), an order at the start of the sentence.
 */
function whoDoesWhat(words: Word[], own: boolean[], breaks: boolean[], bag: FeatureBag): void {
  words.forEach((word, at) => {
    if (!own[at]) return;
    const subject = word.lemma === 'you' ? 'you' : word.lemma === 'i' || word.lemma === 'we' ? 'we' : word.classes.includes('third') && word.tags.has('Noun') ? 'third' : null;
    if (!subject) return;
    let modal: string | null = null;
    let negated = false;
    for (let next = at + 1; next < words.length && next <= at + 4; next++) {
      if (breaks[next] || !own[next]) break;
      const { lemma, tags } = words[next]!;
      if (lemma === 'not' || lemma === 'never') {
        negated = true;
        continue;
      }
      if (tags.has('Adverb') && !tags.has('Verb')) continue;
      if (MODALS.has(lemma) && !modal && (tags.has('Modal') || tags.has('Auxiliary') || lemma === 'need' || lemma === 'have')) {
        modal = lemma;
        continue;
      }
      if (lemma === 'to') continue;
      if (tags.has('Verb') || tags.has('Copula')) {
        const tense = tags.has('PastTense') ? 'past' : modal ?? 'present';
        const polarity = negated ? '-not' : '';
        bag.add(`wd:${subject}+${tense}${polarity}`, at, next);
        bag.add(`wd:${subject}+${tense}${polarity}+${lemma}`, at, next);
        break;
      }
      break;
    }
  });
  words.forEach((word, at) => {
    if (own[at] && CALMING.test(word.lemma)) bag.add('wd:calm-addressed', at);
  });
  const first = words.findIndex((word, at) => own[at]);
  const opener = words[first];
  if (opener && opener.tags.has('Verb') && (opener.tags.has('Imperative') || opener.tags.has('Infinitive')) && !opener.tags.has('Modal')) {
    bag.add('wd:imperative', first);
    bag.add(`wd:imperative+${opener.lemma}`, first);
  }
}
