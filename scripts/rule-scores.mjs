// Each built-in rule scored alone: on which replies it fires, and whether the reply is labelled
// with the rule's category. For checking a rule on files it was not written from before keeping it.
//
// Usage: node scripts/rule-scores.mjs [--files en/train-a,en/train-b,...] [--rule ID] [--show hits|wrong|missed] [--category CAT]
//   --files     corpus files, without .jsonl (default: every train file and dev; never the test splits)
//   --rule      only this rule (an id, or a prefix ending in *)
//   --show      print replies: `hits` every reply the rule fires on, `wrong` the ones not labelled
//               with its category, `missed` (with --category) the labelled spans no rule of that category finds
//   --category  with --show missed: the category whose missed spans to print
// A rule's "wrong" hits are on replies not labelled with its category; "clean" counts the wrong hits on
// replies with no finding at all. Rules only (no sentence model); scoring is per reply, as in scripts/eval.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from './import-bundled.mjs';
import { REPLY_HELD_OUT } from './held-out.mjs';
import { SPLITS } from './train.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
// Every file the sentence model trains on (train files and the read test splits b to d), those kept out of its weights, and dev.
const DEFAULT_FILES = Object.values(SPLITS).flatMap(({ train, unread, dev }) => [...train, ...unread, ...dev]).map((file) => file.replace(/^corpus\/|\.jsonl$/g, ''));
const files = (option('--files')?.split(',') ?? DEFAULT_FILES).filter((file) => existsSync(join(root, `corpus/${file}.jsonl`)));
// The first test split (the issues' targets) and the round's held-out split are for the final figures only.
if (files.some((file) => ['test', REPLY_HELD_OUT].includes(file.split('/').pop()))) throw new Error(`rule-scores: the test and ${REPLY_HELD_OUT} splits are for the final figures only.`);
const ruleFilter = option('--rule');
const show = option('--show');
const category = option('--category');

const kit = await importBundled(join(root, 'scripts/model/eval-kit.ts'));

const matches = (id) => !ruleFilter || (ruleFilter.endsWith('*') ? id.startsWith(ruleFilter.slice(0, -1)) : id === ruleFilter);
/** rule id -> { category, per file: { right, wrong, clean } } */
const scores = new Map();
const totals = {};
for (const file of files) {
  const rows = readFileSync(join(root, `corpus/${file}.jsonl`), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
  totals[file] = { clean: rows.filter((row) => row.findings.length === 0).length, byCategory: {} };
  for (const row of rows) for (const found of row.findings) totals[file].byCategory[found] = (totals[file].byCategory[found] ?? 0) + 1;
  for (const row of rows) {
    const report = kit.check(row.text, row.customer, 'rules');
    const byRule = new Map();
    for (const finding of report.findings) {
      if (!matches(finding.ruleId)) continue;
      if (!byRule.has(finding.ruleId)) byRule.set(finding.ruleId, []);
      byRule.get(finding.ruleId).push(finding);
    }
    for (const [ruleId, found] of byRule) {
      const cat = found[0].category;
      if (!scores.has(ruleId)) scores.set(ruleId, { category: cat, files: {} });
      const entry = (scores.get(ruleId).files[file] ??= { right: 0, wrong: 0, clean: 0 });
      const right = row.findings.includes(cat);
      if (right) entry.right++;
      else {
        entry.wrong++;
        if (row.findings.length === 0) entry.clean++;
      }
      if (show === 'hits' || (show === 'wrong' && !right)) {
        const spans = row.spans.map((span) => `${span.category}: ${span.quote}`).join(' | ');
        console.log(`${right ? 'RIGHT' : 'WRONG'} ${ruleId} ${row.id} [${row.findings.join(',') || 'clean'}] «${found.map((f) => f.text).join('» «')}»\n    ${row.text.replace(/\s+/g, ' ').slice(0, 400)}\n    labels: ${spans}`);
      }
    }
    if (show === 'missed' && category && row.findings.includes(category) && !report.findings.some((finding) => finding.category === category)) {
      for (const span of row.spans.filter((span) => span.category === category)) console.log(`${row.id}: ${span.quote}`);
    }
  }
}

if (show) process.exit(0);
const ratio = (right, wrong) => (right + wrong ? (right / (right + wrong)).toFixed(2) : '  - ');
console.log(`${'rule'.padEnd(36)} ${'category'.padEnd(23)} ${'right'.padStart(5)} ${'wrong'.padStart(5)} ${'clean'.padStart(5)} ${'prec'.padStart(5)}   per file (right/wrong)`);
const sorted = [...scores].sort((a, b) => a[1].category.localeCompare(b[1].category) || a[0].localeCompare(b[0]));
for (const [ruleId, { category: cat, files: perFile }] of sorted) {
  const sum = Object.values(perFile).reduce((all, entry) => ({ right: all.right + entry.right, wrong: all.wrong + entry.wrong, clean: all.clean + entry.clean }), { right: 0, wrong: 0, clean: 0 });
  const detail = Object.entries(perFile).map(([file, entry]) => `${file} ${entry.right}/${entry.wrong}`).join(', ');
  console.log(`${ruleId.padEnd(36)} ${cat.padEnd(23)} ${String(sum.right).padStart(5)} ${String(sum.wrong).padStart(5)} ${String(sum.clean).padStart(5)} ${ratio(sum.right, sum.wrong).padStart(5)}   ${detail}`);
}
