import { customerRows, loadCustomerCode } from './bundle.mjs';
const root = '/work/wt-customer/';
const code = await loadCustomerCode();
const E = code.englishCues, H = code.hebrewCues;
for (const lang of ['en', 'he']) {
  const rows = [...customerRows(root, lang, 'train'), ...customerRows(root, lang, 'dev')];
  const pat = (list) => lang === 'en' ? E.cuePattern(list, 'i') : H.hebrewCuePattern(list, '');
  const C = lang === 'en' ? E : H;
  const groups = { insult: pat(C.INSULT), threat: pat(C.PERSONAL_THREAT), profanity: lang === 'en' ? pat(E.PROFANITY) : null, leave: pat(C.LEAVE), complain: pat(C.COMPLAIN), anger: pat(C.ANGER), judgement: pat(C.JUDGEMENT), accusation: pat(C.ACCUSATION) };
  for (const [name, re] of Object.entries(groups)) {
    if (!re) continue;
    const hits = rows.filter((r) => re.test(lang === 'en' ? E.straighten(r.message) : r.message));
    const by = {}; for (const r of hits) by[r.mood] = (by[r.mood] || 0) + 1;
    console.log(lang, name, hits.length, JSON.stringify(by));
  }
}
