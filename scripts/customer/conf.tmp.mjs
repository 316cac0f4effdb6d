import { customerRows, loadCustomerCode } from '/work/wt-customer/scripts/customer/bundle.mjs';
const code = await loadCustomerCode();
for (const lang of ['en', 'he']) {
  const rows = customerRows('/work/wt-customer/', lang, 'dev').filter((r) => r.source === 'replies');
  const M = ['calm', 'anxious', 'frustrated', 'angry', 'abusive'];
  const c = Object.fromEntries(M.map((m) => [m, Object.fromEntries(M.map((n) => [n, 0]))]));
  for (const r of rows) c[r.mood][code.LANGUAGES[lang].readCustomer(r.message).mood]++;
  console.log(lang, 'rows=want, cols=got', M.join(' '));
  for (const m of M) console.log(' ', m.padEnd(11), M.map((n) => String(c[m][n]).padStart(4)).join(''));
}
