// Development aid: reads the customer-message set's train, dev or first test part straight
// through the bundled analyser (no CLI) and prints the scores and what went wrong. The first test
// parts (<lang>-test.jsonl) were read twice and are a second dev set since round three; the
// held-out parts (<lang>-test-b.jsonl) are never read here (bundle.mjs, isHeldOut).
// Usage: node scripts/customer/dev-report.mjs [--split train|dev|test] [--part main|b] [--lang en|he] [--show facts,echo,demands,mood,reflections] [--limit N]
import { fileURLToPath } from 'node:url';
import { customerRows, loadCustomerCode } from './bundle.mjs';
import { scoreReadings } from './metrics.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const split = option('--split', 'dev');
const langs = args.includes('--lang') ? [option('--lang')] : ['en', 'he'];
const show = option('--show', '').split(',').filter(Boolean);
const limit = Number(option('--limit', '15'));
const code = await loadCustomerCode();
for (const lang of langs) {
  const part = option('--part', null);
  const rows = customerRows(root, lang, split, { replies: false, heldOut: false }).filter((row) => part === null || /-b\d+$/.test(row.id) === (part === 'b'));
  const readings = new Map(rows.map((row) => [row.id, code.LANGUAGES[lang].readCustomer(row.message)]));
  const score = scoreReadings(rows, (row) => readings.get(row.id));
  const { mood, sarcasm, reflection: r, demands: d } = score;
  console.log(`\n== ${lang} ${split}: mood acc ${mood.accuracy.toFixed(3)} macroF1 ${mood.macroF1.toFixed(3)} | sarcasm P ${sarcasm.precision.toFixed(2)} R ${sarcasm.recall.toFixed(2)} | coverage ${r.coverage.toFixed(3)} | facts ${r.factRecall.toFixed(3)} (words ${r.wordRecall.toFixed(3)}) | echo ${r.withEcho}/${r.reflections} | long ${r.tooLong} | short ${r.shortOffered}/${r.longMessages} | demands P ${d.precision.toFixed(2)} R ${d.recall.toFixed(2)} | asked w/ reason ${d.askedWithReason}/${d.reasonPairs}, w/o ${d.askedWithoutReason}/${d.noReasonPairs}`);
  console.log('   per mood', Object.entries(mood.per).map(([k, v]) => `${k} ${v.f1.toFixed(2)}`).join(' '));
  if (show.includes('mood')) for (const row of rows) { const got = readings.get(row.id); if (got.mood !== row.mood) console.log(`  mood ${row.id} want ${row.mood} got ${got.mood}: ${row.message}`); }
  if (show.includes('facts')) for (const f of score.failures.facts.slice(0, limit)) console.log(`  fact ${f.id}: "${f.fact}" | ${f.reflection}`);
  if (show.includes('echo')) for (const f of score.failures.echo.slice(0, limit)) console.log(`  echo ${f.id}: ${JSON.stringify(f.echoed)} | ${f.reflection}`);
  if (show.includes('demands')) for (const f of score.failures.demands.slice(0, limit)) console.log(`  demand ${f.id}: missed ${JSON.stringify(f.missed)} extra ${JSON.stringify(f.extra)}`);
  if (show.includes('reflections')) for (const row of rows.slice(0, limit)) { const got = readings.get(row.id); console.log(`  ${row.id}\n    msg: ${row.message}\n    ref: ${got.reflection}\n    short: ${got.reflectionShort}\n    dem: ${JSON.stringify(got.demands.map((x) => [x.text, x.question]))}`); }
  if (show.includes('uncovered')) for (const row of rows) { const got = readings.get(row.id); if (row.problem && !got.reflection) console.log(`  none ${row.id}: ${row.message}`); }
}
