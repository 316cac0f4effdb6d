// Reframe's analysis speed, each figure beside a peer measured the same way in the same run
// (this kind of machine is shared, so only ratios to a peer are targets; no absolute
// millisecond passes or fails). Sections:
//   throughput  Reframe, write-good, alex and compromise's own parse on the same replies, one
//               call per reply, nothing cached across replies for any engine: KB/s and ratios
//   edits       a one-character edit at 2,000 and 20,000 characters: median, p95, max, beside
//               compromise parsing the edited sentence's paragraph
//   long        a first analysis of 25,000 to 500,000 characters: time and growth
//   startup     reframe --help, --version and check on one short reply, beside node -e ""
//   sizes       the extension's bundles and the command line's entry
// Usage: node scripts/bench.mjs [--quick] [--only throughput,edits,long,startup,sizes] [--strict]
//   --quick: fewer rounds and runs; --strict: exit 1 when a target is missed.
import nlp from 'compromise';
import { text as alexText } from 'alex';
import writeGood from 'write-good';
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { emailReplies, labelledReplies, replyWriter } from './bench-corpus.mjs';
import { stats } from './bench-stats.mjs';
import { importBundled } from './import-bundled.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const STRICT = args.includes('--strict');
const onlyAt = args.indexOf('--only');
const SECTIONS = onlyAt >= 0 ? args[onlyAt + 1].split(',') : ['throughput', 'edits', 'long', 'startup', 'sizes'];
const FRAME_MS = 16;

const targets = [];
const target = (name, met, detail) => {
  targets.push({ name, met, detail });
  console.log(`  target ${met ? 'met   ' : 'MISSED'}  ${name}: ${detail}`);
};

console.log(`Reframe benchmark, ${new Date().toISOString().slice(0, 10)}; ${machine()}; node ${process.version}\n`);
const { analyze, forgetSentences, compilePolicy, resolvePolicy } = await importBundled({ source: `
  export { analyze, forgetSentences, compilePolicy } from ${JSON.stringify(join(root, 'src/core/index.ts'))};
  export { resolvePolicy } from ${JSON.stringify(join(root, 'src/policy/resolve.ts'))};` });
// compromise's tagger alone (the part of compromise Reframe uses), a copy of its own.
const { default: nlpTwo } = await importBundled({ source: `export { default } from 'compromise/two';` });

for (const section of SECTIONS) {
  if (section === 'throughput') throughput();
  else if (section === 'edits') edits();
  else if (section === 'long') long();
  else if (section === 'startup') startup();
  else if (section === 'sizes') sizes();
  else throw new Error(`unknown section ${section}`);
}

const missed = targets.filter((one) => !one.met);
console.log(`\n${targets.length - missed.length} of ${targets.length} targets met${missed.length ? `; missed: ${missed.map((one) => one.name).join('; ')}` : ''}.`);
if (STRICT && missed.length > 0) process.exitCode = 1;

// ---- throughput ----

function throughput() {
  const policy = resolvePolicy({});
  const compileMs = time(() => compilePolicy(policy).rulesFor('en'));
  analyze('Warm up.', policy);
  const engines = {
    Reframe: (text) => {
      forgetSentences(policy); // nothing cached across replies
      analyze(text, policy);
    },
    'write-good': (text) => writeGood(text),
    alex: (text) => alexText(text),
    'compromise parse': (text) => nlp(text),
    'compromise/two parse': (text) => nlpTwo(text),
  };
  const dir = join(root, 'dist/bench');
  mkdirSync(dir, { recursive: true });
  const corpora = [
    ['email replies (written by the benchmark)', emailReplies(QUICK ? 120_000 : 400_000), 'email-replies.jsonl'],
    ['labelled replies as they are (chat, social, ticket, email)', labelledReplies(), 'labelled-replies.jsonl'],
  ];
  for (const [name, replies, file] of corpora) {
    // Every engine reads the same replies, from the same file.
    writeFileSync(join(dir, file), replies.map((text) => JSON.stringify({ text })).join('\n') + '\n');
    const texts = readFileSync(join(dir, file), 'utf8').trim().split('\n').map((line) => JSON.parse(line).text);
    const kb = texts.reduce((sum, text) => sum + text.length, 0) / 1024;
    console.log(`throughput: ${name}: ${texts.length} replies, ${kb.toFixed(0)} KB (dist/bench/${file}); one call per reply`);
    const rounds = QUICK ? 1 : 3;
    const perRound = Object.fromEntries(Object.keys(engines).map((engine) => [engine, []]));
    for (let round = 0; round < rounds; round++) {
      const spent = Object.fromEntries(Object.keys(engines).map((engine) => [engine, 0]));
      // Interleaved in small batches, the order turning, so a busy moment on the machine hits every engine alike.
      const order = Object.keys(engines);
      for (let from = 0; from < texts.length; from += 20) {
        const batch = texts.slice(from, from + 20);
        order.push(order.shift());
        for (const engine of order) spent[engine] += time(() => batch.forEach(engines[engine]));
      }
      for (const engine of order) perRound[engine].push(kb / (spent[engine] / 1000));
    }
    const rate = Object.fromEntries(Object.entries(perRound).map(([engine, rates]) => [engine, median(rates)]));
    console.log(`  ${'engine'.padEnd(22)} ${'KB/s'.padStart(7)}  ${'Reframe / engine'.padStart(16)}   (median of ${rounds} round${rounds > 1 ? 's' : ''}; rounds: KB/s)`);
    for (const [engine, value] of Object.entries(rate)) {
      console.log(`  ${engine.padEnd(22)} ${value.toFixed(0).padStart(7)}  ${`${(rate.Reframe / value).toFixed(2)}x`.padStart(16)}   ${perRound[engine].map((one) => one.toFixed(0)).join(', ')}`);
    }
    console.log(`  (Reframe's policy compile, once per policy and not in the figures: ${compileMs.toFixed(0)} ms)`);
    const short = name.split(' (')[0];
    target(`throughput on ${short}: Reframe >= write-good`, rate.Reframe >= rate['write-good'], `${rate.Reframe.toFixed(0)} vs ${rate['write-good'].toFixed(0)} KB/s (${(rate.Reframe / rate['write-good']).toFixed(2)}x)`);
    target(`throughput on ${short}: Reframe > compromise's parse`, rate.Reframe > rate['compromise parse'], `${rate.Reframe.toFixed(0)} vs ${rate['compromise parse'].toFixed(0)} KB/s (${(rate.Reframe / rate['compromise parse']).toFixed(2)}x; compromise/two: ${(rate.Reframe / rate['compromise/two parse']).toFixed(2)}x)`);
    console.log();
  }
}

