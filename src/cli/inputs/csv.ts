// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF, LF or CR.

export class CsvError extends Error {}

/** One record and the line of the file it starts on (1-based; a quoted field may span lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** A line with nothing on it: not a row. (A line holding "" is a row with one empty cell.) */
  blank?: boolean;
}

/** All records of a CSV text, each a list of fields. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((record) => record.fields);
}

/** All records with the line each starts on; a line break is CRLF, LF or a lone CR, inside quotes too. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let record: string[] = [];
  let recordLine = 1;
  /** Whether the record has anything on its line, even an empty quoted field. */
  let written = false;
  let field = '';
  let at = 0;
  let line = 1;
  /** At a line break: steps over it (CRLF is one) and counts it. */
  const lineBreak = (): boolean => {
    const char = text[at];
    if (char !== '\n' && char !== '\r') return false;
    if (char === '\r' && text[at + 1] === '\n') at++;
    at++;
    line++;
    return true;
  };
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ fields: record, line: recordLine, ...(written ? {} : { blank: true }) });
    record = [];
    recordLine = line;
    written = false;
  };
  while (at < text.length) {
    const char = text[at]!;
    if (char !== '\n' && char !== '\r') written = true;
    if (char === '"' && field === '') {
      const startLine = line;
      at++;
      for (;;) {
        if (at >= text.length) throw new CsvError(`line ${startLine}: a quoted field is never closed; add the closing double quote.`);
        const inner = text[at]!;
        if (inner === '"' && text[at + 1] === '"') {
          field += '"';
          at += 2;
        } else if (inner === '"') {
          at++;
          break;
        } else if (inner === '\n' || inner === '\r') {
          field += inner === '\r' && text[at + 1] === '\n' ? '\r\n' : inner;
          lineBreak();
        } else {
          field += inner;
          at++;
        }
      }
      const next = text[at];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvError(`line ${line}: text follows a closing quote; inside a quoted field write a quote as "".`);
      }
      continue;
    }
    if (char === ',') {
      endField();
      at++;
    } else if (lineBreak()) {
      endRecord();
    } else {
      field += char;
      at++;
    }
  }
  if (written || record.length > 0) endRecord();
  return records.filter((r) => !r.blank).map(({ blank: _blank, ...r }) => r);
}
