// Generators for the property tests that hunt (issue 13): replies (unicode, right-to-left
// marks, emoji, long tokens, binary), policies (valid and hostile), and command-line inputs
// (CSV, macros exports, JSON Lines) with the rows a careless export would hold.
import fc from 'fast-check';
import { CATEGORIES } from '../../../src/core/types';

/** Runs per property: a quick seeded run in the unit tests, more with FUZZ_RUNS (npm run fuzz). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 0);
/** The seed: fixed for the unit tests, so a failure is the same on every machine; FUZZ_SEED or random for npm run fuzz. */
export const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : RUNS > 0 ? Date.now() % 2_147_483_647 : 20261206;

/** fast-check's parameters for one property: `quick` runs by default, FUZZ_RUNS when set. */
export function runsOf(quick: number): fc.Parameters<unknown> {
  return { numRuns: RUNS > 0 ? RUNS : quick, seed: SEED, endOnFailure: true };
}

/** How long a property may run: much longer in `npm run fuzz`. */
export const TIMEOUT_MS = RUNS > 0 ? 24 * 3_600_000 : 120_000;

// ---- replies ----

const SUPPORT_PHRASES = [
  'You should have read the manual.',
  'I understand your problem.',
  "It's not our fault.",
  'This will never happen again!!',
  'Obviously the cable is loose.',
  'We will get back to you soon.',
  'Unfortunately we are unable to refund this booking.',
  'Please calm down.',
  'כן הבנתי את הבעיה שלך, היית צריך לקרוא את ההוראות',
  'אנחנו לא יכולים להחזיר את הכסף.',
  'What I can do for you is [what you can offer].',
  'Hi Dana,\n\nThanks for writing.',
];

const ODD_PIECES = [
  '\u200f', '\u200e', '\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u061c', // direction marks and isolates
  '😀', '👋🏽', '👨‍👩‍👧', '🏳️‍🌈', '\uFE0F', '\u200d', // emoji, modifiers, joiners
  'e\u0301', '\u05b8\u05bc', 'ﬁ', 'İ', 'ß', // combining marks, ligatures, case oddities
  '\uD800', '\uDC00', '\uFFFD', '\uFEFF', '\u0000', '\u001b[2J', '\u009b', '\u2028', // broken and control
  ' !! ', '?!?!', '...', '…', '\n', '\n\n', '\r\n', '\t', '   ', // punctuation and space
  '"', "'", '״', '׳', '[', ']', '{match}', '[name]', '(', ')', 'Mr. ', 'e.g. ', 'SAME ', 'REFUND ', '100% ',
];

const longToken = fc
  .tuple(fc.constantFrom('x', 'ab', 'א', '😀', '.', '!', ' ', '-', '0', '[a', 'ש'), fc.integer({ min: 200, max: 3_000 }))
  .map(([unit, count]) => unit.repeat(count));

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SUPPORT_PHRASES) },
  { weight: 4, arbitrary: fc.constantFrom(...ODD_PIECES) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'אבגדהוזחטיכלמנסעפצקרשת '), maxLength: 60 }) },
  { weight: 1, arbitrary: longToken },
);

/** A reply of up to a few thousand characters, mostly odd. */
export const reply = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(' '));

// ---- policies ----

const WORDS = ['you', 'should', 'have', 'manual', 'refund', 'sorry', 'never', 'fault', 'soon', 'calm', 'הבנתי', 'הבעיה', 'לא', 'שלך'];
const TAGS = ['#Noun', '#Verb', '#Adverb', '#PastTense', '#Value', '#Date', '#Nope', '#Emoji'];
const REGEXES = ['/(a+)+$/', '/x*/', '/.*/', '/(/', '/[a-z]+/'];

