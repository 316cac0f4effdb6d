// Fitting words into a reply where they go: a capital where a sentence starts, a space where
// they touch other words, and the place where a reply starts (after its greeting line).
// DOM-free and light: the page's coach uses it for the popup's insert without the analyser.

/**
 * Whether words at `at` start a sentence: only spaces before them, or a sentence end (. ! ? :)
 * or a line break before those spaces ("Hi Noa,\n\nIf I understand correctly, ..."). Reads
 * back from `at` only as far as the spaces go, so it costs the same in a reply of any length.
 */
export function startsSentence(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /\s/.test(text[before]!)) {
    if (text[before] === '\n') return true;
    before--;
  }
  return before < 0 || '.!?:'.includes(text[before]!);
}

/** Capital at the start of a sentence, lower case inside one ("Hi Dana, if I understand ..."). */
export function fitCase(replacement: string, text: string, at: number): string {
  const first = replacement.charAt(0);
  if (startsSentence(text, at)) return first.toUpperCase() + replacement.slice(1);
  const keepsCapital = /^(I\b|I'|[\p{Lu}\d]{2,})/u.test(replacement);
  return keepsCapital ? replacement : first.toLowerCase() + replacement.slice(1);
}

/** An inserted sentence gets a space on the side where it touches other words. */
export function spaced(insert: string, text: string, at: number): string {
  const before = at > 0 && !/\s/.test(text[at - 1]!) ? ' ' : '';
  const after = at < text.length && !/\s/.test(text[at]!) ? ' ' : '';
  return before + insert + after;
}

const GREETING_WORD = /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|שלום|היי|הי|בוקר טוב|ערב טוב|אהלן|הלו)(?=[\s,!:]|$)/iu;

/**
 * Where a reply starts for an insert at its start: after its greeting ("Hi Noa," with the line
 * break after it, or "Hi Noa, " on the same line), else at the very start.
 */
export function startOfReply(text: string): number {
  const greeting = /^\s*[^\n.!?,]{1,40}[,!:]?[ \t]*\n\s*|^\s*[^\n.!?,]{1,40}[,!][ \t]+/u.exec(text);
  if (greeting && GREETING_WORD.test(greeting[0])) return greeting[0].length;
  return text.length - text.trimStart().length;
}

/** `words` put at the start of the reply (after the greeting line), capitalised and spaced. */
export function atReplyStart(text: string, words: string): { start: number; end: number; text: string } {
  const at = startOfReply(text);
  return { start: at, end: at, text: spaced(fitCase(words, text, at), text, at) };
}
