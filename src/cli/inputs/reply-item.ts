/** One reply to check, and where it came from. */
export interface ReplyItem {
  /** The file it was read from ("<stdin>" for standard input). */
  file: string;
  /** For a macro or a CSV row: how people know it ("Refund denied"). */
  title?: string;
  /** For a macro or a CSV row: its id, when the source has one. */
  id?: string;
  text: string;
}

/** A row of the input that could not be checked (issue 13: never dropped without a word). */
export interface SkippedRow {
  file: string;
  /** The line of the file the row starts on (1-based). */
  line: number;
  /** How people know the row: `row 4 ("Refund")`, `macros[3] ("Escalate")`. */
  row: string;
  /** What is wrong, ending without a full stop: "has an empty text cell". */
  why: string;
  /** The whole sentence, when "<row> <why>; it was not checked." does not say it well. */
  message?: string;
}

/** `file:line: row 4 ("Refund") has an empty text cell; it was not checked.` */
export function skippedLine(row: SkippedRow): string {
  return `${row.file}:${row.line}: ${row.message ?? `${row.row} ${row.why}; it was not checked.`}`;
}

/** What one input holds: the replies to check, the rows that could not be, and how many rows it had. */
export interface InputReplies {
  items: ReplyItem[];
  skipped: SkippedRow[];
  /** Rows of the input (CSV rows, macros): checked, skipped, or writing no reply. */
  rows: number;
  /** What a row is called in this input ("row", "macro", "reply"). */
  rowName: 'row' | 'macro' | 'reply';
  /** Macros that only set fields (no comment): not replies, so not checked, and not a problem. */
  notReplies: number;
}