/** One term of a pattern: words, tags, wildcards, choices, and the syntax compromise reads (regexes too). */
const term: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...TAGS) },
  { weight: 3, arbitrary: fc.constantFrom('.', '*', '.*', '.+', '.?', '.{0,5}', '.{2,40}', '<Noun>', '@hasComma', '@nothing', '%Noun|Verb%', '{walk}', '~refund~', '=לא', 'ש-', 'הבנתי$') },
  { weight: 2, arbitrary: fc.constantFrom(...REGEXES).chain((regex) => fc.constantFrom(regex, `!${regex}`, `^${regex}`, `[${regex}]`, `~${regex}~`, `(x|${regex})`, `${regex}?`, `[<g>${regex}]`)) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...WORDS, '.', '#Noun', '. .', 'a b'), { minLength: 1, maxLength: 6 }).map((choices) => `(${choices.join('|')})`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const modifier = fc.constantFrom('', '', '', '?', '+', '*', '$', '!', '^', '[', ']', '{1,3}');

/** A pattern of a few terms, each maybe with a modifier; sometimes far too long. */
export const pattern: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.array(fc.tuple(term, modifier), { minLength: 1, maxLength: 8 }).map((terms) => terms.map(([t, m]) => (m === '!' || m === '^' || m === '[' ? m + t : t + m)).join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 260 }) },
);

const suggestion = fc.oneof(
  fc.constantFrom('Instead: {match}.', '{reflection}', 'Let me check {clause}', '', '{{match}}', '{ match }', '{match', 'x}'),
  fc.record({ text: fc.string({ maxLength: 30 }), kind: fc.constantFrom('replace', 'replace-clause', 'insert-before', 'insert-after', 'insert-at-start', 'insert-at-end', 'bogus') }, { requiredKeys: ['text'] }),
);

/** A rule that is valid by shape most of the time, with hostile patterns. */
export const rule = fc.record(
  {
    id: fc.oneof(fc.constantFrom('team-a', 'team-b', 'team-c', 'blame-should-have'), fc.string({ maxLength: 12 })),
    category: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...CATEGORIES) }, { weight: 1, arbitrary: fc.string() }),
    severity: fc.constantFrom('info', 'warning', 'error'),
    lang: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('en', 'he') }, { weight: 1, arbitrary: fc.constant('fr') }),
    patterns: fc.array(pattern, { minLength: 1, maxLength: 6 }),
    exceptions: fc.array(pattern, { maxLength: 3 }),
    detector: fc.constantFrom('shouting-caps', 'repeated-punctuation'),
    unlessMoves: fc.array(fc.constantFrom('reflection', 'empathy', 'alternative-offer', 'next-step-with-time'), { maxLength: 2 }),
    minCount: fc.integer({ min: 1, max: 3 }),
    message: fc.constantFrom('A message about {match}.', 'm'),
    why: fc.constant('Because.'),
    suggestions: fc.array(suggestion, { minLength: 1, maxLength: 3 }),
    examples: fc.constant({ flag: ['x'], pass: ['y'] }),
  },
  { requiredKeys: ['id', 'category', 'severity', 'lang', 'message', 'why', 'suggestions', 'examples'] },
);

const validTerm: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS.slice(0, 10)) },
  { weight: 2, arbitrary: fc.constantFrom('#Noun', '#Verb', '#Adverb', '#PastTense', '#Value') },
  { weight: 3, arbitrary: fc.constantFrom('.', '*', '.*', '.+', '.{0,5}', '(you|we)', '(a b|c)', '(. .|.)', '~refund~', '@hasComma', '{walk}') },
  { weight: 1, arbitrary: term },
);

/** A rule of the right shape whose patterns lean valid but reach for every costly construct. */
export const shapelyRule = fc.record({
  id: fc.stringMatching(/^[a-z]{2,8}(-[a-z0-9]{1,5}){0,2}$/),
  category: fc.constantFrom(...CATEGORIES),
  severity: fc.constantFrom('info', 'warning', 'error'),
  lang: fc.constantFrom('en', 'en', 'en', 'he'),
  patterns: fc.array(
    fc.array(fc.tuple(validTerm, fc.constantFrom('', '', '', '?', '+', '$')), { minLength: 1, maxLength: 7 }).map((terms) => terms.map(([t, m]) => t + m).join(' ')),
    { minLength: 1, maxLength: 6 },
  ),
  exceptions: fc.array(fc.constantFrom('fine', 'not you', '#Value'), { maxLength: 2 }),
  message: fc.constant('A message about {match}.'),
  why: fc.constant('Because.'),
  suggestions: fc.array(fc.constantFrom('Instead: {match}.', '{reflection}', 'Let me check {clause}.', ''), { minLength: 1, maxLength: 3 }),
  examples: fc.constant({ flag: ['x'], pass: ['y'] }),
});

