import { loadCustomerCode } from './bundle.mjs';
const code = await loadCustomerCode();
for (const message of process.argv.slice(2)) {
  const lang = /[\u05D0-\u05EA]/.test(message) ? 'he' : 'en';
  const r = code.LANGUAGES[lang].readCustomer(message);
  console.log(`\n${message}\n  mood ${r.mood}${r.sarcasm ? ' (sarcastic)' : ''}\n  reflection: ${r.reflection}\n  short: ${r.reflectionShort}\n  demands: ${JSON.stringify(r.demands.map((d) => [d.text, d.reasonGiven, d.question]))}`);
}
