import { customerRows, loadCustomerCode } from './bundle.mjs';
const code = await loadCustomerCode();
const lang = process.argv[2];
const rows = customerRows('/work/wt-customer/', lang, 'dev').filter((r) => r.source === 'replies');
for (const r of rows) {
  const got = code.LANGUAGES[lang].readCustomer(r.message).mood;
  if (r.mood === 'frustrated' && got === 'angry') {
    const f = (lang === 'en' ? code.englishMoodFeatures : code.hebrewMoodFeatures)(r.message);
    console.log([...f.keys()].filter((k) => k.startsWith('has:')).join(','), '|', r.message.slice(0, 160));
  }
}