/** A policy of up to a dozen rules, often with both or neither of patterns and a detector. */
export const policy = fc.record(
  {
    name: fc.constantFrom('Fuzz team', '', 'צוות'),
    version: fc.constantFrom('1', '2026-12-06'),
    extends: fc.constantFrom('reframe:default', null),
    rules: fc.array(fc.oneof(rule, shapelyRule, shapelyRule), { maxLength: 12 }),
    disable: fc.array(fc.constantFrom('blame-should-have', 'team-a', 'nope'), { maxLength: 2 }),
    lock: fc.array(fc.constantFrom('team-b', 'blame-should-have'), { maxLength: 2 }),
  },
  { requiredKeys: ['name', 'version'] },
);

/** Any JSON at all, and policies bent out of shape. */
export const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 4 }), policy, fc.anything({ maxDepth: 3 }));

// ---- command-line inputs ----

/** A CSV cell as a careless export would write it: quoted or not, with commas, quotes, line breaks, controls. */
const cellText = fc.oneof(
  fc.constantFrom('', ' ', 'You should have read the manual.', 'Thanks!', 'a,b', 'say "no"', 'two\nlines', 'cr\rline', '\u001b]0;title\u0007', '=cmd'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

export interface CsvInput {
  text: string;
  /** Data rows written (the header not counted; blank lines are not rows). */
  rows: number;
}

export const cannedRepliesCsv: fc.Arbitrary<CsvInput> = fc
  .tuple(
    fc.constantFrom(['title', 'text'], ['id', 'title', 'body'], ['text'], ['name', 'reply', 'notes']),
    fc.array(fc.array(cellText, { maxLength: 4 }), { maxLength: 12 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([header, rows, newline]) => {
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    // A row of one empty cell would be a blank line, which is not a row: give such rows a comma.
    const lines = rows.map((cells) => (cells.length === 0 ? ',' : cells.map(quote).join(',')));
    return { text: [header.join(','), ...lines].join(newline) + newline, rows: rows.length };
  });

const commentValue = fc.oneof(
  fc.constantFrom('You should have read the manual.', '', 'Hi', 42, null, true, { text: 'x' }, [], ['channel:all', 'Text'], ['channel:all', 7], '<p>Hello</p>'),
  fc.string({ maxLength: 30 }),
);

export interface MacrosInput {
  text: string;
  rows: number;
}

export const macrosExport: fc.Arbitrary<MacrosInput> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.record({ id: fc.integer(), title: fc.string({ maxLength: 10 }), actions: fc.array(fc.record({ field: fc.constantFrom('comment_value', 'comment_value_html', 'status', 'group_id'), value: commentValue }), { maxLength: 3 }) }) },
        { weight: 1, arbitrary: fc.constantFrom(7, 'x', null, { title: 'no actions' }) },
      ),
      { minLength: 1, maxLength: 10 },
    ),
    fc.constantFrom('wrapped', 'bare'),
    fc.boolean(),
  )
  .filter(([macros, shape]) => shape === 'wrapped' || macros.some((each) => typeof each === 'object' && each !== null && 'actions' in each))
  .map(([macros, shape, pretty]) => ({ text: JSON.stringify(shape === 'wrapped' ? { macros } : macros, null, pretty ? 2 : 0), rows: macros.length }));

export interface JsonlInput {
  text: string;
  /** Non-blank lines. */
  lines: number;
}

export const jsonLines: fc.Arbitrary<JsonlInput> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.record({ id: fc.oneof(fc.constantFrom('r1', 'r2', 1, 2), fc.integer()), text: fc.oneof(fc.constantFrom('You should have read the manual.', ''), fc.string({ maxLength: 40 })) }).map((row) => JSON.stringify(row)) },
        { weight: 1, arbitrary: fc.constantFrom('not json', '{"id": 1}', '[]', '{"text": "no id"}', '{"id": 3, "text": 4}', '{"id": 5, "text": "x", "lang": "fr"}') },
      ),
      { maxLength: 12 },
    ),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([lines, newline]) => ({ text: lines.join(newline), lines: lines.length }));
