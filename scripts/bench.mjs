// Analysis time for replies of 200, 2,000 and 20,000 characters: cold (a policy analysed
// for the first time, nothing cached) and after a one-character edit (the typing case,
// where only the edited sentence is analysed again). Prints median and p95 in ms, and beside
// them a peer: compromise alone tagging the same reply (what any compromise-based checker
// pays before running a single rule), with our times as ratios of it.
// Usage: node scripts/bench.mjs [--runs N]
import nlp from 'compromise';
import * as esbuild from 'esbuild';
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 200;
const SIZES = [200, 2_000, 20_000];
const EDIT_TARGET_MS = 1;

const { analyze, policy } = await loadAnalyser();

// A reply built from sentences an agent might write, some of them with findings. {n}
// makes every sentence different, so a long reply is not mostly cache hits.
const SENTENCES = [
  'Hi Dana, thanks for getting in touch about parcel {n}.',
  'I understand your problem and I am sorry for the trouble with order {n}.',
  'Our courier scanned it at depot {n} on Monday at 9:40, and it has not moved since.',
  'You should have received a tracking email for box {n} when it left our warehouse.',
  'We will look into case {n} soon and get back to you.',
  'What I can do for you is send replacement {n} today by express post.',
  'It will arrive by Thursday, and I will email you tracking number {n} tonight.',
  'If parcel {n} turns up, you can refuse it at the door and we will collect it.',
];

function reply(length) {
  let text = '';
  for (let i = 0; text.length < length; i++) text += (text ? ' ' : '') + SENTENCES[i % SENTENCES.length].replace('{n}', String(1000 + i));
  return text.slice(0, length);
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// Warm the JIT and compromise's lexicon once, so "cold" measures our work, not start-up.
for (let i = 0; i < 20; i++) analyze(reply(2_000), structuredClone(policy));

const results = [];
for (const size of SIZES) {
  const text = reply(size);
  const runs = size >= 20_000 ? Math.max(10, Math.round(RUNS / 10)) : RUNS;
  const cold = [];
  for (let i = 0; i < runs; i++) {
    const fresh = structuredClone(policy);
    cold.push(time(() => analyze(text, fresh)));
  }
  const edited = [];
  const warm = structuredClone(policy);
  analyze(text, warm);
  for (let i = 0; i < runs; i++) {
    // A letter typed into a different word each time, so the edited sentence is new.
    const at = Math.floor(((i + 0.5) / runs) * (text.length - 1));
    const edit = text.slice(0, at) + 'x' + text.slice(at);
    edited.push(time(() => analyze(edit, warm)));
  }
  const peer = [];
  for (let i = 0; i < runs; i++) peer.push(time(() => nlp(text)));
  results.push({ size, runs, cold: stats(cold), edit: stats(edited), peer: stats(peer) });
}

const ms = (value) => value.toFixed(2).padStart(8);
console.log(`machine: ${machine()}; node ${process.version}; ${new Date().toISOString().slice(0, 10)}`);
console.log(`${'chars'.padStart(7)} ${'runs'.padStart(5)}   cold median      p95   edit median      p95   compromise median   cold/peer  edit/peer   (ms)`);
const ratio = (ours, peer) => `${(ours / peer).toFixed(2)}x`.padStart(9);
for (const { size, runs, cold, edit, peer } of results) {
  console.log(
    `${String(size).padStart(7)} ${String(runs).padStart(5)}   ${ms(cold.median)} ${ms(cold.p95)}      ${ms(edit.median)} ${ms(edit.p95)}          ${ms(peer.median)}   ${ratio(cold.median, peer.median)}  ${ratio(edit.median, peer.median)}`,
  );
}
const target = results.find((result) => result.size === 2_000);
if (target.edit.median > EDIT_TARGET_MS) {
  console.log(`\nTarget missed: a one-character edit at 2,000 characters takes ${target.edit.median.toFixed(2)} ms at the median (target ${EDIT_TARGET_MS} ms).`);
  process.exit(1);
}
console.log(`\nTarget met: one-character edit at 2,000 characters <= ${EDIT_TARGET_MS} ms at the median.`);

/** The analyser and the default policy, bundled from src/ for this run. */
async function loadAnalyser() {
  const dir = mkdtempSync(join(tmpdir(), 'reframe-bench-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { analyze } from ${JSON.stringify(join(root, 'src/core/index.ts'))};\n` +
      `export { DEFAULT_EFFECTIVE_POLICY as policy } from ${JSON.stringify(join(root, 'src/policy/default-policy.ts'))};\n`,
  );
  const outfile = join(dir, 'analyser.mjs');
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning', absWorkingDir: root });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function machine() {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown cpu';
  return `${execSync('nproc').toString().trim()} cpus, ${model}`;
}
