// Checks the labelled corpus in corpus/: every line is valid, every span is a verbatim part of
// its reply, category and move ids are the ones COACHING.md defines, the counts the corpus
// promises hold, and no scenario, customer message or near-duplicate reply sits in two splits.
//
// Usage: node scripts/corpus-check.mjs            the whole corpus; exits 1 on any problem
//        node scripts/corpus-check.mjs FILE...    only the lines of these files (while writing)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CATEGORIES = ['hollow-acknowledgement', 'blame', 'deflection', 'over-promise', 'minimizing', 'bare-refusal', 'vague-timeline', 'confrontational'];
export const MOVES = ['reflection', 'empathy', 'apology', 'answer', 'alternative-offer', 'interest-question', 'next-step-with-time'];
export const MOODS = ['calm', 'anxious', 'frustrated', 'angry', 'abusive'];
const CHANNELS = ['email', 'chat', 'social', 'ticket', 'whatsapp'];
const SPLITS = ['train', 'dev', 'test'];

// What each language's corpus promises (see corpus/README.md).
const PROMISES = {
  en: { replies: 3000, perCategory: 250 },
  he: { replies: 1500, perCategory: 120 },
};
const OWN_WORDS_SHARE = 2 / 3;
const CLEAN_SHARE = 0.4;
const DECOY_SHARE_OF_CLEAN = 0.5;
const NEAR_DUPLICATE = 0.6; // Jaccard similarity of word 3-gram sets

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, 'corpus');

/** Problems in one row, as plain sentences. */
export function rowProblems(row) {
  const problems = [];
  const need = (field, ok, what) => { if (!ok) problems.push(`${field}: ${what}`); };
  need('id', typeof row.id === 'string' && row.id.length > 0, 'a non-empty string is required');
  need('lang', row.lang === 'en' || row.lang === 'he', 'must be "en" or "he"');
  need('split', SPLITS.includes(row.split), `must be one of ${SPLITS.join(', ')}`);
  need('scenario', typeof row.scenario === 'string' && row.scenario.length > 0, 'a non-empty string is required');
  need('industry', typeof row.industry === 'string' && row.industry.length > 0, 'a non-empty string is required');
  need('channel', CHANNELS.includes(row.channel), `must be one of ${CHANNELS.join(', ')}`);
  need('text', typeof row.text === 'string' && row.text.trim().length > 0, 'the reply must not be empty');
  need('customer', typeof row.customer === 'string' && row.customer.trim().length > 0, "the customer's message must not be empty");
  need('customer_mood', MOODS.includes(row.customer_mood), `must be one of ${MOODS.join(', ')}`);
  need('customer_sarcasm', typeof row.customer_sarcasm === 'boolean', 'must be true or false');
  need('decoy', typeof row.decoy === 'boolean', 'must be true or false');
  need('own_words', typeof row.own_words === 'boolean', 'must be true or false');
  need('findings', Array.isArray(row.findings), 'must be a list of category ids');
  need('spans', Array.isArray(row.spans), 'must be a list of {category, quote}');
  need('moves', Array.isArray(row.moves), 'must be a list of move ids');
  if (problems.length > 0) return problems;

  for (const category of row.findings) need('findings', CATEGORIES.includes(category), `"${category}" is not a category id`);
  if (new Set(row.findings).size !== row.findings.length) problems.push('findings: a category is listed twice');
  for (const move of row.moves) need('moves', MOVES.includes(move), `"${move}" is not a move id`);
  for (const span of row.spans) {
    if (!span || typeof span.quote !== 'string' || span.quote.length === 0) { problems.push('spans: each needs a non-empty quote'); continue; }
    need('spans', row.findings.includes(span.category), `"${span.category}" has a span but is not in findings`);
    need('spans', row.text.includes(span.quote), `"${span.quote}" is not a verbatim part of the reply`);
  }
  for (const category of row.findings) {
    need('spans', row.spans.some((span) => span.category === category), `"${category}" has no span`);
  }
  if (row.decoy) need('decoy', row.findings.length === 0, 'a decoy is a clean reply: it must have no findings');
  return problems;
}

function wordTrigrams(text) {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}']+/gu) ?? [];
  const grams = new Set();
  for (let i = 0; i + 2 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

function jaccard(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Pairs of rows from different splits that share a scenario, a customer message or nearly a reply. */
function leaks(rows) {
  const found = [];
  const firstSplit = (key) => {
    const seen = new Map();
    for (const row of rows) {
      const value = key(row);
      const other = seen.get(value);
      if (other && other.split !== row.split) found.push(`${other.id} (${other.split}) and ${row.id} (${row.split}) share a ${key.label}`);
      else if (!other) seen.set(value, row);
    }
  };
  const byScenario = (row) => `${row.lang}:${row.scenario}`;
  byScenario.label = 'scenario';
  const byCustomer = (row) => row.customer.trim().toLowerCase();
  byCustomer.label = 'customer message';
  firstSplit(byScenario);
  firstSplit(byCustomer);

  // Near-duplicate replies: an inverted index over trigrams keeps this far from all-pairs.
  const grams = rows.map((row) => wordTrigrams(row.text));
  const index = new Map();
  rows.forEach((row, i) => { for (const gram of grams[i]) (index.get(gram) ?? index.set(gram, []).get(gram)).push(i); });
  const compared = new Set();
  rows.forEach((row, i) => {
    for (const gram of grams[i]) {
      for (const j of index.get(gram)) {
        if (j <= i || rows[j].split === row.split || rows[j].lang !== row.lang) continue;
        const pair = i * rows.length + j;
        if (compared.has(pair)) continue;
        compared.add(pair);
        const similarity = jaccard(grams[i], grams[j]);
        if (similarity >= NEAR_DUPLICATE) found.push(`${row.id} (${row.split}) and ${rows[j].id} (${rows[j].split}) are near-duplicate replies (${similarity.toFixed(2)})`);
      }
    }
  });
  return found;
}

function readRows(file) {
  const rows = [];
  const problems = [];
  readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, at) => {
    if (line.trim() === '') return;
    const where = `${relative(root, file)}:${at + 1}`;
    let row;
    try { row = JSON.parse(line); } catch (error) { problems.push(`${where}: not valid JSON (${error.message})`); return; }
    for (const problem of rowProblems(row)) problems.push(`${where} ${row.id ?? ''}: ${problem}`);
    rows.push(row);
  });
  return { rows, problems };
}

