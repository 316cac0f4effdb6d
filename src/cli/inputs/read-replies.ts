// Turns one input (a file, or standard input as "-") into the replies it holds: a Zendesk
// macros export, a CSV of canned replies, or a single reply as plain text. Known by the
// file's extension, else by its content: what looks like JSON is read as JSON (a macros
// export, or an error that says what is wrong), never checked as a reply (issue 13).
import { parseJson } from '../../policy/parse-json';
import { CliError } from '../cli-error';
import { looksLikeCannedRepliesCsv, readCannedReplies } from './canned-replies-csv';
import type { InputReplies } from './reply-item';
import { macrosIn, readZendeskMacros } from './zendesk-macros';

export const STDIN_NAME = '<stdin>';

/**
 * Text that a person would not start a reply with but JSON does: `{"`, `{}`, `[{`, `[[`, `[]`,
 * `["`, or a list of numbers or literals. "[Customer name], thanks ..." and "{braces}" stay text.
 */
const LOOKS_LIKE_JSON = /^\s*(\{\s*("|\})|\[\s*(\{|\[|\]|"|-?\d|true\b|false\b|null\b|$))/;

export function readReplies(path: string, content: string): InputReplies {
  const file = path === '-' ? STDIN_NAME : path;
  const text = content.replace(/^\uFEFF/, '');
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (extension === 'jsonl' || extension === 'ndjson') {
    throw new CliError(`${file} is JSON Lines; check it with: reframe check --jsonl ${path}`);
  }
  if (text.trim() === '') {
    return { items: [], skipped: [{ file, line: 1, row: file, why: 'is empty', message: 'it is empty; there is no reply to check.' }], rows: 1, rowName: 'reply', notReplies: 0 };
  }
  if (extension === 'json' || LOOKS_LIKE_JSON.test(text)) return readMacrosFile(text, file);
  if (extension === 'csv' || looksLikeCannedRepliesCsv(text)) return readCannedReplies(text, file);
  return { items: [{ file, text }], skipped: [], rows: 1, rowName: 'reply', notReplies: 0 };
}

function readMacrosFile(text: string, file: string): InputReplies {
  const parsed = parseJson(text);
  const jsonLines = 'If it holds one JSON object per line, check it with --jsonl.';
  if (!parsed.ok) throw new CliError(`${file} is not valid JSON: ${parsed.message} ${jsonLines}`);
  const found = macrosIn(parsed.value);
  if (!found) {
    throw new CliError(`${file} is not a Zendesk macros export: expected {"macros": [...]} as GET /api/v2/macros returns it. For a list of replies, use --jsonl.`);
  }
  return readZendeskMacros(found, file, text);
}
