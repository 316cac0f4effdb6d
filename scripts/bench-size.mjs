// Time against reply size (issue 13): `reframe check` on one reply of 10 KB, 100 KB, 1 MB and
// 5 MB, built from support-reply sentences that are all different (so nothing is a cache hit)
// and with findings all through it. The machine's load average is printed with the figures:
// on a shared machine it moves them more than anything else. Prints, per size, the command line's wall time (start-up
// included), the time of analyze() alone in this process, and both per 1,000 characters
// beside the 10 KB figure: when the time grows in proportion to the size, the per-1,000
// column stays flat. A benchmark, not a test: it reports and never fails on a number.
// Usage: npm run bench:size [-- --runs N]   (N runs per size up to 1 MB; 5 MB runs once)
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from './import-bundled.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3;
const SIZES = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['5 MB', 5_000_000],
];

// Sentences an agent might write, several with findings (blame, a hollow acknowledgement, a
// vague timeline, an over-promise); {n} makes each one different.
const SENTENCES = [
  'Hi Dana, thanks for getting in touch about parcel {n}.',
  'I understand your problem and I am sorry for the trouble with order {n}.',
  'Our courier scanned it at depot {n} on Monday at 9:40, and it has not moved since.',
  'You should have received a tracking email for box {n} when it left our warehouse.',
  'We will look into case {n} soon and get back to you.',
  'What I can do for you is send replacement {n} today by express post.',
  'It will arrive by Thursday, and I will email you tracking number {n} tonight.',
  'If parcel {n} turns up, you can refuse it at the door and we will collect it.',
  'Obviously, invoice {n} should have been checked before it was paid.',
  'This will never happen again with account {n}, I promise.',
];

function reply(length) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const sentence = SENTENCES[i % SENTENCES.length].replace('{n}', String(100_000 + i));
    // A paragraph break now and then, as in a real reply.
    const part = (i % 12 === 11 ? '\n\n' : i === 0 ? '' : ' ') + sentence;
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
}

const { analyze, policy } = await importBundled({
  source:
    `export { analyze } from ${JSON.stringify(join(root, 'src/core/index.ts'))};\n` +
    `export { DEFAULT_EFFECTIVE_POLICY as policy } from ${JSON.stringify(join(root, 'src/policy/default-policy.ts'))};\n`,
});
const dir = mkdtempSync(join(tmpdir(), 'reframe-bench-size-'));
execSync('node build.mjs --cli-only', { cwd: root, stdio: 'inherit' });

// Warm the JIT and compromise's lexicon once, and time the command's start-up on a one-line
// reply, so that the per-size figures are about the size.
analyze(reply(10_000), structuredClone(policy));
const startup = Math.min(
  ...Array.from({ length: RUNS }, () => {
    const started = performance.now();
    spawnSync(process.execPath, ['bin/reframe.js', 'check', '--format', 'json'], { cwd: root, input: 'Thanks for writing.' });
    return performance.now() - started;
  }),
);

const results = [];
try {
  for (const [label, size] of SIZES) {
    const text = reply(size);
    const file = join(dir, `reply-${size}.txt`);
    writeFileSync(file, text);
    const runs = size >= 5_000_000 ? 1 : RUNS;
    const cli = [];
    const inProcess = [];
    let findings = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, ['bin/reframe.js', 'check', '--format', 'json', file], { cwd: root, maxBuffer: 1 << 30 });
      cli.push(performance.now() - started);
      if (result.status !== 1 || result.stderr.length > 0) throw new Error(`reframe check exited ${result.status}: ${result.stderr}`);
      findings = JSON.parse(result.stdout.toString())[0].findings.length;
      // A policy compiled on another text first: none of this reply's sentences is cached, and
      // the one-off compile is not counted against the size.
      const fresh = structuredClone(policy);
      analyze('Thanks for writing.', fresh);
      const before = performance.now();
      analyze(text, fresh);
      inProcess.push(performance.now() - before);
    }
    results.push({ label, size, runs, findings, cli: Math.min(...cli), analyze: Math.min(...inProcess) });
    console.error(`${label}: done`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const base = results[0];
const perKilo = (ms, size) => (ms / (size / 1_000)).toFixed(2);
console.log(`machine: ${machine()}; node ${process.version}; ${new Date().toISOString().slice(0, 10)}; load average ${loadavg().map((load) => load.toFixed(1)).join(', ')}`);
console.log(`\`reframe check\` start-up (a one-line reply): ${(startup / 1000).toFixed(2)} s, taken off the per-1,000 figure.\n`);
console.log('| reply | chars | findings | runs | `reframe check` | per 1,000 chars (after start-up) | analyze() alone | per 1,000 chars | vs 10 KB |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const result of results) {
  const growth = result.analyze / result.size / (base.analyze / base.size);
  console.log(
    `| ${result.label} | ${result.size.toLocaleString('en')} | ${result.findings.toLocaleString('en')} | ${result.runs} | ${(result.cli / 1000).toFixed(2)} s | ${perKilo(Math.max(0, result.cli - startup), result.size)} ms | ${(result.analyze / 1000).toFixed(2)} s | ${perKilo(result.analyze, result.size)} ms | ${growth.toFixed(2)}x |`,
  );
}

function machine() {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown cpu';
  return `${execSync('nproc').toString().trim()} cpus, ${model}`;
}
