// Turns one input (a file, or standard input as "-") into the replies it holds: a Zendesk
// macros export, a CSV of canned replies, or a single reply as plain text. Known by the
// file's extension, else by its content.
import { parseJson } from '../../policy/parse-json';
import { CliError } from '../cli-error';
import { looksLikeCannedRepliesCsv, readCannedReplies } from './canned-replies-csv';
import type { ReplyItem } from './reply-item';
import { macrosIn, readZendeskMacros } from './zendesk-macros';

export const STDIN_NAME = '<stdin>';

export function readReplies(path: string, content: string): ReplyItem[] {
  const file = path === '-' ? STDIN_NAME : path;
  const text = content.replace(/^\uFEFF/, '');
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'json') return readMacrosFile(text, file);
  if (extension === 'csv') return readCannedReplies(text, file);
  if (extension === 'jsonl' || extension === 'ndjson') {
    throw new CliError(`${file} is JSON Lines; check it with: reframe check --jsonl ${path}`);
  }
  if (/^\s*[[{]/.test(text)) {
    const parsed = parseJson(text);
    const macros = parsed.ok ? macrosIn(parsed.value) : null;
    if (macros) return readZendeskMacros(macros, file);
  }
  if (looksLikeCannedRepliesCsv(text)) return readCannedReplies(text, file);
  return [{ file, text }];
}

function readMacrosFile(text: string, file: string): ReplyItem[] {
  const parsed = parseJson(text);
  if (!parsed.ok) throw new CliError(`${file} is not valid JSON: ${parsed.message}`);
  const macros = macrosIn(parsed.value);
  if (!macros) {
    throw new CliError(`${file} is not a Zendesk macros export: expected {"macros": [...]} as GET /api/v2/macros returns it. For a list of replies, use --jsonl.`);
  }
  return readZendeskMacros(macros, file);
}
