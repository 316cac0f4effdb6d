// Measures the reading of the customer's message (issue 12) on the labelled customer-message
// set (corpus/customers/<lang>-<split>.jsonl) through `reframe check --jsonl`, as a user would
// run it: each message goes in as the `customer` of a line, the reading comes back on it.
// The scoring is defined in scripts/customer/metrics.mjs.
//
// Usage: node scripts/eval-customer.mjs [--split dev|test|train ...] [--without-held-out] [--failures N]
//   (default: the dev and the test parts). Each file of a split is scored on its own
//   (en-dev.jsonl, then a later part such as en-dev-b.jsonl; en-test.jsonl, en-test-b.jsonl, en-test-c.jsonl).
//   The test parts of earlier rounds (<lang>-test.jsonl to <lang>-test-n.jsonl) are read and serve as
//   more dev sets; the round's held-out part (scripts/held-out.mjs) is for the final report only: while working, pass
//   `--without-held-out`, which reads no held-out file, and never `--failures` with them.
// Exits 1 when a target is missed on a test part (each file on its own).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { customerFiles, customerRows, isHeldOut } from './customer/bundle.mjs';
import { MOOD_IDS, moodScores, scoreReadings } from './customer/metrics.mjs';

export const TARGETS = { moodMacroF1: 0.8, coverage: 0.95, factRecall: 0.8, echoRate: 0, demandPrecision: 0.9, demandRecall: 0.8, askedWithReason: 0 };
const REPLY = 'Thank you for writing to us.';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const splits = args.flatMap((arg, at) => (args[at - 1] === '--split' ? [arg] : []));
const failureCount = Number(args[args.indexOf('--failures') + 1] ?? 0) || 0;
const chosen = splits.length > 0 ? splits : ['dev', 'test'];
const withoutHeldOut = args.includes('--without-held-out');

const misses = [];
for (const split of chosen) {
  for (const lang of ['en', 'he']) {
    for (const file of customerFiles(root, lang, split)) {
      if (withoutHeldOut && isHeldOut(file)) continue;
      const rows = readJsonl(readFileSync(join(root, 'corpus/customers', file), 'utf8'));
      const readings = cliReadings(rows);
      const score = scoreReadings(rows, (row) => readings.get(row.id));
      const title = file.replace(/\.jsonl$/, '').replace('-', ' ');
      report(title, score, isHeldOut(file));
      if (split === 'test') misses.push(...missed(title, score));
    }
    // A second look at the mood: the customer messages of the reply corpus (corpus/<lang>/<split>*.jsonl), written by other writers.
    const others = customerRows(root, lang, split).filter((row) => row.source === 'replies');
    if (others.length > 0) {
      const moods = cliReadings(others);
      const { accuracy, macroF1 } = moodScores(others.map((row) => [row.mood, moods.get(row.id)?.mood ?? 'calm']));
      console.log(`mood on the reply corpus's ${others.length} ${lang} ${split} customer messages: accuracy ${(accuracy * 100).toFixed(1)}%, macro-F1 ${macroF1.toFixed(3)}`);
    }
  }
}
if (chosen.includes('test')) {
  if (misses.length > 0) {
    console.log(`\nTargets missed on the test parts:\n${misses.map((miss) => `  - ${miss}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log('\nAll targets met on the test parts.');
}

/** The CLI's reading of every row's message. */
function cliReadings(rows) {
  const dir = mkdtempSync(join(tmpdir(), 'reframe-customers-'));
  const input = join(dir, 'rows.jsonl');
  writeFileSync(input, rows.map((row) => JSON.stringify({ id: row.id, text: REPLY, customer: row.message })).join('\n'));
  let out;
  try {
    out = execFileSync(process.execPath, [join(root, 'bin/reframe.js'), 'check', '--jsonl', input], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if (error.status !== 1 || !error.stdout) {
      console.error(`eval-customer: \`reframe check --jsonl\` failed (exit ${error.status}): ${error.stderr || error.message}`);
      process.exit(2);
    }
    out = error.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return new Map(readJsonl(out).map((line) => [line.id, line.customer ?? null]));
}

function report(title, score, heldOut) {
  const { mood, sarcasm, reflection: r, demands: d } = score;
  const pct = (value) => `${(value * 100).toFixed(1)}%`;
  console.log(`\n== ${title}: ${score.n} messages`);
  console.log(`mood: accuracy ${pct(mood.accuracy)}, macro-F1 ${mood.macroF1.toFixed(3)}`);
  for (const id of MOOD_IDS) {
    const m = mood.per[id];
    console.log(`  ${id.padEnd(11)} n=${String(m.n).padStart(3)}  precision ${m.precision.toFixed(2)}  recall ${m.recall.toFixed(2)}  F1 ${m.f1.toFixed(2)}`);
  }
  console.log(`sarcasm: precision ${sarcasm.precision.toFixed(2)}, recall ${sarcasm.recall.toFixed(2)} (${sarcasm.tp} found, ${sarcasm.fp} false, ${sarcasm.fn} missed)`);
  console.log(`reflection coverage: ${r.reflected}/${r.problems} = ${pct(r.coverage)} of messages with a problem`);
  console.log(`fact recall: ${r.carried}/${r.facts} = ${pct(r.factRecall)} (content words carried: ${pct(r.wordRecall)})`);
  console.log(`echo rate: ${r.withEcho}/${r.reflections} reflections = ${pct(r.echoRate)} (${r.echoChances} of them from messages with something not to echo)`);
  console.log(`reflections over 32 words: ${r.tooLong}; long messages (over 40 words) with a shorter version: ${r.shortOffered}/${r.longMessages}`);
  console.log(`demands: precision ${d.precision.toFixed(2)}, recall ${d.recall.toFixed(2)} (${d.tp} matched, ${d.fp} extra, ${d.fn} missed)`);
  console.log(`interest question asked when the reason was given: ${d.askedWithReason}/${d.reasonPairs}; when it was not: ${d.askedWithoutReason}/${d.noReasonPairs}`);
  // No per-message output on a held-out part: its figures are the result, and nothing is learned from its messages.
  if (failureCount > 0 && !heldOut) {
    for (const [kind, list] of Object.entries(score.failures)) {
      for (const failure of list.slice(0, failureCount)) console.log(`  ${kind}: ${JSON.stringify(failure)}`);
    }
  }
}

function missed(title, { mood, reflection: r, demands: d }) {
  const out = [];
  if (mood.macroF1 < TARGETS.moodMacroF1) out.push(`${title}: mood macro-F1 ${mood.macroF1.toFixed(3)} < ${TARGETS.moodMacroF1}`);
  if (r.coverage < TARGETS.coverage) out.push(`${title}: reflection coverage ${r.coverage.toFixed(3)} < ${TARGETS.coverage}`);
  if (r.factRecall < TARGETS.factRecall) out.push(`${title}: fact recall ${r.factRecall.toFixed(3)} < ${TARGETS.factRecall}`);
  if (r.echoRate > TARGETS.echoRate) out.push(`${title}: echo rate ${r.echoRate.toFixed(3)} > 0`);
  if (d.precision < TARGETS.demandPrecision) out.push(`${title}: demand precision ${d.precision.toFixed(3)} < ${TARGETS.demandPrecision}`);
  if (d.recall < TARGETS.demandRecall) out.push(`${title}: demand recall ${d.recall.toFixed(3)} < ${TARGETS.demandRecall}`);
  if (d.askedWithReason > TARGETS.askedWithReason) out.push(`${title}: interest question asked ${d.askedWithReason} times when the reason was given`);
  return out;
}

function readJsonl(text) {
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}
