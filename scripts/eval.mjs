// Measures the analyser on the labelled development set (../shared/data/dev.jsonl) through
// the command line's --jsonl output, as a user would run it. Scoring is per reply: a
// category (or move) is either present in the reply or not. Rows marked `unsure` are left out.
//
// Usage: node scripts/eval.mjs [--data FILE]   (default ../shared/data/dev.jsonl)
// Exits 1 when a target is missed. English: precision >= 0.9 and recall >= 0.8 in every
// category with at least 5 examples, false alarms on clean replies <= 3%. Hebrew: precision
// >= 0.9 and recall >= 0.75 in every category with at least 4 examples (the Hebrew rows are
// fewer), false alarms <= 5%.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CATEGORIES = ['hollow-acknowledgement', 'blame', 'deflection', 'over-promise', 'minimizing', 'bare-refusal', 'vague-timeline', 'confrontational'];
const MOVES = ['reflection', 'empathy', 'apology', 'answer', 'alternative-offer', 'interest-question', 'next-step-with-time'];
const TARGETS = {
  en: { minExamples: 5, precision: 0.9, recall: 0.8, falseAlarms: 0.03 },
  he: { minExamples: 4, precision: 0.9, recall: 0.75, falseAlarms: 0.05 },
};

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const dataFile = option('--data', `${root}../shared/data/dev.jsonl`);
if (!existsSync(dataFile)) {
  console.error(`eval: ${dataFile} not found. Pass --data FILE with the labelled rows.`);
  process.exit(2);
}

const rows = readJsonl(readFileSync(dataFile, 'utf8')).filter((row) => !row.unsure);
const outputs = new Map(readJsonl(predictions()).map((line) => [line.id, line]));
const missing = rows.filter((row) => !outputs.has(row.id));
if (missing.length > 0) {
  console.error(`eval: the CLI gave no answer for ${missing.length} rows (first: ${missing[0].id}).`);
  process.exit(1);
}

const misses = [];
for (const lang of ['en', 'he']) {
  const inLang = rows.filter((row) => row.lang === lang);
  if (inLang.length === 0) continue;
  const predicted = (row) => new Set(outputs.get(row.id).findings.map((finding) => finding.category));
  const clean = inLang.filter((row) => row.findings.length === 0);
  const alarms = clean.filter((row) => predicted(row).size > 0);
  const falseAlarmRate = clean.length ? alarms.length / clean.length : 0;

  console.log(`\n== ${lang}: ${inLang.length} replies (${clean.length} clean)`);
  const categoryScores = table('category', CATEGORIES, inLang, (row) => new Set(row.findings), predicted);
  console.log(`false alarms on clean replies: ${alarms.length}/${clean.length} = ${percent(falseAlarmRate)}`);
  table('move', MOVES, inLang, (row) => new Set(row.moves), (row) => new Set(outputs.get(row.id).moves));

  const target = TARGETS[lang];
  for (const score of categoryScores.filter((score) => score.examples >= target.minExamples)) {
    if (score.precision < target.precision) misses.push(`${lang} ${score.id}: precision ${fixed(score.precision)} < ${target.precision}`);
    if (score.recall < target.recall) misses.push(`${lang} ${score.id}: recall ${fixed(score.recall)} < ${target.recall}`);
  }
  if (falseAlarmRate > target.falseAlarms) misses.push(`${lang}: false alarms on clean replies ${percent(falseAlarmRate)} > ${percent(target.falseAlarms)}`);
}

if (misses.length > 0) {
  console.log(`\nTargets missed:\n${misses.map((miss) => `  - ${miss}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll targets met.');

/** The CLI's answer for every row, one JSON line each. */
function predictions() {
  const cli = `${root}bin/reframe.js`;
  try {
    return execFileSync(process.execPath, [cli, 'check', '--jsonl', dataFile], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // Exit 1 only means "there are findings"; the answers are on stdout.
    if (error.status === 1 && error.stdout) return error.stdout;
    console.error(`eval: \`reframe check --jsonl\` failed (exit ${error.status}): ${error.stderr || error.message}`);
    process.exit(2);
  }
}

function table(label, ids, rows, expected, predicted) {
  console.log(`${label.padEnd(24)} ${['examples', 'TP', 'FP', 'FN', 'precision', 'recall'].map((head) => head.padStart(10)).join('')}`);
  return ids.map((id) => {
    let tp = 0, fp = 0, fn = 0;
    for (const row of rows) {
      const want = expected(row).has(id);
      const got = predicted(row).has(id);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    const score = { id, examples: tp + fn, tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
    console.log(`${id.padEnd(24)} ${[score.examples, tp, fp, fn].map((n) => String(n).padStart(10)).join('')}${fixed(score.precision).padStart(10)}${fixed(score.recall).padStart(10)}`);
    return score;
  });
}

function readJsonl(text) {
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}

function fixed(value) {
  return value.toFixed(2);
}

function percent(value) {
  return `${(value * 100).toFixed(1)}%`;
}
