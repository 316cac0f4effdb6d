// A Zendesk macros export: what GET /api/v2/macros returns ({"macros": [...]}), a single
// macro ({"macro": {...}}) or a bare list of macros. The reply a macro writes sits in its
// comment_value (text; a string, or a list whose last item is the text) or
// comment_value_html (HTML) action.
import { CliError } from '../cli-error';
import { htmlToText } from './html-to-text';
import type { ReplyItem } from './reply-item';

interface MacroAction {
  field?: unknown;
  value?: unknown;
}

/** The macros in parsed JSON, or null when it is not a macros export. */
export function macrosIn(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json.every(isMacro) && json.length > 0 ? json : null;
  if (typeof json !== 'object' || json === null) return null;
  const { macros, macro } = json as { macros?: unknown; macro?: unknown };
  if (Array.isArray(macros)) return macros;
  if (isMacro(macro)) return [macro];
  return null;
}

function isMacro(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Array.isArray((value as { actions?: unknown }).actions);
}

/** One item per macro that writes a reply; macros that only set fields are skipped. */
export function readZendeskMacros(macros: unknown[], file: string): ReplyItem[] {
  return macros.flatMap((macro, index) => {
    if (!isMacro(macro)) {
      throw new CliError(`${file}: macros[${index}] has no "actions" list; is this a Zendesk macros export (GET /api/v2/macros)?`);
    }
    const { id, title, actions } = macro as { id?: unknown; title?: unknown; actions: MacroAction[] };
    const text = replyText(actions);
    if (text === null) return [];
    const item: ReplyItem = { file, text, title: typeof title === 'string' && title !== '' ? title : `macro ${index + 1}` };
    if (typeof id === 'number' || typeof id === 'string') item.id = String(id);
    return [item];
  });
}

/** The comment a macro adds, as text; HTML wins when a macro has both forms. */
function replyText(actions: MacroAction[]): string | null {
  const html = actions.find((action) => action.field === 'comment_value_html');
  if (html && typeof html.value === 'string') return htmlToText(html.value);
  const plain = actions.find((action) => action.field === 'comment_value');
  if (!plain) return null;
  if (typeof plain.value === 'string') return plain.value;
  if (Array.isArray(plain.value)) {
    const last: unknown = plain.value[plain.value.length - 1];
    if (typeof last === 'string') return last;
  }
  return null;
}
