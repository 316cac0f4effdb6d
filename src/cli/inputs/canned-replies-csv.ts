// A CSV of canned replies, one per row: a header row names a reply column (text, reply,
// body or content) and, optionally, a title column (title, name or id). A row without a
// reply is reported with its line, never dropped without a word (issue 13).
import { CliError } from '../cli-error';
import { CsvError, parseCsvRecords, type CsvRecord } from './csv';
import type { InputReplies, ReplyItem, SkippedRow } from './reply-item';

const REPLY_COLUMNS = ['text', 'reply', 'body', 'content'];
const TITLE_COLUMNS = ['title', 'name'];
const ID_COLUMNS = ['id'];

const normalise = (cell: string) => cell.trim().toLowerCase();

/** Whether the first line reads as a canned-replies header (for files without a .csv name). */
export function looksLikeCannedRepliesCsv(text: string): boolean {
  const firstLine = text.slice(0, text.search(/\r?\n|\r|$/));
  const cells = firstLine.split(',').map((cell) => normalise(cell.replace(/^"|"$/g, '')));
  return cells.length >= 2 && cells.every((cell) => /^[a-z_ ]{1,30}$/.test(cell)) && cells.some((cell) => REPLY_COLUMNS.includes(cell));
}

export function readCannedReplies(text: string, file: string): InputReplies {
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(text);
  } catch (error) {
    if (error instanceof CsvError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
  const [header, ...rows] = records;
  const columns = (header?.fields ?? []).map(normalise);
  const replyColumn = columns.findIndex((name) => REPLY_COLUMNS.includes(name));
  if (replyColumn < 0) {
    throw new CliError(
      `${file}: no reply column; the first row must be a header naming one column ${REPLY_COLUMNS.join(', ')} (found: ${columns.join(', ') || 'nothing'}).`,
    );
  }
  const replyName = columns[replyColumn]!;
  const titleColumn = columns.findIndex((name) => TITLE_COLUMNS.includes(name));
  const idColumn = columns.findIndex((name) => ID_COLUMNS.includes(name));
  const items: ReplyItem[] = [];
  const skipped: SkippedRow[] = [];
  rows.forEach(({ fields, line }, index) => {
    const rowLabel = `row ${index + 2}`; // as a spreadsheet numbers it, the header being row 1
    const title = fields[titleColumn]?.trim() || fields[idColumn]?.trim();
    const cell = fields[replyColumn];
    const reply = cell?.trim() ?? '';
    if (reply === '') {
      const row = title ? `${rowLabel} ("${title}")` : rowLabel;
      skipped.push({ file, line, row, why: cell === undefined ? `has no ${replyName} cell` : `has an empty ${replyName} cell` });
      return;
    }
    const item: ReplyItem = { file, text: reply, title: title || rowLabel };
    const id = fields[idColumn]?.trim();
    if (id) item.id = id;
    items.push(item);
  });
  return { items, skipped, rows: rows.length, rowName: 'row', notReplies: 0 };
}