function corpusFiles() {
  if (!existsSync(corpusDir)) return [];
  // The reply corpus lives in one folder per language; corpus/customers is another format.
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name in PROMISES)
    .flatMap((dir) => readdirSync(join(corpusDir, dir.name)).filter((name) => name.endsWith('.jsonl')).map((name) => join(corpusDir, dir.name, name)));
}

const share = (part, whole) => (whole === 0 ? 0 : part / whole);
const percent = (value) => `${(value * 100).toFixed(1)}%`;

function summarise(lang, rows, problems, enforce) {
  const promise = PROMISES[lang];
  const clean = rows.filter((row) => row.findings.length === 0);
  const decoys = clean.filter((row) => row.decoy);
  const industries = new Set(rows.map((row) => row.industry));
  console.log(`\n== ${lang}: ${rows.length} replies, ${clean.length} clean (${percent(share(clean.length, rows.length))}), ${decoys.length} decoys, ${industries.size} industries`);
  for (const split of SPLITS) console.log(`  ${split}: ${rows.filter((row) => row.split === split).length}`);
  console.log(`  channels: ${CHANNELS.map((channel) => `${channel} ${rows.filter((row) => row.channel === channel).length}`).join(', ')}`);
  console.log(`  customer moods: ${MOODS.map((mood) => `${mood} ${rows.filter((row) => row.customer_mood === mood).length}`).join(', ')}`);
  console.log('  category                 replies  own words');
  for (const category of CATEGORIES) {
    const withIt = rows.filter((row) => row.findings.includes(category));
    const own = withIt.filter((row) => row.own_words).length;
    console.log(`  ${category.padEnd(24)} ${String(withIt.length).padStart(7)}  ${percent(share(own, withIt.length)).padStart(9)}`);
    if (!enforce) continue;
    if (withIt.length < promise.perCategory) problems.push(`${lang} ${category}: ${withIt.length} replies, at least ${promise.perCategory} promised`);
    if (share(own, withIt.length) < OWN_WORDS_SHARE) problems.push(`${lang} ${category}: ${percent(share(own, withIt.length))} in their own words, at least two thirds promised`);
  }
  console.log('  move                     replies');
  for (const move of MOVES) console.log(`  ${move.padEnd(24)} ${String(rows.filter((row) => row.moves.includes(move)).length).padStart(7)}`);
  if (!enforce) return;
  if (rows.length < promise.replies) problems.push(`${lang}: ${rows.length} replies, at least ${promise.replies} promised`);
  if (share(clean.length, rows.length) < CLEAN_SHARE) problems.push(`${lang}: ${percent(share(clean.length, rows.length))} clean, at least 40% promised`);
  if (share(decoys.length, clean.length) < DECOY_SHARE_OF_CLEAN) problems.push(`${lang}: ${decoys.length} decoys among ${clean.length} clean, at least half promised`);
}

function main(argv) {
  const onlyFiles = argv.length > 0;
  const files = onlyFiles ? argv : corpusFiles();
  if (files.length === 0) {
    console.error('corpus-check: no corpus files found in corpus/<lang>/*.jsonl');
    return 1;
  }
  const problems = [];
  const rows = [];
  for (const file of files) {
    const read = readRows(file);
    rows.push(...read.rows);
    problems.push(...read.problems);
  }
  const ids = new Set();
  for (const row of rows) {
    if (ids.has(row.id)) problems.push(`${row.id}: the id is used twice`);
    ids.add(row.id);
  }
  const valid = rows.filter((row) => rowProblems(row).length === 0);
  problems.push(...leaks(valid));
  for (const lang of Object.keys(PROMISES)) {
    const inLang = valid.filter((row) => row.lang === lang);
    if (!onlyFiles || inLang.length > 0) summarise(lang, inLang, problems, !onlyFiles);
  }
  if (onlyFiles) console.log(`\n${valid.length} valid rows of ${rows.length} in ${files.length} file(s)`);

  if (problems.length > 0) {
    console.log(`\n${problems.length} problem(s):`);
    for (const problem of problems.slice(0, 200)) console.log(`  ${problem}`);
    return 1;
  }
  console.log('\ncorpus-check: all good');
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
