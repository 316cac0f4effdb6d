// Bundles scripts/customer/entry.ts (the analyser's customer reading) for a Node script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBundled } from '../import-bundled.mjs';
import { CUSTOMER_HELD_OUT, REPLY_HELD_OUT } from '../held-out.mjs';

export function loadCustomerCode() {
  return importBundled(fileURLToPath(new URL('./entry.ts', import.meta.url)));
}

/**
 * The labelled messages of one language and split: the customer-message set, then the reply
 * corpus's customers. `parts` picks the customer-message files by name (all by default).
 */
export function customerRows(root, lang, split, { replies = true, heldOut = true, parts = () => true } = {}) {
  const read = (path) => {
    try {
      return readJsonl(readFileSync(join(root, path), 'utf8'));
    } catch {
      return [];
    }
  };
  const rows = customerFiles(root, lang, split).filter((file) => (heldOut || !isHeldOut(file)) && parts(file)).flatMap((file) => read(`corpus/customers/${file}`)).map((row) => ({ ...row, source: 'customers' }));
  if (!replies) return rows;
  const seen = new Set(rows.map((row) => row.message));
  // The reply corpus's held-out split (corpus/<lang>/<REPLY_HELD_OUT>.jsonl) belongs to the reply model's evaluation: never read here.
  const files = readdirSync(join(root, 'corpus', lang)).filter((name) => (name === `${split}.jsonl` || name.startsWith(`${split}-`)) && !isHeldOut(name)).sort();
  for (const file of files) {
    for (const row of read(`corpus/${lang}/${file}`)) {
      if (!row.customer || !row.customer_mood || seen.has(row.customer)) continue;
      seen.add(row.customer);
      rows.push({ id: `${row.id}/customer`, lang, split, message: row.customer, mood: row.customer_mood, sarcasm: Boolean(row.customer_sarcasm), source: 'replies' });
    }
  }
  return rows;
}

/**
 * The customer-message files of one language and split: `<lang>-<split>.jsonl` (the set of
 * issue 12) and any later part beside it, `<lang>-<split>-<part>.jsonl` (en-train-b.jsonl).
 */
export function customerFiles(root, lang, split) {
  const pattern = new RegExp(`^${lang}-${split}(?:-[a-z0-9]+)?\\.jsonl$`);
  return readdirSync(join(root, 'corpus/customers')).filter((name) => pattern.test(name)).sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/**
 * The parts held out in rounds four to eight (`-test-c` to `-test-f`), read since: the customer
 * models train on them (c and d from round seven, e from round eight, f from round nine), for more
 * writers' wordings; settings are chosen on the other read test parts.
 */
export function isTrainedOn(file) {
  return /^[a-z]{2}-test-[cdef]\.jsonl$/.test(file);
}

const CUSTOMER_HELD_OUT_FILE = new RegExp(`^[a-z]{2}-${CUSTOMER_HELD_OUT}\\.jsonl$`);

/**
 * The held-out part (`<lang>-<CUSTOMER_HELD_OUT>.jsonl`, scripts/held-out.mjs): written apart while
 * the reading was worked on, run once at the end by `npm run eval:customer`, never opened by the
 * development aids. The parts held out in earlier rounds (`-test-b` to `-test-n`) were run at their
 * round's end and are read since: more sets, from writers the train parts do not have, to choose
 * settings on. The reply corpus's held-out split (`corpus/<lang>/<REPLY_HELD_OUT>.jsonl`) is never
 * read by the customer scripts.
 */
export function isHeldOut(file) {
  return file === `${REPLY_HELD_OUT}.jsonl` || CUSTOMER_HELD_OUT_FILE.test(file);
}

export function readJsonl(text) {
  return text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}
