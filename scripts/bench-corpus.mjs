// The replies the benchmarks analyse, written the same way on every run (a seeded generator):
// email replies as agents send them from a helpdesk: a greeting, two to four paragraphs of one
// to three sentences, a sign-off. The sentences are the English replies of the labelled corpus
// (corpus/en), kept in their order within each paragraph, so the text reads like real replies
// (findings, offers, apologies, answers) without copying any one reply whole.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SPLITS = ['train-a', 'train-b', 'dev', 'test'];
const GREETING = /^(hi|hello|hey|dear|good (morning|afternoon|evening))\b[^.!?\n]{0,40}[,!.]?$/i;
const SIGN_OFF = /^(regards|kind regards|best regards|warm regards|best|thanks|thank you|many thanks|cheers|all the best|sincerely|take care)\b[^.!?\n]{0,30}[,!.]?$/i;
const NAMES = ['Dana', 'Marcus', 'Priya', 'Tom', 'Aisha', 'Lena', 'Carlos', 'Mei', 'Jonas', 'Fatima', 'Owen', 'Grace'];
const AGENTS = ['Owen', 'Sara', 'Ravi', 'Nina', 'Leo', 'Hana'];
const SIGN_OFFS = ['Kind regards,', 'Best regards,', 'Thanks,', 'Best,', 'Warm regards,'];

/** The labelled English replies as they are (email, ticket, chat and social replies), or only those of `channels`. */
export function labelledReplies(channels = null) {
  return SPLITS.flatMap((split) =>
    readFileSync(`${root}corpus/en/${split}.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .filter((row) => !channels || channels.includes(row.channel))
      .map((row) => row.text),
  );
}

/** Each labelled email or ticket reply's body (no greeting, no sign-off), as its sentences in order. */
function bodies() {
  return labelledReplies(['email', 'ticket']).flatMap((text) => {
    const lines = text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
    if (lines.length > 1 && GREETING.test(lines[0])) lines.shift();
    while (lines.length > 1 && (SIGN_OFF.test(lines[lines.length - 1]) || /^[\p{L} .'-]{1,25}$/u.test(lines[lines.length - 1]))) lines.pop();
    // A greeting on the same line as the first sentence ("Hi Sam, thanks for ...") goes too.
    const body = lines.join(' ').replace(/^(?:hi|hello|hey|dear)\b[^,!.]{0,30}[,!]\s*/iu, '');
    const sentences = body.split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/).filter((sentence) => sentence.length > 2);
    return sentences.length > 0 ? [sentences.map((sentence, index) => (index === 0 ? sentence.charAt(0).toUpperCase() + sentence.slice(1) : sentence))] : [];
  });
}

/** A small seeded random generator (mulberry32), so every run writes the same replies. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A reply writer: `paragraphs(n)` gives n paragraphs, `reply()` a whole email reply. */
export function replyWriter(seed = 9) {
  const pool = bodies();
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const paragraph = () => {
    const sentences = pick(pool);
    const length = Math.min(sentences.length, 1 + Math.floor(next() * 3));
    const from = Math.floor(next() * (sentences.length - length + 1));
    return sentences.slice(from, from + length).join(' ');
  };
  const paragraphs = (count) => Array.from({ length: count }, paragraph);
  return {
    paragraph,
    reply: () => [`Hi ${pick(NAMES)},`, ...paragraphs(2 + Math.floor(next() * 3)), `${pick(SIGN_OFFS)}\n${pick(AGENTS)}`].join('\n\n'),
    /** One reply of at least `length` characters: a greeting, then paragraphs until it is long enough. */
    replyOfLength(length) {
      let text = `Hi ${pick(NAMES)},`;
      while (text.length < length) text += `\n\n${paragraph()}`;
      return text;
    },
  };
}

/** Email replies totalling about `bytes` characters. */
export function emailReplies(bytes = 400_000, seed = 9) {
  const writer = replyWriter(seed);
  const replies = [];
  for (let total = 0; total < bytes; ) {
    const reply = writer.reply();
    replies.push(reply);
    total += reply.length;
  }
  return replies;
}