// ---- edits ----

function edits() {
  console.log('edits: one letter typed into a word of a reply analysed before (the typing case), at a different place each run;');
  console.log('       peer: compromise parsing the paragraph the edit is in, timed the same way right after. Each is timed');
  console.log('       as wall time and as the process\'s CPU time (on a shared machine a wall-time maximum is mostly the');
  console.log('       scheduler: the CPU time is the work itself); the targets are read on CPU time, wall time beside it');
  console.log(`  ${'chars'.padStart(7)} ${'runs'.padStart(5)}  ${''.padEnd(5)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}   ${'peer median'.padStart(11)} ${'p95'.padStart(8)} ${'max'.padStart(8)}   p95 / peer p95   (ms)`);
  for (const size of [2_000, 20_000]) {
    const text = replyWriter(size).replyOfLength(size);
    const runs = QUICK ? 100 : size >= 20_000 ? 400 : 1000;
    const policy = resolvePolicy({});
    analyze(text, policy);
    const words = [...text.matchAll(/\p{L}{3,}/gu)];
    const ours = { wall: [], cpu: [] };
    const peer = { wall: [], cpu: [] };
    for (let i = 0; i < runs; i++) {
      const word = words[Math.floor(((i * 7919) % runs) / runs * words.length)];
      const at = word.index + 1 + (i % (word[0].length - 1));
      const edited = text.slice(0, at) + 'x' + text.slice(at);
      timeBoth(ours, () => analyze(edited, policy));
      const start = edited.lastIndexOf('\n\n', at) + 1;
      const end = edited.indexOf('\n\n', at);
      const paragraph = edited.slice(start, end < 0 ? edited.length : end).trim();
      timeBoth(peer, () => nlp(paragraph));
    }
    for (const clock of ['cpu', 'wall']) {
      const o = stats(ours[clock]);
      const p = stats(peer[clock]);
      console.log(
        `  ${String(text.length).padStart(7)} ${String(runs).padStart(5)}  ${clock.padEnd(5)} ${ms(o.median)} ${ms(o.p95)} ${ms(o.max)}   ${ms(p.median).padStart(11)} ${ms(p.p95)} ${ms(p.max)}   ${`${(o.p95 / p.p95).toFixed(3)}x`.padStart(14)}`,
      );
    }
    const o = stats(ours.cpu);
    const p = stats(peer.cpu);
    target(`edit at ${size} chars: p95 < a tenth of the peer's p95 (CPU)`, o.p95 < p.p95 / 10, `${o.p95.toFixed(2)} vs ${(p.p95 / 10).toFixed(2)} ms`);
    target(`edit at ${size} chars: max < one frame, ${FRAME_MS} ms (CPU)`, o.max < FRAME_MS, `${o.max.toFixed(2)} ms (wall: ${stats(ours.wall).max.toFixed(2)} ms)`);
  }
  console.log();
}

/** Times `fn` both ways into `into.wall` and `into.cpu` (the process's user and system time, microsecond resolution). */
function timeBoth(into, fn) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const spent = process.cpuUsage(cpu);
  into.wall.push(wall);
  into.cpu.push((spent.user + spent.system) / 1000);
}

// ---- long replies ----

