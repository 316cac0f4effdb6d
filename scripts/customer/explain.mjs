// Development aid: how a message's clauses were read. Usage: node scripts/customer/explain.mjs ID...
import { fileURLToPath } from 'node:url';
import { customerRows, loadCustomerCode } from './bundle.mjs';
const root = fileURLToPath(new URL('../..', import.meta.url));
const code = await loadCustomerCode();
for (const id of process.argv.slice(2)) {
  const [, lang, split] = /^cu-(en|he)-(train|dev|test)-/.exec(id) ?? [];
  if (!lang) throw new Error(`not a train, dev or test id: ${id}`);
  // The held-out parts are never read here (bundle.mjs, isHeldOut).
  const row = customerRows(root, lang, split, { replies: false, heldOut: false }).find((r) => r.id === id);
  if (!row) throw new Error(`no such message outside the held-out parts: ${id}`);
  const reading = code.LANGUAGES[lang].readCustomer(row.message);
  console.log(`\n${id} [${row.mood}${row.sarcasm ? ' sarcastic' : ''} → ${reading.mood}${reading.sarcasm ? ' sarcastic' : ''}]\n  ${row.message}`);
  if (code.explainReflection && lang === 'en') for (const { clause, why } of code.explainReflection(row.message, reading.sarcasm)) console.log(`   ${why ? `- ${why}` : '+ kept'}: ${clause}`);
  if (code.explainHebrewReflection && lang === 'he') for (const { clause, why } of code.explainHebrewReflection(row.message, reading.sarcasm)) console.log(`   ${why ? `- ${why}` : '+ kept'}: ${clause}`);
  console.log(`  reflection: ${reading.reflection}\n  short: ${reading.reflectionShort}\n  facts: ${JSON.stringify(row.facts)}\n  not: ${JSON.stringify(row.must_not_echo)}`);
  console.log(`  demands: ${JSON.stringify(reading.demands.map((d) => [d.text, d.reasonGiven, d.question]))}\n  labels: ${JSON.stringify(row.demands.map((d) => [d.text, d.reason_given]))}`);
}
