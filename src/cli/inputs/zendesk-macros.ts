// A Zendesk macros export: what GET /api/v2/macros returns ({"macros": [...]}), a single
// macro ({"macro": {...}}) or a bare list of macros. The reply a macro writes sits in its
// comment_value (text; a string, or a list whose last item is the text) or
// comment_value_html (HTML) action. A macro whose comment is not text is reported with its
// line, never skipped without a word (issue 13); a macro that only sets fields writes no
// reply and is counted as such.
import { htmlToText } from './html-to-text';
import { listItemOffsets } from './json-items';
import type { InputReplies, ReplyItem, SkippedRow } from './reply-item';

interface MacroAction {
  field?: unknown;
  value?: unknown;
}

/** Where the macros are in parsed JSON, or null when it is not a macros export. */
export interface MacrosFound {
  macros: unknown[];
  /** The key of the top-level list in the text ("macros", "macro"), or null for a bare list. */
  key: string | null;
}

/** The macros in parsed JSON, or null when it is not a macros export. */
export function macrosIn(json: unknown): MacrosFound | null {
  // A bare list is a macros export when it holds macros; items that are not are reported.
  if (Array.isArray(json)) return json.some(isMacro) ? { macros: json, key: null } : null;
  if (typeof json !== 'object' || json === null) return null;
  const { macros, macro } = json as { macros?: unknown; macro?: unknown };
  if (Array.isArray(macros)) return { macros, key: 'macros' };
  if (isMacro(macro)) return { macros: [macro], key: 'macro' };
  return null;
}

function isMacro(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as { actions?: unknown }).actions);
}

/** Line of each offset, by one pass over the text. */
function linesOf(text: string, offsets: number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let at = 0;
  for (const offset of offsets) {
    for (; at < offset; at++) if (text[at] === '\n') line++;
    lines.push(line);
  }
  return lines;
}

/** One item per macro that writes a reply; every other macro is reported or counted. */
export function readZendeskMacros({ macros, key }: MacrosFound, file: string, text: string): InputReplies {
  const offsets = listItemOffsets(text, key);
  const lines = linesOf(text, offsets);
  const items: ReplyItem[] = [];
  const skipped: SkippedRow[] = [];
  let notReplies = 0;
  macros.forEach((macro, index) => {
    const where = key === 'macro' ? 'macro' : key === null ? `[${index}]` : `macros[${index}]`;
    const line = lines[index] ?? 1;
    if (!isMacro(macro)) {
      skipped.push({ file, line, row: where, why: 'has no "actions" list, so it is not a macro' });
      return;
    }
    const { id, title, actions } = macro as { id?: unknown; title?: unknown; actions: MacroAction[] };
    const named = typeof title === 'string' && title !== '' ? title : undefined;
    const reply = replyText(actions);
    if (reply === null) {
      notReplies++;
      return;
    }
    if (typeof reply !== 'string') {
      skipped.push({ file, line, row: named ? `${where} ("${named}")` : where, why: reply.problem });
      return;
    }
    if (reply.trim() === '') {
      skipped.push({ file, line, row: named ? `${where} ("${named}")` : where, why: 'has an empty comment' });
      return;
    }
    const item: ReplyItem = { file, text: reply, title: named ?? `macro ${index + 1}` };
    if (typeof id === 'number' || typeof id === 'string') item.id = String(id);
    items.push(item);
  });
  return { items, skipped, rows: macros.length, rowName: 'macro', notReplies };
}

/** The comment a macro adds, as text (HTML wins when a macro has both forms); null when it adds none. */
function replyText(actions: MacroAction[]): string | { problem: string } | null {
  const html = actions.find((action) => action.field === 'comment_value_html');
  if (html) return typeof html.value === 'string' ? htmlToText(html.value) : { problem: `has no reply to check: its comment_value_html ${kindOf(html.value)}, not text` };
  const plain = actions.find((action) => action.field === 'comment_value');
  if (!plain) return null;
  if (typeof plain.value === 'string') return plain.value;
  if (Array.isArray(plain.value)) {
    const last: unknown = plain.value[plain.value.length - 1];
    if (typeof last === 'string') return last;
    return { problem: `has no reply to check: its comment_value is a list whose last item ${plain.value.length === 0 ? 'is missing' : kindOf(last)}, not text` };
  }
  return { problem: `has no reply to check: its comment_value ${kindOf(plain.value)}, not text` };
}

function kindOf(value: unknown): string {
  if (value === null) return 'is null';
  if (value === undefined) return 'is missing';
  if (Array.isArray(value)) return 'is a list';
  if (typeof value === 'object') return 'is an object';
  return `is a ${typeof value === 'bigint' ? 'number' : typeof value}`;
}
