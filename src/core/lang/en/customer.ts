// Reads an English customer message: the mood, a reflection drafted from the customer's
// own words, and demands with an interest question to ask (seeds 003, 004).
import { sentences } from '../../text-spans';
import type { CustomerReading, Demand, Mood, Span } from '../../types';
import { ENGLISH_ABBREVIATIONS } from './abbreviations';
import { has, matchSpans, parse } from './parse';
import { builtInPattern } from './patterns';
import { ENGLISH_TEMPLATES } from './templates';

const cues = (patterns: string[]) => patterns.map(builtInPattern);

const ABUSIVE = cues([
  '(idiot|idiots|moron|morons|imbecile|imbeciles|scum|clowns|bitch|asshole|assholes|bastard|bastards)',
  '(fuck|fucking|fucked|shit|bullshit)',
  'shut up',
  'i swear i will',
  'come down there',
]);
const ANGRY = cues([
  '(ridiculous|unacceptable|outrageous|disgusting|disgraceful|pathetic|useless|furious|livid|scam|joke|worst|incompetent)',
  'no excuses',
  '(sick|fed up) of',
  'how dare',
  'never again',
  '(sue|lawyer|lawyers)',
  '(crap|damn)',
]);
const FRUSTRATED = cues([
  '(still|again|yet) #Negative?',
  '(nobody|no one)',
  '(waiting|waited) #Preposition? #Value? #Duration?',
  '(frustrated|frustrating|annoyed|annoying|disappointed|disappointing|tired|upset|hassle|forever)',
  'for (weeks|days|months|hours|ages)',
  'why (do|does|did|can|can not|should) i',
]);

/** A demand; it counts when it carries a deadline: "I need it by tomorrow", "I want my lease ended this month". */
const DEMAND = builtInPattern('(i|we) #Adverb? (need|want|demand|expect|require|must have) .+');
const DEADLINE =
  /\b(?:by|before|until)\s+((?:tomorrow|today|tonight|the weekend|(?:the )?end of (?:the |this |next )?\w+|next \w+|this \w+|\w+day)(?: (?:morning|afternoon|evening|night))?)|\b(?:at )?(the end of (?:the |this |next )?\w+)|\b(asap|as soon as possible|right now|right away|immediately|today|tonight|tomorrow(?: (?:morning|afternoon|evening|night))?)\b/i;

export function readEnglishCustomer(message: string): Omit<CustomerReading, 'reflectionLine'> {
  const parts = sentences(message, ENGLISH_ABBREVIATIONS).map((span) => ({ span, text: message.slice(span.start, span.end) }));
  const demands = parts.flatMap(({ span, text }) => demandIn(text, span));
  const mood = moodOf(message, parts.map(({ text }) => text));
  return {
    lang: 'en',
    mood,
    reflection: reflectionOf(parts.map(({ text }) => text)),
    demands,
    boundary: mood === 'abusive' ? ENGLISH_TEMPLATES.boundary : null,
  };
}

function moodOf(message: string, texts: string[]): Mood {
  const count = (patterns: ReturnType<typeof cues>) => texts.filter((text) => patterns.some((pattern) => has(parse(text), pattern))).length;
  if (count(ABUSIVE) > 0) return 'abusive';
  const shouting = (message.match(/\b\p{Lu}{3,}\b/gu)?.length ?? 0) >= 2 || /[!?]{2,}/.test(message);
  if (count(ANGRY) > 0 || shouting) return 'angry';
  return count(FRUSTRATED) > 0 ? 'frustrated' : 'calm';
}

/** The customer's statements (not questions, greetings or demands), first person turned to second. */
function reflectionOf(texts: string[]): string | null {
  const statements = texts
    .filter((text) => !/\?\s*$/.test(text) && !has(parse(text), DEMAND) && /\b(I|I'm|I've|my|me|we|our|us)\b/i.test(text))
    .map((text) => text.replace(/[.!;:,\s]+$/, ''))
    .slice(0, 2);
  if (statements.length === 0) return null;
  const joined = statements.map(turnToSecondPerson).join(', and ');
  return joined.charAt(0).toLowerCase() + joined.slice(1);
}

const FIRST_TO_SECOND: Record<string, string> = {
  i: 'you', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", me: 'you', my: 'your', mine: 'yours',
  myself: 'yourself', we: 'you', "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll", us: 'you',
  our: 'your', ours: 'yours', ourselves: 'yourselves', am: 'are', was: 'were',
  your: 'our', yours: 'ours', "you're": "we're", "you've": "we've", "you'll": "we'll", "you'd": "we'd",
};

/** "I was charged twice and nobody answered my emails" -> "you were charged twice and nobody answered your emails". */
export function turnToSecondPerson(text: string): string {
  const words = text.replace(/[’]/g, "'").split(/(\s+)/);
  return words
    .map((word, index) => {
      const [, lead = '', core = '', tail = ''] = /^([("']*)([\p{L}']+)(.*)$/u.exec(word) ?? [];
      if (!core) return word;
      const lower = core.toLowerCase();
      const previous = (words[index - 2] ?? '').toLowerCase();
      let swapped: string | undefined;
      if (lower === 'was' || lower === 'am') swapped = previous === 'i' ? FIRST_TO_SECOND[lower] : undefined;
      else if (lower === 'you') swapped = index === 0 || /[,;]$/.test(words[index - 2] ?? '') || ['and', 'but', 'so', 'because', 'that', 'if', 'when'].includes(previous) ? 'we' : 'us';
      else swapped = FIRST_TO_SECOND[lower];
      return swapped === undefined ? word : lead + swapped + tail;
    })
    .join('');
}

function demandIn(text: string, span: Span): Demand[] {
  const found = matchSpans(parse(text), DEMAND)[0];
  if (!found) return [];
  const demand = text.slice(found.start, found.end);
  const deadline = DEADLINE.exec(demand);
  if (!deadline) return [];
  const when = (deadline[1] ?? deadline[2] ?? deadline[3])!;
  const asked = /^(asap|as soon as possible|immediately|right now)$/i.test(when) ? 'right away' : when.toLowerCase();
  return [{ start: span.start + found.start, end: span.start + found.end, text: demand, question: `What is the reason it has to be ${asked}?` }];
}