function long() {
  console.log('long replies: a first analysis (compiled policy, nothing cached), email-style text of that length;');
  console.log('              peer: compromise parsing the same text (CPU time, wall time beside it)');
  const writer = replyWriter(77);
  const sizes = QUICK ? [25_000, 100_000, 200_000] : [25_000, 50_000, 100_000, 200_000, 500_000];
  const longest = writer.replyOfLength(sizes[sizes.length - 1]);
  const policy = resolvePolicy({});
  analyze(longest.slice(0, 5_000), policy);
  const rows = [];
  for (const size of sizes) {
    const text = longest.slice(0, longest.lastIndexOf('\n\n', size));
    const runs = QUICK || size > 200_000 ? 1 : 3;
    const ours = { wall: [], cpu: [] };
    const peer = { wall: [], cpu: [] };
    for (let i = 0; i < runs; i++) {
      forgetSentences(policy);
      timeBoth(ours, () => analyze(text, policy));
      timeBoth(peer, () => nlp(text));
    }
    rows.push({ size: text.length, ours: median(ours.cpu), oursWall: median(ours.wall), peer: median(peer.cpu) });
  }
  console.log(`  ${'chars'.padStart(8)}   ${'Reframe CPU'.padStart(11)} ${'(wall)'.padStart(9)}   ${'ms per 1,000 chars'.padStart(18)}   ${'compromise'.padStart(10)}   Reframe / compromise`);
  for (const { size, ours, oursWall, peer } of rows) {
    console.log(`  ${String(size).padStart(8)}   ${`${ours.toFixed(0)} ms`.padStart(11)} ${`(${oursWall.toFixed(0)} ms)`.padStart(9)}   ${(ours / (size / 1000)).toFixed(2).padStart(18)}   ${`${peer.toFixed(0)} ms`.padStart(10)}   ${(ours / peer).toFixed(2)}x`);
  }
  const at200 = rows.find((row) => Math.abs(row.size - 200_000) < 5_000);
  const first = rows[0];
  const growth = at200.ours / at200.size / (first.ours / first.size);
  target('a first analysis of 200,000 chars < 0.5 s (CPU)', at200.ours < 500, `${at200.ours.toFixed(0)} ms (wall ${at200.oursWall.toFixed(0)} ms)`);
  target('linear growth: time per char at 200,000 within 1.5x of 25,000', growth < 1.5, `${growth.toFixed(2)}x`);
  console.log();
}

// ---- start-up ----

function startup() {
  if (!existsSync(join(root, 'dist/cli/reframe.mjs'))) execFileSync(process.execPath, ['build.mjs', '--cli-only'], { cwd: root });
  const reply = 'I understand your problem. You should have read the manual.\n';
  const cases = [
    ['node -e ""', ['-e', '']],
    ['reframe --help', ['bin/reframe.js', '--help']],
    ['reframe --version', ['bin/reframe.js', '--version']],
    ['reframe check (one reply)', ['bin/reframe.js', 'check'], reply],
  ];
  const runs = QUICK ? 5 : 15;
  const wall = Object.fromEntries(cases.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, argv, input] of cases) {
      wall[name].push(time(() => spawnSync(process.execPath, argv, { cwd: root, input: input ?? '', encoding: 'utf8' })));
    }
  }
  const base = median(wall['node -e ""']);
  console.log(`start-up: ${runs} runs each, interleaved (wall time of the process)`);
  console.log(`  ${'command'.padEnd(26)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}   / node -e ""`);
  for (const [name] of cases) {
    const s = stats(wall[name]);
    console.log(`  ${name.padEnd(26)} ${ms(s.median)} ${ms(s.p95)} ${ms(s.max)}   ${(s.median / base).toFixed(2)}x`);
  }
  const help = median(wall['reframe --help']) / base;
  const check = median(wall['reframe check (one reply)']) / base;
  target('reframe --help within 1.5x of node -e (no analyser loaded)', help <= 1.5, `${help.toFixed(2)}x`);
  target('reframe check on one short reply <= 3x node -e', check <= 3, `${check.toFixed(2)}x`);
  console.log();
}

// ---- sizes ----

function sizes() {
  console.log('sizes: dist/chrome (minified; gzip for reference) and the command line');
  const rows = [];
  for (const dir of ['background', 'content', 'popup', 'options']) {
    for (const name of readdirSync(join(root, 'dist/chrome', dir)).filter((file) => file.endsWith('.js'))) rows.push(`dist/chrome/${dir}/${name}`);
  }
  rows.push('dist/cli/reframe.mjs');
  for (const file of rows) {
    const bytes = readFileSync(join(root, file));
    console.log(`  ${file.padEnd(34)} ${`${(bytes.length / 1024).toFixed(1)} KiB`.padStart(11)}   gzip ${`${(gzipSync(bytes).length / 1024).toFixed(1)} KiB`.padStart(10)}`);
  }
  const options = readFileSync(join(root, 'dist/chrome/options/options.js'), 'utf8');
  target('the options page carries no analyser', !/postTagger|parseMatch/.test(options), `${(options.length / 1024).toFixed(1)} KiB`);
  console.log();
}

// ---- helpers ----

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(values) {
  return stats(values).median;
}

function ms(value) {
  return value.toFixed(2).padStart(8);
}

function machine() {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown cpu';
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `${execSync('nproc').toString().trim()} cpus, ${model}, load average ${load} at the start`;
}


