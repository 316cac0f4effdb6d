// A CSV of canned replies, one per row: a header row names a reply column (text, reply,
// body or content) and, optionally, a title column (title, name or id).
import { CliError } from '../cli-error';
import { CsvError, parseCsv } from './csv';
import type { ReplyItem } from './reply-item';

const REPLY_COLUMNS = ['text', 'reply', 'body', 'content'];
const TITLE_COLUMNS = ['title', 'name'];
const ID_COLUMNS = ['id'];

const normalise = (cell: string) => cell.trim().toLowerCase();

/** Whether the first line reads as a canned-replies header (for files without a .csv name). */
export function looksLikeCannedRepliesCsv(text: string): boolean {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const cells = firstLine.split(',').map((cell) => normalise(cell.replace(/^"|"$/g, '')));
  return cells.length >= 2 && cells.every((cell) => /^[a-z_ ]{1,30}$/.test(cell)) && cells.some((cell) => REPLY_COLUMNS.includes(cell));
}

export function readCannedReplies(text: string, file: string): ReplyItem[] {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  const [header, ...rows] = records;
  const columns = (header ?? []).map(normalise);
  const replyColumn = columns.findIndex((name) => REPLY_COLUMNS.includes(name));
  if (replyColumn < 0) {
    throw new CliError(
      `${file}: no reply column; the first row must be a header naming one column ${REPLY_COLUMNS.join(', ')} (found: ${columns.join(', ') || 'nothing'}).`,
    );
  }
  const titleColumn = columns.findIndex((name) => TITLE_COLUMNS.includes(name));
  const idColumn = columns.findIndex((name) => ID_COLUMNS.includes(name));
  return rows.flatMap((row, index) => {
    const reply = row[replyColumn]?.trim() ?? '';
    if (reply === '') return [];
    const rowLabel = `row ${index + 2}`; // as a spreadsheet numbers it, the header being row 1
    const item: ReplyItem = { file, text: reply, title: row[titleColumn]?.trim() || row[idColumn]?.trim() || rowLabel };
    const id = row[idColumn]?.trim();
    if (id) item.id = id;
    return [item];
  });
}
