import { customerRows, loadCustomerCode } from './bundle.mjs';
const root = '/work/wt-customer/';
const code = await loadCustomerCode();
const E = code.englishCues, H = code.hebrewCues;
const [lang, group, ...moods] = process.argv.slice(2);
const rows = [...customerRows(root, lang, 'train'), ...customerRows(root, lang, 'dev')];
const C = lang === 'en' ? E : H;
for (const r of rows) {
  if (!moods.includes(r.mood)) continue;
  const text = lang === 'en' ? E.straighten(r.message) : r.message;
  const forms = C[group].filter((f) => (lang === 'en' ? E.cuePattern([f], 'i') : H.hebrewCuePattern([f], '')).test(text));
  if (forms.length) console.log(r.mood, JSON.stringify(forms), '|', r.message.slice(0, 150));
}
