import { fileURLToPath } from 'node:url';
import { customerRows, loadCustomerCode } from '/work/wt-customer/scripts/customer/bundle.mjs';
import { matchDemands } from '/work/wt-customer/scripts/customer/metrics.mjs';
const root = '/work/wt-customer/';
const code = await loadCustomerCode();
const [lang, split, mode] = process.argv.slice(2);
for (const row of customerRows(root, lang, split, { replies: false })) {
  const r = code.LANGUAGES[lang].readCustomer(row.message);
  const { matched, missed, extra } = matchDemands(row.message, row.demands, r.demands);
  for (const { label, predicted } of matched) {
    if (mode === 'asked' && label.reason_given && predicted.question) console.log(`${row.id}: "${predicted.text}" → ${predicted.question}\n   reason: ${label.reason}\n   ${row.message}`);
    if (mode === 'noask' && !label.reason_given) console.log(`${row.id}: "${predicted.text}" → ${predicted.question}`);
  }
  if (mode === 'miss') for (const m of missed) console.log(`${row.id} MISSED: "${m.text}" || ${row.message}`);
  if (mode === 'extra') for (const m of extra) console.log(`${row.id} EXTRA: "${m.text}" || ${row.message}`);
}
