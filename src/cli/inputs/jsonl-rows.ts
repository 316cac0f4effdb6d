// `reframe check --jsonl`: one JSON object per line, {id, text, customer?, lang?}.
import { parseJson } from '../../policy/parse-json';

export type LangChoice = 'en' | 'he' | 'auto';
export const LANG_CHOICES: readonly LangChoice[] = ['en', 'he', 'auto'];

export interface JsonlRow {
  id: string | number;
  text: string;
  customer?: string;
  lang?: LangChoice;
}

export type JsonlLine = { ok: true; row: JsonlRow } | { ok: false; id?: string | number; message: string };

/** Reads one line; other fields on the line (labels, sources) are ignored. */
export function parseJsonlLine(line: string): JsonlLine {
  const parsed = parseJson(line);
  if (!parsed.ok) return { ok: false, message: `not valid JSON: ${parsed.message.replace(/^line 1, /, '')}` };
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'must be a JSON object like {"id": 1, "text": "..."}.' };
  }
  const { id, text, customer, lang } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') {
    return { ok: false, message: '"id" is missing or not a string or number; give each line an id.' };
  }
  const problem = rowProblem(text, customer, lang);
  if (problem !== null) return { ok: false, id, message: problem };
  const row: JsonlRow = { id, text: text as string };
  if (customer !== undefined) row.customer = customer as string;
  if (lang !== undefined) row.lang = lang as LangChoice;
  return { ok: true, row };
}

function rowProblem(text: unknown, customer: unknown, lang: unknown): string | null {
  if (typeof text !== 'string') return '"text" is missing or not a string; put the reply in "text".';
  if (customer !== undefined && typeof customer !== 'string') return '"customer" must be the customer\'s message as a string.';
  if (lang !== undefined && !LANG_CHOICES.includes(lang as LangChoice)) return `"lang" must be one of: ${LANG_CHOICES.join(', ')}.`;
  return null;
}
